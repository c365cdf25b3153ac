import { Router } from 'express';
import { NewSectionBody, SectionChangesBody } from '../../../shared/api/sections.js';
import { buildDashboard } from '../../plan/dashboard.js';
import { authorize } from '../../plan/authorize.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { OutlineCommands } from '../../plan/outlineCommands.js';
import { toSectionView, withTitle } from '../../plan/views.js';
import type { SectionRecord } from '../../store/plans.js';
import type { Store } from '../../store/store.js';
import { notFound } from '../../errors.js';
import { commandContext, languageOf, sessionOf } from '../context.js';
import { bodyOf } from '../validate.js';

const RECENT_ACTIONS = ['status', 'lock', 'unlock', 'assign', 'outline', 'edit'] as const;

/** Outline management, status history and the progress dashboard. */
export function workflowRoutes(
  store: Store,
  directory: SectionDirectory,
  outline: OutlineCommands,
): Router {
  const router = Router();
  const reply = (section: SectionRecord, req: Parameters<typeof languageOf>[0]) => ({
    section: withTitle(toSectionView(section), languageOf(req)),
  });

  router.post('/plans/:planId/sections', async (req, res) => {
    const ctx = commandContext(req, res);
    const input = bodyOf(req, NewSectionBody);
    res.status(201).json(reply(await outline.create(ctx, req.params.planId, input), req));
  });

  router.patch('/sections/:id', async (req, res) => {
    const ctx = commandContext(req, res);
    const changes = bodyOf(req, SectionChangesBody);
    res.json(reply(await outline.update(ctx, req.params.id, changes), req));
  });

  router.delete('/sections/:id', async (req, res) => {
    const ctx = commandContext(req, res);
    res.json(reply(await outline.remove(ctx, req.params.id), req));
  });

  router.post('/sections/:id/restore', async (req, res) => {
    const ctx = commandContext(req, res);
    res.json(reply(await outline.restore(ctx, req.params.id), req));
  });

  router.get('/plans/:planId/deleted-sections', (req, res) => {
    authorize(sessionOf(res).user, 'manageOutline', null);
    const language = languageOf(req);
    res.json({
      sections: outline
        .deleted(req.params.planId)
        .map((s) => withTitle(toSectionView(s), language)),
    });
  });

  router.get('/sections/:id/history', async (req, res) => {
    sessionOf(res);
    if (!directory.section(req.params.id)) throw notFound('Section');
    res.json({ history: await store.workflow.statusHistory(req.params.id) });
  });

  router.get('/plans/:planId/dashboard', async (req, res) => {
    authorize(sessionOf(res).user, 'viewDashboard', null);
    if (!directory.plan(req.params.planId)) throw notFound('Plan');
    const sections = directory.sectionsOf(req.params.planId);
    const ids = sections.map((s) => s.id);
    const [facts, threads, recent] = await Promise.all([
      store.workflow.facts(),
      store.threads.statsFor(ids),
      store.audit.query({ sectionIds: ids, actions: RECENT_ACTIONS, limit: 20 }),
    ]);
    // The feed names people and sections, never addresses (those are for the audit log).
    const activity = recent.map(({ at, actorName, agency, action, sectionId, detail }) => ({
      at,
      actorName,
      agency,
      action,
      sectionId,
      detail,
    }));
    res.json(buildDashboard({ sections, facts, threads, recent: activity, now: new Date() }));
  });

  return router;
}
