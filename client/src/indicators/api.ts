/** The registry endpoints of docs/api.md. */
import type { Indicator, IndicatorKind } from '../../../shared/indicators.js';
import { request, requestJson } from '../api/http.js';
import type * as z from 'zod/mini';
import type { IndicatorGroup } from '../../../shared/indicators.js';
import {
  ConsistencyWire,
  ImportAnswerWire,
  IndicatorAnswerWire,
  IndicatorsWire,
  UsageWire,
} from './wire.js';

export type Consistency = z.infer<typeof ConsistencyWire>;
export type Usage = z.infer<typeof UsageWire>['sections'];
export type ImportAnswer = z.infer<typeof ImportAnswerWire>;

export interface NewIndicator {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  group: IndicatorGroup;
  owner: string;
}

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

  importCsv(planId: string, csv: string, apply: boolean): Promise<ImportAnswer> {
    const path = `/api/plans/${encodeURIComponent(planId)}/indicators.csv`;
    return requestJson('POST', path, ImportAnswerWire, { csv, apply });
  },

  async create(planId: string, indicator: NewIndicator): Promise<Indicator> {
    const path = `/api/plans/${encodeURIComponent(planId)}/indicators`;
    return (await requestJson('POST', path, IndicatorAnswerWire, indicator)).indicator;
  },

  async setRetired(id: string, retired: boolean): Promise<Indicator> {
    const path = `/api/indicators/${encodeURIComponent(id)}`;
    return (await requestJson('PATCH', path, IndicatorAnswerWire, { retired })).indicator;
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
