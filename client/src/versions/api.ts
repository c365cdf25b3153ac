/** The version endpoints: list, take by hand, restore, compare. */
import { requestJson } from '../api/http.js';
import {
  ComparisonWire,
  RestoreAnswerWire,
  VersionAnswerWire,
  VersionsWire,
  type Authorship,
  type Comparison,
  type Version,
} from './wire.js';

/** A version's id, or the text of now. */
export type VersionRef = string;
export const CURRENT: VersionRef = 'current';

const sectionPath = (id: string, rest: string) => `/api/sections/${encodeURIComponent(id)}${rest}`;

export const versionsApi = {
  async list(sectionId: string): Promise<Version[]> {
    return (await requestJson('GET', sectionPath(sectionId, '/versions'), VersionsWire)).versions;
  },

  async take(sectionId: string, name: string): Promise<Version> {
    const path = sectionPath(sectionId, '/versions');
    return (await requestJson('POST', path, VersionAnswerWire, { name })).version;
  },

  /** Restores a version; resolves with the version that keeps the text it replaced. */
  async restore(sectionId: string, versionId: string): Promise<Version> {
    const path = sectionPath(sectionId, `/versions/${encodeURIComponent(versionId)}/restore`);
    return (await requestJson('POST', path, RestoreAnswerWire)).before;
  },

  /** The comparison, and who wrote each of its insertions. */
  async compare(
    sectionId: string,
    from: VersionRef,
    to: VersionRef,
  ): Promise<{ comparison: Comparison; authors: Authorship }> {
    const query = `?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
    const path = sectionPath(sectionId, `/compare${query}`);
    return requestJson('GET', path, ComparisonWire);
  },
};
