/** The plan's text for the reader, and the addresses of its downloads. */
import type { JSONContent } from '@tiptap/core';
import { requestJson } from '../api/http.js';
import { PlanContentWire, SectionContentWire, type ReaderEntry } from './wire.js';

const planPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}`;
const query = (sections: string | null) =>
  sections ? `?sections=${encodeURIComponent(sections)}` : '';

export const readerApi = {
  async plan(planId: string, sections: string | null): Promise<ReaderEntry[]> {
    const path = `${planPath(planId)}/content${query(sections)}`;
    return (await requestJson('GET', path, PlanContentWire)).sections;
  },

  async section(sectionId: string): Promise<JSONContent> {
    const path = `/api/sections/${encodeURIComponent(sectionId)}/content`;
    return (await requestJson('GET', path, SectionContentWire)).content;
  },

  download: (planId: string, kind: 'docx' | 'pdf', sections: string | null) =>
    `${planPath(planId)}/export.${kind}${query(sections)}`,

  fileUrl: (planId: string, hash: string) => `${planPath(planId)}/files/${hash}`,
};
