import { Router } from 'express';
import { z } from 'zod';
import { EDITION_NAME_MAX } from '../../../shared/versions/model.js';
import type { EditionService } from '../../versions/editionService.js';
import { CURRENT } from '../../versions/versionService.js';
import { notFound } from '../../errors.js';
import { commandContext, sessionOf } from '../context.js';
import { bodyOf, queryOf } from '../validate.js';

const EditionId = z.uuid();
const NewEditionBody = z.object({ name: z.string().trim().min(1).max(EDITION_NAME_MAX) });
const CompareQuery = z.object({
  from: EditionId,
  to: z.union([z.literal(CURRENT), EditionId]).default(CURRENT),
});

/** Editions of a plan: freeze one, list them, the summary of one, compare two. */
export function editionRoutes(editions: EditionService): Router {
  const router = Router();
  const editionId = (raw: string): string => {
    const id = EditionId.safeParse(raw);
    if (!id.success) throw notFound('Edition');
    return id.data;
  };

  router.get('/plans/:planId/editions', async (req, res) => {
    sessionOf(res);
    res.json({ editions: await editions.list(req.params.planId) });
  });

  router.post('/plans/:planId/editions', async (req, res) => {
    const ctx = commandContext(req, res);
    const { name } = bodyOf(req, NewEditionBody);
    res.status(201).json({ edition: await editions.freeze(ctx, req.params.planId, name) });
  });

  router.get('/plans/:planId/editions/compare', async (req, res) => {
    sessionOf(res);
    const { from, to } = queryOf(req, CompareQuery);
    res.json({ sections: await editions.compare(req.params.planId, from, to) });
  });

  router.get('/plans/:planId/editions/:editionId/comments', async (req, res) => {
    sessionOf(res);
    const id = editionId(req.params.editionId);
    res.json({ rows: await editions.summary(req.params.planId, id) });
  });

  return router;
}
