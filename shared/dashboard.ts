import type { AgencyCode } from './model.js';
import type { StatusCode } from './statuses.js';

export interface AgencyProgress {
  agency: AgencyCode;
  owned: number;
  byStatus: Partial<Record<StatusCode, number>>;
  overdue: number;
  /** Open threads on its sections still waiting for a formal response. */
  toAnswer: number;
  lastActivity: string | null;
  words: number;
}

export interface OverdueSection {
  sectionId: string;
  number: string;
  titleVi: string;
  titleEn: string;
  owner: AgencyCode;
  status: StatusCode;
  dueDate: string;
  daysLate: number;
}

export interface ActivityItem {
  at: string;
  actorName: string | null;
  agency: AgencyCode | null;
  action: string;
  sectionId: string | null;
  detail: string;
}

export interface Dashboard {
  asOf: string;
  totals: {
    sections: number;
    byStatus: Partial<Record<StatusCode, number>>;
    /** 0–1: how far along the process the sections are, on average. */
    progress: number;
    overdue: number;
    openThreads: number;
  };
  agencies: AgencyProgress[];
  overdue: OverdueSection[];
  recent: ActivityItem[];
}

/** A due date is the day a section must reach the consultant; until then it can be late. */
export const DUE_BEFORE_STATUSES: readonly StatusCode[] = ['CHUA_BAT_DAU', 'DU_THAO'];
