/** Plain data shared by client and server. No behaviour lives here. */
import type { StatusCode } from './statuses.js';

export const ROLES = ['editor', 'consultant', 'coordinator', 'leader', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type AgencyCode = string;
export type AgencyKind = 'department' | 'district' | 'consultant' | 'coordinator' | 'other';

export interface Agency {
  code: AgencyCode;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
}

/** An agency as administered. */
export interface ManagedAgency extends Agency {
  /** An inactive agency keeps its sections' history but can no longer be assigned. */
  active: boolean;
}

/** The signed-in person, as every policy decision sees them. */
export interface Actor {
  id: string;
  role: Role;
  agency: AgencyCode;
}

export interface PublicUser extends Actor {
  username: string;
  name: string;
}

/** An account as its administrators see it. */
export interface UserAccount extends PublicUser {
  email: string | null;
  disabled: boolean;
  /** The password is a temporary one, to be replaced at the next sign-in. */
  mustChangePassword: boolean;
}

export interface SectionLock {
  by: string;
  byName: string;
  byAgency: AgencyCode;
  at: string;
  note: string;
}

/** What the policy needs to know about a section. */
export interface SectionFacts {
  owner: AgencyCode;
  contributors: AgencyCode[];
  /** Contributing agencies the coordinator allowed to write this section. */
  writers: AgencyCode[];
  status: StatusCode;
  lock: SectionLock | null;
}

export interface Section extends SectionFacts {
  id: string;
  planId: string;
  number: string;
  title: string;
  titleVi: string;
  titleEn: string;
  parentId: string | null;
  position: number;
  synthesis: boolean;
  dueDate: string | null;
}

export interface PlanSummary {
  id: string;
  code: string;
  title: string;
  titleVi: string;
  titleEn: string;
  periodStart: number;
  periodEnd: number;
  vision: number;
  /** The province that issues the plan ("Lạng Sơn"). */
  province: string;
  /** An archived plan is read-only and left out of the default list. */
  archived: boolean;
}

export interface PlanDetail extends PlanSummary {
  sections: Section[];
}

/** What the plan room says of a section's text, kept current while people type. */
export interface LiveSectionFacts {
  words: number;
  lastEditedByName: string;
  lastEditedAt: string;
}
