import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../../../shared/audit.js';
import { decide } from '../../../shared/policy.js';
import { AppError } from '../../errors.js';
import type { AuditEntry } from '../../store/audit.js';
import type { Store } from '../../store/store.js';
import { sendCsv, toCsv } from '../csv.js';
import { sessionOf } from '../context.js';
import { queryOf } from '../validate.js';

const AuditQuery = z.object({
  sectionId: z.string().max(64).optional(),
  userId: z.string().max(64).optional(),
  agency: z.string().max(16).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});

const CSV_HEADER = [
  'id',
  'at',
  'actorId',
  'actorName',
  'agency',
  'action',
  'sectionId',
  'detail',
  'address',
];

/** The audit log, for coordinators: filtered by section, user or agency; JSON or CSV. */
export function auditRoutes(store: Store): Router {
  const router = Router();

  const entries = async (req: Request, res: Response): Promise<(AuditEntry & { id: number })[]> => {
    const actor = sessionOf(res).user;
    if (!decide(actor, 'viewAudit', null).allowed) {
      throw new AppError(403, 'forbidden', 'Only the coordinator may read the audit log.');
    }
    const q = queryOf(req, AuditQuery);
    return store.audit.query({
      sectionId: q.sectionId,
      actorId: q.userId,
      agency: q.agency,
      action: q.action,
      limit: q.limit,
    });
  };

  router.get('/audit', async (req, res) => {
    res.json({ entries: await entries(req, res) });
  });

  router.get('/audit.csv', async (req, res) => {
    const rows = (await entries(req, res)).map((e) => [
      e.id,
      e.at,
      e.actorId,
      e.actorName,
      e.agency,
      e.action,
      e.sectionId,
      e.detail,
      e.address,
    ]);
    sendCsv(res, 'planfold-audit.csv', toCsv(CSV_HEADER, rows));
  });

  return router;
}
