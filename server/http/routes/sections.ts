import { Router } from 'express';
import { AssignmentBody, LockBody, StatusBody } from '../../../shared/api/sections.js';
import type { SectionCommands } from '../../plan/sectionCommands.js';
import { toSectionView, withTitle } from '../../plan/views.js';
import type { SectionRecord } from '../../store/plans.js';
import { commandContext, languageOf } from '../context.js';
import { bodyOf } from '../validate.js';

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
