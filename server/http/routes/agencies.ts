import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AdminContext } from '../../admin/accounts.js';
import type { AgencyCommands } from '../../agencies/agencyCommands.js';
import { authorize } from '../../plan/authorize.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

const AgencyName = z.string().trim().min(2).max(200);
const Kind = z.enum(['department', 'district', 'consultant', 'coordinator', 'other']);

const NewAgencyBody = z.strictObject({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_]{1,15}$/, 'use 2–16 letters, digits or underscores'),
  nameVi: AgencyName,
  nameEn: AgencyName,
  kind: Kind,
});

const AgencyPatchBody = z
  .strictObject({
    nameVi: AgencyName.optional(),
    nameEn: AgencyName.optional(),
    kind: Kind.optional(),
    active: z.boolean().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'nameVi, nameEn, kind or active');

const CodeParam = z.object({ code: z.string().min(1).max(16) });

function adminContext(req: Request, res: Response): AdminContext {
  const actor = sessionOf(res).user;
  authorize(actor, 'manageAgencies', null);
  return { actor, address: req.ip ?? null };
}

/** Agencies: everyone signed in reads them; the administrator creates, renames and retires. */
export function agencyRoutes(store: Store, agencies: AgencyCommands): Router {
  const router = Router();

  router.get('/agencies', async (_req, res) => {
    sessionOf(res);
    res.json({ agencies: await store.plans.agencies() });
  });

  router.post('/agencies', async (req, res) => {
    const ctx = adminContext(req, res);
    const agency = await agencies.create(ctx, bodyOf(req, NewAgencyBody));
    res.status(201).json({ agency });
  });

  router.patch('/agencies/:code', async (req, res) => {
    const ctx = adminContext(req, res);
    const { code } = CodeParam.parse(req.params);
    const agency = await agencies.update(ctx, code, bodyOf(req, AgencyPatchBody));
    res.json({ agency });
  });

  return router;
}
