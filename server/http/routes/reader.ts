/**
 * The plan as one document for the reader: each chosen section's text as stored (never a
 * half-applied change), as the editor's ProseMirror JSON, with its depth in the outline. The
 * reader asks again for one section when the plan room says it was edited.
 */
import { Router } from 'express';
import { contentSchema } from '../../../shared/editor/content.js';
import { notFound } from '../../errors.js';
import { storedSectionText } from '../../export/sectionText.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { queryOf } from '../validate.js';
import { chosenSections, planOf, SectionsQuery } from './planSelection.js';

export function readerRoutes(store: Store, directory: SectionDirectory): Router {
  const router = Router();
  const schema = contentSchema();
  const textOf = async (sectionId: string): Promise<unknown> =>
    (await storedSectionText(store.documents, schema, sectionId)).toJSON();

  router.get('/plans/:planId/content', async (req, res) => {
    sessionOf(res);
    const plan = planOf(directory, String(req.params.planId));
    const entries = chosenSections(directory, plan, queryOf(req, SectionsQuery).sections);
    const sections = [];
    // One section at a time: the documents are read one by one, never all held as Y.Docs.
    for (const { section, depth, headingOnly } of entries) {
      sections.push({
        id: section.id,
        depth,
        headingOnly,
        content: headingOnly ? null : await textOf(section.id),
      });
    }
    res.json({ sections });
  });

  router.get('/sections/:id/content', async (req, res) => {
    sessionOf(res);
    const section = directory.section(String(req.params.id));
    if (!section) throw notFound('Section');
    res.json({ content: await textOf(section.id) });
  });

  return router;
}
