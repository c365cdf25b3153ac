/** Network shapes of the workflow endpoints (history, dashboard, deleted sections), checked at the edge. */
import * as z from 'zod/mini';
import { STATUS_CODES } from '../../../shared/statuses.js';
import { SectionWire } from '../../../shared/api/sections.js';

export const StatusChangeWire = z.object({
  sectionId: z.string(),
  from: z.enum(STATUS_CODES),
  to: z.enum(STATUS_CODES),
  actorId: z.nullable(z.string()),
  actorName: z.string(),
  agency: z.string(),
  at: z.string(),
  note: z.string(),
});
export const HistoryWire = z.object({ history: z.array(StatusChangeWire) });

const ByStatusWire = z.record(z.string(), z.number());

export const DashboardWire = z.object({
  asOf: z.string(),
  totals: z.object({
    sections: z.number(),
    byStatus: ByStatusWire,
    progress: z.number(),
    overdue: z.number(),
    openThreads: z.number(),
  }),
  agencies: z.array(
    z.object({
      agency: z.string(),
      owned: z.number(),
      byStatus: ByStatusWire,
      overdue: z.number(),
      toAnswer: z.number(),
      lastActivity: z.nullable(z.string()),
      words: z.number(),
    }),
  ),
  overdue: z.array(
    z.object({
      sectionId: z.string(),
      number: z.string(),
      titleVi: z.string(),
      titleEn: z.string(),
      owner: z.string(),
      status: z.enum(STATUS_CODES),
      dueDate: z.string(),
      daysLate: z.number(),
    }),
  ),
  recent: z.array(
    z.object({
      at: z.string(),
      actorName: z.nullable(z.string()),
      agency: z.nullable(z.string()),
      action: z.string(),
      sectionId: z.nullable(z.string()),
      detail: z.string(),
    }),
  ),
});

export const SectionsAnswerWire = z.object({ sections: z.array(SectionWire) });

export type StatusChange = z.infer<typeof StatusChangeWire>;
export type DashboardData = z.infer<typeof DashboardWire>;
export type AgencyRow = DashboardData['agencies'][number];
export type OverdueRow = DashboardData['overdue'][number];
export type ActivityRow = DashboardData['recent'][number];
