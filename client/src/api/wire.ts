/**
 * What the server sends, validated at the edge. These are network shapes, kept apart from the
 * app's own types (plan/types.ts, shared/model.ts) so a changed payload fails loudly here.
 */
import * as z from 'zod/mini';
import { ROLES } from '../../../shared/model.js';
import { STATUS_CODES } from '../../../shared/statuses.js';

export const ErrorBodyWire = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const UserWire = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  agency: z.string(),
  role: z.enum(ROLES),
});
export const SessionWire = z.object({
  user: UserWire,
  mustChangePassword: z.optional(z.boolean()),
});

export const AgencyWire = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  active: z.optional(z.boolean()),
});
export const AgenciesWire = z.object({ agencies: z.array(AgencyWire) });

export const PlanSummaryWire = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  periodStart: z.number(),
  periodEnd: z.number(),
  vision: z.number(),
  province: z.optional(z.string()),
  archived: z.optional(z.boolean()),
});
export const PlansWire = z.object({ plans: z.array(PlanSummaryWire) });

export const LockWire = z.object({
  by: z.string(),
  byName: z.string(),
  byAgency: z.string(),
  at: z.string(),
  note: z.string(),
});

/** A section, both from GET /api/plans/:planId and from the plan room's `sections` map. */
export const SectionWire = z.object({
  id: z.string(),
  number: z.string(),
  title: z.optional(z.string()),
  titleVi: z.string(),
  titleEn: z.string(),
  parentId: z.nullable(z.string()),
  position: z.number(),
  owner: z.string(),
  contributors: z.array(z.string()),
  writers: z.array(z.string()),
  status: z.enum(STATUS_CODES),
  locked: z.optional(z.boolean()),
  lock: z.nullable(LockWire),
  synthesis: z.optional(z.boolean()),
  dueDate: z.optional(z.nullable(z.string())),
});

export const PlanDetailWire = z.extend(PlanSummaryWire, { sections: z.array(SectionWire) });

export type UserWire = z.infer<typeof UserWire>;
export type AgencyWire = z.infer<typeof AgencyWire>;
export type PlanSummaryWire = z.infer<typeof PlanSummaryWire>;
export type SectionWire = z.infer<typeof SectionWire>;
export type PlanDetailWire = z.infer<typeof PlanDetailWire>;
