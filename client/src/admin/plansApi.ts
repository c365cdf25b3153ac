/** The plans administration API (docs/api.md "Plans"), typed. */
import * as z from 'zod/mini';
import type { PlanSummary } from '../../../shared/model.js';
import { requestJson } from '../api/http.js';
import { toPlanSummary } from '../api/mappers.js';
import { PlanSummaryWire } from '../api/wire.js';

const PlanAnswer = z.object({ plan: PlanSummaryWire });

export const PLAN_TEMPLATES = ['provincial-outline', 'empty'] as const;
export type PlanTemplate = (typeof PLAN_TEMPLATES)[number];

export interface NewPlan {
  code: string;
  titleVi: string;
  titleEn?: string;
  province: string;
  periodStart: number;
  periodEnd: number;
  vision: number;
  template: PlanTemplate;
}

export type PlanPatch = Partial<Pick<PlanSummary, 'titleVi' | 'titleEn' | 'province' | 'archived'>>;

export const plansApi = {
  async create(plan: NewPlan): Promise<PlanSummary> {
    return toPlanSummary((await requestJson('POST', '/api/plans', PlanAnswer, plan)).plan);
  },
  async update(id: string, patch: PlanPatch): Promise<PlanSummary> {
    const path = `/api/plans/${encodeURIComponent(id)}`;
    return toPlanSummary((await requestJson('PATCH', path, PlanAnswer, patch)).plan);
  },
};
