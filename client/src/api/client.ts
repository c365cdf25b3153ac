/** The REST API of docs/api.md, typed. */
import { SectionAnswer, type AssignmentBody, type LockBody } from '../../../shared/api/sections.js';
import type { ManagedAgency, PlanSummary, PublicUser } from '../../../shared/model.js';
import type { PlanSection, PlanView } from '../plan/types.js';
import { isApiError } from './ApiError.js';
import { request, requestJson } from './http.js';
import { toAgency, toPlanSummary, toPlanView, toSection, toUser } from './mappers.js';
import { AgenciesWire, PlanDetailWire, PlansWire, SessionWire } from './wire.js';
import type * as z from 'zod/mini';
import { AuditWire, type AuditEntryWire } from './auditWire.js';

export interface AuditQuery {
  sectionId?: string;
  userId?: string;
  agency?: string;
  action?: string;
  limit?: number;
}

function auditParams(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Who is signed in, and whether they must replace a temporary password first. */
export interface SignedIn {
  user: PublicUser;
  mustChangePassword: boolean;
}

const toSignedIn = (wire: z.infer<typeof SessionWire>): SignedIn => ({
  user: toUser(wire.user),
  mustChangePassword: wire.mustChangePassword ?? false,
});

export const api = {
  async login(username: string, password: string): Promise<SignedIn> {
    return toSignedIn(
      await requestJson('POST', '/api/session', SessionWire, { username, password }),
    );
  },

  /** False when the server refuses changes from this page's origin (403 origin-not-allowed). */
  async originAllowed(): Promise<boolean> {
    try {
      await request('POST', '/api/origin-check', null);
      return true;
    } catch (error) {
      if (isApiError(error) && error.code === 'origin-not-allowed') return false;
      throw error;
    }
  },

  async currentUser(): Promise<SignedIn> {
    return toSignedIn(await requestJson('GET', '/api/session', SessionWire));
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    await request('PUT', '/api/session/password', null, { currentPassword, newPassword });
  },

  async rename(name: string): Promise<PublicUser> {
    return toUser((await requestJson('PATCH', '/api/session', SessionWire, { name })).user);
  },

  async logout(): Promise<void> {
    await request('DELETE', '/api/session', null);
  },

  async agencies(): Promise<ManagedAgency[]> {
    return (await requestJson('GET', '/api/agencies', AgenciesWire)).agencies.map(toAgency);
  },

  /** The plans, archived ones only when asked for. */
  async plans(withArchived = false): Promise<PlanSummary[]> {
    const path = withArchived ? '/api/plans?archived=1' : '/api/plans';
    return (await requestJson('GET', path, PlansWire)).plans.map(toPlanSummary);
  },

  async plan(planId: string): Promise<PlanView> {
    const path = `/api/plans/${encodeURIComponent(planId)}`;
    return toPlanView(await requestJson('GET', path, PlanDetailWire));
  },

  async lockSection(sectionId: string, note: string): Promise<PlanSection> {
    const path = `/api/sections/${encodeURIComponent(sectionId)}/lock`;
    return toSection(
      (await requestJson('POST', path, SectionAnswer, { note } satisfies LockBody)).section,
    );
  },

  async unlockSection(sectionId: string): Promise<PlanSection> {
    const path = `/api/sections/${encodeURIComponent(sectionId)}/lock`;
    return toSection((await requestJson('DELETE', path, SectionAnswer)).section);
  },

  async assignSection(sectionId: string, assignment: AssignmentBody): Promise<PlanSection> {
    const path = `/api/sections/${encodeURIComponent(sectionId)}/assignment`;
    return toSection((await requestJson('PUT', path, SectionAnswer, assignment)).section);
  },

  async audit(query: AuditQuery = {}): Promise<AuditEntryWire[]> {
    return (await requestJson('GET', `/api/audit${auditParams(query)}`, AuditWire)).entries;
  },

  /** The CSV export is a download link, not a fetch. */
  auditCsvUrl(query: AuditQuery = {}): string {
    return `/api/audit.csv${auditParams(query)}`;
  },
};
