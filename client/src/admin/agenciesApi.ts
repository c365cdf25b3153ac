/** The agencies API (docs/api.md "Agencies"), typed. */
import * as z from 'zod/mini';
import type { AgencyKind, ManagedAgency } from '../../../shared/model.js';
import { requestJson } from '../api/http.js';
import { toAgency } from '../api/mappers.js';
import { AgencyWire } from '../api/wire.js';

const AgencyAnswer = z.object({ agency: AgencyWire });

export interface NewAgency {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
}

export type AgencyPatch = Partial<Pick<ManagedAgency, 'nameVi' | 'nameEn' | 'kind' | 'active'>>;

export const agenciesApi = {
  async create(agency: NewAgency): Promise<ManagedAgency> {
    return toAgency((await requestJson('POST', '/api/agencies', AgencyAnswer, agency)).agency);
  },
  async update(code: string, patch: AgencyPatch): Promise<ManagedAgency> {
    const path = `/api/agencies/${encodeURIComponent(code)}`;
    return toAgency((await requestJson('PATCH', path, AgencyAnswer, patch)).agency);
  },
};
