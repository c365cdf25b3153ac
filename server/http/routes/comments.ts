import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Thread } from '../../../shared/threads.js';
import { notFound } from '../../errors.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { SectionRecord } from '../../store/plans.js';
import type { Store } from '../../store/store.js';
import { loadSummary, summaryCsvRow, SUMMARY_HEADER_VI } from '../../threads/summary.js';
import { commentsDocx } from '../../export/commentsDocx.js';
import { sendCsv, toCsv } from '../csv.js';
import { DOCX_TYPE, sendDownload } from '../download.js';
import { sessionOf } from '../context.js';
import { queryOf } from '../validate.js';

const SummaryQuery = z.object({ sectionId: z.string().max(64).optional() });

/** Plan-wide views of the comments: the summary (JSON, CSV) and an agency's inbox. */
export function commentRoutes(store: Store, directory: SectionDirectory): Router {
  const router = Router();

  const planSections = (req: Request, res: Response): SectionRecord[] => {
    sessionOf(res);
    const planId = String(req.params.planId);
    if (!directory.plan(planId)) throw notFound('Plan');
    const { sectionId } = queryOf(req, SummaryQuery);
    const sections = directory.sectionsOf(planId);
    if (sectionId === undefined) return sections;
    const one = sections.filter((s) => s.id === sectionId);
    if (one.length === 0) throw notFound('Section');
    return one;
  };

  const rows = (sections: SectionRecord[]) => loadSummary(store, sections);

  router.get('/plans/:planId/comments', async (req, res) => {
    res.json({ rows: await rows(planSections(req, res)) });
  });

  router.get('/plans/:planId/comments.csv', async (req, res) => {
    const csv = toCsv(SUMMARY_HEADER_VI, (await rows(planSections(req, res))).map(summaryCsvRow));
    sendCsv(res, 'bang-tong-hop-tiep-thu-giai-trinh.csv', csv);
  });

  router.get('/plans/:planId/comments.docx', async (req, res) => {
    const summary = await rows(planSections(req, res));
    const plan = directory.plan(String(req.params.planId));
    if (!plan) throw notFound('Plan');
    const bytes = await commentsDocx(plan, summary);
    sendDownload(res, DOCX_TYPE, 'Bảng tổng hợp tiếp thu, giải trình.docx', bytes);
  });

  router.get('/plans/:planId/inbox', async (req, res) => {
    const sections = planSections(req, res);
    const agency = sessionOf(res).user.agency;
    const owned = new Set(sections.filter((s) => s.owner === agency).map((s) => s.id));
    const threads = await store.threads.list({ sectionIds: sections.map((s) => s.id) });
    const reasonFor = (t: Thread): 'owner' | 'mention' | null => {
      if (t.resolved) return null;
      // An agency's own notes on its own section need no formal answer from itself.
      if (owned.has(t.sectionId) && !t.response && t.author.agency !== agency) return 'owner';
      return t.mentions.includes(agency) ? 'mention' : null;
    };
    const items = threads.flatMap((thread) => {
      const reason = reasonFor(thread);
      return reason ? [{ reason, thread }] : [];
    });
    res.json({ items });
  });

  return router;
}
