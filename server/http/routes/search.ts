import { Router } from 'express';
import { MAX_RESULTS, SearchParams, type SearchResult } from '../../../shared/api/search.js';
import { parseQuery } from '../../../shared/search/fold.js';
import { AppError, notFound } from '../../errors.js';
import type { SectionDirectory } from '../../plan/directory.js';
import { snippet } from '../../search/snippet.js';
import type { SearchRepository } from '../../store/search.js';
import { sessionOf } from '../context.js';
import { queryOf } from '../validate.js';

/** Full-text search in one plan; everyone signed in reads every section (can(): read). */
export function searchRoutes(search: SearchRepository, directory: SectionDirectory): Router {
  const router = Router();

  router.get('/plans/:planId/search', async (req, res) => {
    sessionOf(res);
    const { planId } = req.params;
    if (!directory.plan(planId)) throw notFound('Plan');
    const params = queryOf(req, SearchParams);
    const query = parseQuery(params.q);
    if (query.phrases.length === 0) {
      throw new AppError(400, 'invalid-request', 'q: type at least one word or number.');
    }
    const limit = Math.min(MAX_RESULTS, Number(params.limit ?? 20));
    const hits = await search.search(planId, query, limit);
    const results: SearchResult[] = hits
      // A section deleted since it was indexed is not shown.
      .filter((hit) => directory.section(hit.sectionId)?.planId === planId)
      .map((hit) => ({
        kind: hit.kind,
        sectionId: hit.sectionId,
        title: hit.title,
        snippet: snippet(hit.body || hit.title, query),
        score: hit.score,
      }));
    res.json({ results });
  });

  return router;
}
