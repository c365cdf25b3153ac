/** Review threads: comments anchored to a passage, answered formally by the owning agency. */
import type { AgencyCode } from './model.js';

/** Tiếp thu, giải trình, không tiếp thu. */
export const RESPONSE_KINDS = ['accepted', 'explained', 'rejected'] as const;
export type ResponseKind = (typeof RESPONSE_KINDS)[number];

export interface Person {
  id: string;
  name: string;
  agency: AgencyCode;
}

/** Base64 of `Y.encodeRelativePosition` at each end of the passage. */
export interface Anchor {
  from: string;
  to: string;
}

export interface ThreadMessage {
  id: string;
  threadId: string;
  author: Person;
  /** Plain text; clients render it as text, never as HTML. Empty once deleted. */
  body: string;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface ThreadResponse {
  kind: ResponseKind;
  text: string;
  by: Person;
  at: string;
}

export interface Thread {
  id: string;
  sectionId: string;
  author: Person;
  anchor: Anchor;
  quote: string;
  /** A proposed edit (đề xuất sửa): the text proposed instead of `quote`; null for a comment. */
  proposal: string | null;
  createdAt: string;
  resolved: { by: Person; at: string } | null;
  response: ThreadResponse | null;
  messages: ThreadMessage[];
  /** Agencies mentioned anywhere in the thread (a mention of a person counts for their agency). */
  mentions: AgencyCode[];
}

/** Per-section counters the plan room carries, so outlines and inboxes refresh live. */
export interface ThreadStats {
  open: number;
  unanswered: number;
  total: number;
  /** Changes on every thread event of the section; clients refetch when it moves. */
  revision: number;
}

export const MAX_MESSAGE_LENGTH = 10_000;
export const MAX_QUOTE_LENGTH = 2_000;
export const MAX_PROPOSAL_LENGTH = 10_000;
