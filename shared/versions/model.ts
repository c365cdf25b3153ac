/** Versions of a section's text and editions of the plan, as the API shows them. */
import type { StatusCode } from '../statuses.js';

/**
 * Why a version exists: taken at a status change or a lock, by hand, as the text just before a
 * restore replaced it (restoring that version undoes the restore), or as part of an edition of
 * the whole plan.
 */
export const VERSION_KINDS = ['status', 'lock', 'manual', 'restore', 'edition'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionView {
  id: string;
  sectionId: string;
  /** 1, 2, … in the order the section's versions were taken. */
  seq: number;
  kind: VersionKind;
  /** The name given by hand (or the edition's); empty for automatic ones, named by the client. */
  name: string;
  /** The section's status when the version was taken. */
  status: StatusCode;
  createdBy: string | null;
  createdByName: string | null;
  createdAt: string;
  editionId: string | null;
  /** Words added and removed since the previous version. */
  wordsAdded: number;
  wordsRemoved: number;
}

export const VERSION_NAME_MAX = 200;

/** An edition of the whole plan: a version of every section frozen at one moment. */
export interface EditionView {
  id: string;
  planId: string;
  name: string;
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  /** How many sections it holds a version of. */
  sections: number;
}

export const EDITION_NAME_MAX = 200;

/** How one section changed between two editions (or an edition and now). */
export interface EditionSectionChange {
  sectionId: string;
  /** The section's version in the older edition; null: the section is not in it. */
  from: string | null;
  /** The version in the newer edition, `current` for the text of now; null: not in it. */
  to: string | null;
  wordsAdded: number;
  wordsRemoved: number;
  /** How many paragraphs changed. */
  changes: number;
}
