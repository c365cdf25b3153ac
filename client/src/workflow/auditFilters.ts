/** The audit page's filters: what the form holds, and what is sent to the server. */
import type { AuditQuery } from '../api/client.js';

export interface AuditFilterState {
  sectionId: string;
  /** A known user's id, '' for everyone, or OTHER_USER to type one. */
  userChoice: string;
  userText: string;
  agency: string;
  action: string;
}

export const OTHER_USER = '__other__';

export const NO_FILTERS: AuditFilterState = {
  sectionId: '',
  userChoice: '',
  userText: '',
  agency: '',
  action: '',
};

export function toQuery(filters: AuditFilterState): AuditQuery {
  const userId = filters.userChoice === OTHER_USER ? filters.userText.trim() : filters.userChoice;
  const query: AuditQuery = {};
  if (filters.sectionId) query.sectionId = filters.sectionId;
  if (userId) query.userId = userId;
  if (filters.agency) query.agency = filters.agency;
  if (filters.action) query.action = filters.action;
  return query;
}

export interface KnownUser {
  id: string;
  name: string;
  agency: string | null;
}
