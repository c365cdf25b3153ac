import type { ColumnType, Generated } from 'kysely';

/** Row types. Booleans are 0/1 and timestamps ISO-8601 text, so both databases agree. */
export interface AgencyRow {
  code: string;
  name_vi: string;
  name_en: string;
  kind: string;
  /** 0: retired — keeps its sections' history, can no longer be assigned. */
  active: number;
}

export interface UserRow {
  id: string;
  username: string;
  name: string;
  agency: string;
  role: string;
  password_hash: string;
  created_at: string;
  email: string | null;
  /** Set while the account is disabled. */
  disabled_at: string | null;
  /** 1 while the password is a temporary one its owner must replace. */
  must_change_password: number;
}

export interface SessionRow {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

export interface PlanRow {
  id: string;
  code: string;
  title_vi: string;
  title_en: string;
  period_start: number;
  period_end: number;
  vision: number;
  created_at: string;
  province: string;
  /** Set once archived: read-only and hidden from the default list. */
  archived_at: string | null;
}

export interface SectionRow {
  id: string;
  plan_id: string;
  number: string;
  title_vi: string;
  title_en: string;
  parent_id: string | null;
  position: number;
  owner: string;
  /** JSON array of agency codes. */
  contributors: string;
  /** JSON array of contributing agency codes allowed to write. */
  writers: string;
  synthesis: number;
  status: string;
  locked_at: string | null;
  locked_by: string | null;
  lock_note: string | null;
  due_date: string | null;
  deleted_at: string | null;
}

export interface DocUpdateRow {
  seq: Generated<number>;
  doc: string;
  data: Uint8Array;
}

export interface DocSnapshotRow {
  doc: string;
  data: Uint8Array;
  through_seq: number;
  state_vector: Uint8Array | null;
}

export interface AuditRow {
  id: Generated<number>;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  agency: string | null;
  action: string;
  section_id: string | null;
  detail: string;
  address: string | null;
}

export interface ThreadRow {
  id: string;
  section_id: string;
  author_id: string;
  /** Base64 of Y.encodeRelativePosition. */
  anchor_from: string;
  anchor_to: string;
  quote: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  response_kind: string | null;
  response_text: string | null;
  response_by: string | null;
  response_at: string | null;
  /** The text proposed instead of the quote (a proposed edit); null for a comment. */
  proposal: string | null;
}

export interface ThreadMessageRow {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
}

export interface ThreadMentionRow {
  message_id: string;
  thread_id: string;
  agency: string;
  user_id: string | null;
}

export interface StatusHistoryRow {
  id: Generated<number>;
  section_id: string;
  from_status: string;
  to_status: string;
  actor_id: string;
  at: string;
  note: string;
}

export interface SectionFactsRow {
  section_id: string;
  words: number;
  last_edited_by: string | null;
  last_edited_at: string | null;
}

export interface PlanFileRow {
  plan_id: string;
  hash: string;
  mime: string;
  size: number;
  uploaded_by: string;
  uploaded_at: string;
}

export interface FileBlobRow {
  hash: string;
  data: Uint8Array;
}

export interface IndicatorRow {
  id: string;
  plan_id: string;
  code: string;
  name_vi: string;
  name_en: string;
  unit: string;
  group_code: string;
  owner: string;
  position: number;
  retired_at: string | null;
}

export interface IndicatorValueRow {
  indicator_id: string;
  year: number;
  kind: string;
  value: number;
  note: string;
  updated_at: string;
  /** A user id. */
  updated_by: string;
}

export interface IndicatorFreezeRow {
  section_id: string;
  indicator_id: string;
  year: number;
  kind: string;
  value: number;
  unit: string;
  frozen_at: string;
}

export interface IndicatorChangeRow {
  id: Generated<number>;
  indicator_id: string;
  change: string;
  year: number | null;
  from_value: string | null;
  to_value: string | null;
  note: string;
  actor_id: string;
  at: string;
}

export interface SectionVersionRow {
  id: string;
  section_id: string;
  seq: number;
  kind: string;
  name: string;
  status: string;
  created_by: string | null;
  created_at: string;
  edition_id: string | null;
  words_added: number;
  words_removed: number;
  state_vector: Uint8Array;
  data: Uint8Array;
}

export interface PlanEditionRow {
  id: string;
  plan_id: string;
  name: string;
  created_by: string;
  created_at: string;
  summary: string;
}

/** What search finds: a section's text or a thread's comments (migration 019). */
export interface SearchEntryRow {
  id: string;
  plan_id: string;
  kind: string;
  section_id: string;
  title: string;
  body: string;
  folded: string;
}

/**
 * The user a Yjs client id of a section belongs to (migration 016). PostgreSQL reads `bigint`
 * back as a string.
 */
export interface ClientAuthorRow {
  section_id: string;
  client_id: ColumnType<number | string, number, never>;
  user_id: string;
  first_seen: string;
}

export interface Database {
  agencies: AgencyRow;
  users: UserRow;
  sessions: SessionRow;
  plans: PlanRow;
  sections: SectionRow;
  doc_updates: DocUpdateRow;
  doc_snapshots: DocSnapshotRow;
  audit_log: AuditRow;
  threads: ThreadRow;
  thread_messages: ThreadMessageRow;
  thread_mentions: ThreadMentionRow;
  status_history: StatusHistoryRow;
  section_facts: SectionFactsRow;
  plan_files: PlanFileRow;
  file_blobs: FileBlobRow;
  indicators: IndicatorRow;
  indicator_values: IndicatorValueRow;
  indicator_changes: IndicatorChangeRow;
  indicator_freezes: IndicatorFreezeRow;
  section_versions: SectionVersionRow;
  plan_editions: PlanEditionRow;
  search_entries: SearchEntryRow;
  client_authors: ClientAuthorRow;
}
