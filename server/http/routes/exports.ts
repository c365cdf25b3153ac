import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { contentSchema } from '../../../shared/editor/content.js';
import { statusDefinition } from '../../../shared/statuses.js';
import { notFound } from '../../errors.js';
import { loadPictures } from '../../export/pictures.js';
import { planDocx } from '../../export/planDocx.js';
import type { FileService } from '../../files/fileService.js';
import { figuresAsText } from '../../indicators/figuresAsText.js';
import { storedSectionText } from '../../export/sectionText.js';
import { selectSections, type OutlineEntry } from '../../export/selection.js';
import { chosenSections, planOf, SectionsQuery } from './planSelection.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { PlanRecord } from '../../store/plans.js';
import type { Store } from '../../store/store.js';
import { sessionOf } from '../context.js';
import { DOCX_TYPE, sendDownload } from '../download.js';
import { queryOf } from '../validate.js';

const ExportQuery = SectionsQuery.extend({
  edition: z.string().trim().min(1).max(120).optional(),
});

/** The plan, a part of it or one section as a .docx in the Decree 30/2020 layout. */
export function exportRoutes(
  store: Store,
  directory: SectionDirectory,
  files: FileService,
): Router {
  const router = Router();
  const schema = contentSchema();

  const build = async (
    plan: PlanRecord,
    entries: readonly OutlineEntry[],
    edition: string,
  ): Promise<Buffer> => {
    // One section at a time: an export of the whole plan holds the documents as trees, not Y.Docs.
    const sections = [];
    // References to the indicator registry are written as the figures they show.
    const withFigures = await figuresAsText(store, plan.id);
    for (const entry of entries) {
      const text = entry.headingOnly
        ? null
        : withFigures(
            entry.section.id,
            await storedSectionText(store.documents, schema, entry.section.id),
          );
      sections.push({ entry, text });
    }
    const pictures = await loadPictures(
      files,
      plan.id,
      sections.map((s) => s.text),
    );
    return planDocx({
      plan,
      edition,
      date: new Date(),
      sections,
      pictures: (hash) => pictures.get(hash),
    });
  };

  router.get('/plans/:planId/export.docx', async (req: Request, res: Response) => {
    sessionOf(res);
    const plan = planOf(directory, String(req.params.planId));
    const query = queryOf(req, ExportQuery);
    const entries = chosenSections(directory, plan, query.sections);
    const bytes = await build(plan, entries, query.edition ?? 'Dự thảo');
    const suffix = query.sections ? ` (${query.sections.join(', ')})` : '';
    sendDownload(res, DOCX_TYPE, `${plan.titleVi}${suffix}.docx`, bytes);
  });

  router.get('/sections/:id/export.docx', async (req: Request, res: Response) => {
    sessionOf(res);
    const section = directory.section(String(req.params.id));
    if (!section) throw notFound('Section');
    const plan = planOf(directory, section.planId);
    const { edition } = queryOf(req, ExportQuery.pick({ edition: true }));
    const chosen = selectSections(directory.sectionsOf(plan.id), [section.id]);
    if ('unknown' in chosen) throw notFound('Section');
    const bytes = await build(
      plan,
      chosen.entries,
      edition ?? statusDefinition(section.status).nameVi,
    );
    sendDownload(res, DOCX_TYPE, `${section.number} ${section.titleVi}.docx`, bytes);
  });

  return router;
}
