/**
 * What the server sends, validated at the edge (the shapes routes share with the server are in
 * shared/api). These are network shapes, kept apart from the
 * app's own types (plan/types.ts, shared/model.ts) so a changed payload fails loudly here.
 */
import * as z from 'zod/mini';
import { SectionWire } from '../../../shared/api/sections.js';
import { UserWire } from '../../../shared/api/users.js';

export const ErrorBodyWire = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
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

export const PlanDetailWire = z.extend(PlanSummaryWire, { sections: z.array(SectionWire) });

export type AgencyWire = z.infer<typeof AgencyWire>;
export type PlanSummaryWire = z.infer<typeof PlanSummaryWire>;
export type PlanDetailWire = z.infer<typeof PlanDetailWire>;
