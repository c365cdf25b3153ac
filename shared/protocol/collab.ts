/**
 * The collaboration wire: the y-websocket protocol (so the stock WebsocketProvider works),
 * plus the room names and close codes PlanFold gives it.
 */

/** First varint of every frame. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** y-protocols/auth sub-type for a refusal. */
export const AUTH_PERMISSION_DENIED = 0;

/** Close codes. 1001–1012 are RFC 6455's (and its IANA registry's); 4xxx are PlanFold's own. */
export const CloseCode = {
  normal: 1000,
  goingAway: 1001,
  policyViolation: 1008,
  tooLarge: 1009,
  internalError: 1011,
  /** The server is restarting (graceful shutdown): reconnect in a moment, nothing is lost. */
  restarting: 1012,
  /** RFC 6455 "try again later": a peer that does not read what it is sent. */
  slowConsumer: 1013,
  malformed: 4400,
  /** Logged out, or the session expired while the socket was open. */
  loggedOut: 4401,
  tooManyRefusals: 4403,
  roomNotFound: 4404,
  /** Past a per-connection budget (updates, bytes, new client ids, time spent integrating). */
  overBudget: 4429,
} as const;

export const MAX_FRAME_BYTES = 1024 * 1024;

/** Refusals the server sends in a permission-denied message, prefixed so clients can parse them. */
export const REFUSAL_REASONS = [
  'locked',
  'not-owner',
  'status',
  'role',
  'read-only-room',
  /** The update nests content deeper than the server processes (MAX_NESTING_DEPTH). */
  'too-deep',
  /** The update depends on content the server does not have: send that first. */
  'incomplete',
  /** The update writes under a client id another user owns in this room. */
  'client-id',
  /** The stored section cannot be processed safely: it is read-only until an administrator repairs it. */
  'quarantined',
  /** The section's plan is archived: read-only until an administrator restores it. */
  'archived',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** How deeply content may nest (a block quote in a list item in a table cell… counts each level). */
export const MAX_NESTING_DEPTH = 64;

const PLAN_ROOM_PREFIX = 'plan:';

/** The server-authored metadata room of a plan (outline, statuses, locks), read-only for clients. */
export function planRoomName(planId: string): string {
  return `${PLAN_ROOM_PREFIX}${planId}`;
}

export type RoomRef = { kind: 'section'; sectionId: string } | { kind: 'plan'; planId: string };

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function parseRoomName(name: string): RoomRef | null {
  if (name.startsWith(PLAN_ROOM_PREFIX)) {
    const planId = name.slice(PLAN_ROOM_PREFIX.length);
    return ID_PATTERN.test(planId) ? { kind: 'plan', planId } : null;
  }
  return ID_PATTERN.test(name) ? { kind: 'section', sectionId: name } : null;
}

/** The Y.XmlFragment that holds a section's text. */
export const BODY_FIELD = 'body';
/** The Y.Map of the plan room: section id → SectionMeta. */
export const PLAN_SECTIONS_FIELD = 'sections';
/** The Y.Map of the plan room: section id → ThreadStats. */
export const PLAN_THREAD_STATS_FIELD = 'threadStats';
/** The Y.Map of the plan room: section id → LiveSectionFacts (word count, last edit). */
export const PLAN_SECTION_FACTS_FIELD = 'sectionFacts';
/** The Y.Map of the plan room: indicator id → Indicator (shared/indicators.ts), values included. */
export const PLAN_INDICATORS_FIELD = 'indicators';
/** The Y.Map of the plan room: section id → SectionFreeze (shared/indicatorRefs.ts), when frozen. */
export const PLAN_INDICATOR_FREEZES_FIELD = 'indicatorFreezes';
