/** The workflow endpoints of docs/api.md: statuses and history, outline, dashboard. */
import type { StatusCode } from '../../../shared/statuses.js';
import { requestJson } from '../api/http.js';
import { toSection } from '../api/mappers.js';
import type { PlanSection } from '../plan/types.js';
import {
  DashboardWire,
  HistoryWire,
  SectionAnswerWire,
  SectionsAnswerWire,
  type DashboardData,
  type StatusChange,
} from './wire.js';

export interface NewSection {
  number: string;
  titleVi: string;
  titleEn?: string;
  parentId: string | null;
  owner: string;
  dueDate?: string | null;
}

export interface SectionChanges {
  number?: string;
  titleVi?: string;
  titleEn?: string;
  parentId?: string | null;
  /** The place among its siblings after the move. */
  index?: number;
  /** YYYY-MM-DD, or null to clear. */
  dueDate?: string | null;
}

const sectionPath = (id: string, rest = '') => `/api/sections/${encodeURIComponent(id)}${rest}`;
const planPath = (id: string, rest: string) => `/api/plans/${encodeURIComponent(id)}${rest}`;

export const workflowApi = {
  async setStatus(sectionId: string, status: StatusCode, note: string): Promise<PlanSection> {
    const answer = await requestJson('POST', sectionPath(sectionId, '/status'), SectionAnswerWire, {
      status,
      note,
    });
    return toSection(answer.section);
  },

  async history(sectionId: string): Promise<StatusChange[]> {
    return (await requestJson('GET', sectionPath(sectionId, '/history'), HistoryWire)).history;
  },

  async createSection(planId: string, input: NewSection): Promise<PlanSection> {
    const path = planPath(planId, '/sections');
    return toSection((await requestJson('POST', path, SectionAnswerWire, input)).section);
  },

  async updateSection(sectionId: string, changes: SectionChanges): Promise<PlanSection> {
    const answer = await requestJson('PATCH', sectionPath(sectionId), SectionAnswerWire, changes);
    return toSection(answer.section);
  },

  async deleteSection(sectionId: string): Promise<PlanSection> {
    return toSection(
      (await requestJson('DELETE', sectionPath(sectionId), SectionAnswerWire)).section,
    );
  },

  async restoreSection(sectionId: string): Promise<PlanSection> {
    const path = sectionPath(sectionId, '/restore');
    return toSection((await requestJson('POST', path, SectionAnswerWire, {})).section);
  },

  async deletedSections(planId: string): Promise<PlanSection[]> {
    const path = planPath(planId, '/deleted-sections');
    return (await requestJson('GET', path, SectionsAnswerWire)).sections.map(toSection);
  },

  async dashboard(planId: string): Promise<DashboardData> {
    return requestJson('GET', planPath(planId, '/dashboard'), DashboardWire);
  },
};
