import { Router } from 'express';
import { z } from 'zod';
import { STATUS_CODES } from '../../../shared/statuses.js';
import type { SectionCommands } from '../../plan/sectionCommands.js';
import { toSectionView, withTitle } from '../../plan/views.js';
import type { SectionRecord } from '../../store/plans.js';
import { commandContext, languageOf } from '../context.js';
import { bodyOf } from '../validate.js';

const AgencyCode = z.string().regex(/^[A-Z0-9_]{1,16}$/, 'an agency code such as SCT');

const LockBody = z.object({ note: z.string().trim().max(2000).default('') });
const AssignmentBody = z.object({
  owner: AgencyCode,
  contributors: z.array(AgencyCode).max(100),
  writers: z.array(AgencyCode).max(100).default([]),
});
const StatusBody = z.object({
  status: z.enum(STATUS_CODES),
  note: z.string().trim().max(2000).default(''),
});

/** Coordinator and workflow commands on one section. */
export function sectionRoutes(commands: SectionCommands): Router {
  const router = Router();
  const reply = (section: SectionRecord, req: Parameters<typeof languageOf>[0]) => ({
    section: withTitle(toSectionView(section), languageOf(req)),
  });

  router.post('/sections/:id/lock', async (req, res) => {
    const ctx = commandContext(req, res);
    const { note } = bodyOf(req, LockBody);
    res.json(reply(await commands.lock(ctx, req.params.id, note), req));
  });

  router.delete('/sections/:id/lock', async (req, res) => {
    const ctx = commandContext(req, res);
    res.json(reply(await commands.unlock(ctx, req.params.id), req));
  });

  router.put('/sections/:id/assignment', async (req, res) => {
    const ctx = commandContext(req, res);
    const body = bodyOf(req, AssignmentBody);
    res.json(reply(await commands.assign(ctx, req.params.id, body), req));
  });

  router.post('/sections/:id/status', async (req, res) => {
    const ctx = commandContext(req, res);
    const { status, note } = bodyOf(req, StatusBody);
    res.json(reply(await commands.setStatus(ctx, req.params.id, status, note), req));
  });

  return router;
}
