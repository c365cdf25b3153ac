/** The plan, a part of it or one section as a PDF: the reader's print view, printed by Chromium. */
import { Router, type Request, type Response } from 'express';
import { notFound } from '../../errors.js';
import type { PdfPrinter } from '../../export/pdfPrinter.js';
import type { SectionDirectory } from '../../plan/directory.js';
import { sessionOf } from '../context.js';
import { PDF_TYPE, sendDownload } from '../download.js';
import { queryOf } from '../validate.js';
import { chosenSections, planOf, SectionsQuery } from './planSelection.js';

export function pdfExportRoutes(directory: SectionDirectory, printer: PdfPrinter): Router {
  const router = Router();

  const print = (req: Request, planId: string, sections: readonly string[] | undefined) => {
    const query = sections ? `?sections=${encodeURIComponent(sections.join(','))}` : '';
    return printer.print({
      // The browser runs on this machine: it reaches the server where this request arrived.
      origin: `http://127.0.0.1:${String(req.socket.localPort)}`,
      path: `/plans/${encodeURIComponent(planId)}/read${query}`,
      cookie: req.headers.cookie ?? '',
    });
  };

  router.get('/plans/:planId/export.pdf', async (req: Request, res: Response) => {
    sessionOf(res);
    const plan = planOf(directory, String(req.params.planId));
    const { sections } = queryOf(req, SectionsQuery);
    // Unknown ids answer 400 before a browser is started.
    chosenSections(directory, plan, sections);
    const bytes = await print(req, plan.id, sections);
    const suffix = sections ? ` (${sections.join(', ')})` : '';
    sendDownload(res, PDF_TYPE, `${plan.titleVi}${suffix}.pdf`, bytes);
  });

  router.get('/sections/:id/export.pdf', async (req: Request, res: Response) => {
    sessionOf(res);
    const section = directory.section(String(req.params.id));
    if (!section) throw notFound('Section');
    const bytes = await print(req, section.planId, [section.id]);
    sendDownload(res, PDF_TYPE, `${section.number} ${section.titleVi}.pdf`, bytes);
  });

  return router;
}
