/** The registry endpoints of docs/api.md. */
import type { Indicator, IndicatorKind } from '../../../shared/indicators.js';
import { request, requestJson } from '../api/http.js';
import type * as z from 'zod/mini';
import { ConsistencyWire, IndicatorAnswerWire, IndicatorsWire, UsageWire } from './wire.js';

export type Consistency = z.infer<typeof ConsistencyWire>;
export type Usage = z.infer<typeof UsageWire>['sections'];

export const indicatorApi = {
  async list(planId: string): Promise<Indicator[]> {
    const path = `/api/plans/${encodeURIComponent(planId)}/indicators`;
    return (await requestJson('GET', path, IndicatorsWire)).indicators;
  },

  async setValue(
    id: string,
    year: number,
    value: { kind: IndicatorKind; value: number; note: string },
  ): Promise<Indicator> {
    const path = `/api/indicators/${encodeURIComponent(id)}/values/${year}`;
    return (await requestJson('PUT', path, IndicatorAnswerWire, value)).indicator;
  },

  async usage(id: string): Promise<Usage> {
    const path = `/api/indicators/${encodeURIComponent(id)}/usage`;
    return (await requestJson('GET', path, UsageWire)).sections;
  },

  consistency(sectionId: string): Promise<Consistency> {
    const path = `/api/sections/${encodeURIComponent(sectionId)}/consistency`;
    return requestJson('GET', path, ConsistencyWire);
  },

  /** An unlocked section's references show the registry's values again. */
  async takeNewFigures(sectionId: string): Promise<void> {
    await request('DELETE', `/api/sections/${encodeURIComponent(sectionId)}/frozen-figures`, null);
  },
};
