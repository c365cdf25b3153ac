/** The edition endpoints: list, freeze, compare the plan between two editions. */
import { requestJson } from '../api/http.js';
import { CURRENT, type VersionRef } from './api.js';
import {
  EditionAnswerWire,
  EditionComparisonWire,
  EditionsWire,
  type Edition,
  type EditionSectionChange,
} from './wire.js';

const editionsPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/editions`;

export const editionsApi = {
  async list(planId: string): Promise<Edition[]> {
    return (await requestJson('GET', editionsPath(planId), EditionsWire)).editions;
  },

  async freeze(planId: string, name: string): Promise<Edition> {
    return (await requestJson('POST', editionsPath(planId), EditionAnswerWire, { name })).edition;
  },

  /** `to` is an edition's id or the text of now. */
  async compare(
    planId: string,
    from: string,
    to: VersionRef = CURRENT,
  ): Promise<EditionSectionChange[]> {
    const query = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const path = `${editionsPath(planId)}/compare${query}`;
    return (await requestJson('GET', path, EditionComparisonWire)).sections;
  },
};
