/** The workflow endpoints of docs/api.md: statuses and history, outline, dashboard. */
import {
  SectionAnswer,
  type NewSectionBody,
  type SectionChangesBody,
  type StatusBody,
} from '../../../shared/api/sections.js';
import type { StatusCode } from '../../../shared/statuses.js';
import { requestJson } from '../api/http.js';
import { toSection } from '../api/mappers.js';
import type { PlanSection } from '../plan/types.js';
import {
  DashboardWire,
  HistoryWire,
  SectionsAnswerWire,
  type DashboardData,
  type StatusChange,
} from './wire.js';

const sectionPath = (id: string, rest = '') => `/api/sections/${encodeURIComponent(id)}${rest}`;
const planPath = (id: string, rest: string) => `/api/plans/${encodeURIComponent(id)}${rest}`;

export const workflowApi = {
  async setStatus(sectionId: string, status: StatusCode, note: string): Promise<PlanSection> {
    const answer = await requestJson('POST', sectionPath(sectionId, '/status'), SectionAnswer, {
      status,
      note,
    } satisfies StatusBody);
    return toSection(answer.section);
  },

  async history(sectionId: string): Promise<StatusChange[]> {
    return (await requestJson('GET', sectionPath(sectionId, '/history'), HistoryWire)).history;
  },

  async createSection(planId: string, input: NewSectionBody): Promise<PlanSection> {
    const path = planPath(planId, '/sections');
    return toSection((await requestJson('POST', path, SectionAnswer, input)).section);
  },

  async updateSection(sectionId: string, changes: SectionChangesBody): Promise<PlanSection> {
    const answer = await requestJson('PATCH', sectionPath(sectionId), SectionAnswer, changes);
    return toSection(answer.section);
  },

  async deleteSection(sectionId: string): Promise<PlanSection> {
    return toSection((await requestJson('DELETE', sectionPath(sectionId), SectionAnswer)).section);
  },

  async restoreSection(sectionId: string): Promise<PlanSection> {
    const path = sectionPath(sectionId, '/restore');
    return toSection((await requestJson('POST', path, SectionAnswer, {})).section);
  },

  async deletedSections(planId: string): Promise<PlanSection[]> {
    const path = planPath(planId, '/deleted-sections');
    return (await requestJson('GET', path, SectionsAnswerWire)).sections.map(toSection);
  },

  async dashboard(planId: string): Promise<DashboardData> {
    return requestJson('GET', planPath(planId, '/dashboard'), DashboardWire);
  },
};
