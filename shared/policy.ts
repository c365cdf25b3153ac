/**
 * The one permission policy. The server enforces it on every HTTP mutation and every
 * WebSocket message; the client calls it only to decide what to show.
 * Pure: plain data in, a decision out.
 */
import type { IndicatorFacts } from './indicators.js';
import type { Actor, SectionFacts } from './model.js';
import { statusDefinition, statusIndex, type StatusCode, type Writer } from './statuses.js';

export interface ThreadFacts {
  section: SectionFacts;
  authorId: string;
}

export interface MessageFacts {
  authorId: string;
}

export interface StatusChange {
  section: SectionFacts;
  to: StatusCode;
}

/** Each action with the resource it is asked about. `null`: a plan-wide action. */
export interface ActionResources {
  read: SectionFacts;
  write: SectionFacts;
  comment: SectionFacts;
  /** Propose replacement text for a passage (đề xuất sửa), beside the document like a comment. */
  propose: SectionFacts;
  respond: SectionFacts;
  resolveThread: ThreadFacts;
  editMessage: MessageFacts;
  lock: SectionFacts;
  unlock: SectionFacts;
  assign: SectionFacts;
  setStatus: StatusChange;
  /** Take a named version of a section by hand. */
  takeVersion: SectionFacts;
  /** Change the text as the owning agency's own edit: restore a version, accept a proposal. */
  ownerEdit: SectionFacts;
  /** Freeze an edition of the whole plan. */
  freezeEdition: null;
  manageOutline: null;
  viewDashboard: null;
  /** Accounts: create, edit, disable, reset passwords. */
  manageUsers: null;
  /** Agencies: create, rename, retire. */
  manageAgencies: null;
  /** Plans: create, rename, archive. */
  managePlans: null;
  viewAudit: null;
  /** Set or correct a value of an indicator of the registry. */
  editIndicatorValues: IndicatorFacts;
  /** Add, retire and reassign indicators. */
  manageIndicators: null;
  /** Let an approved section's indicator references show the registry's values again. */
  takeNewFigures: SectionFacts;
}

export type Action = keyof ActionResources;

export type DenyReason =
  'locked' | 'not-owner' | 'status' | 'role' | 'not-author' | 'transition' | 'not-locked';

export type Decision = { allowed: true } | { allowed: false; reason: DenyReason };

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });
const allowIf = (condition: boolean, reason: DenyReason): Decision =>
  condition ? ALLOW : deny(reason);

/** Statuses an owning agency moves its own section between. */
const OWNER_STATUSES: readonly StatusCode[] = ['CHUA_BAT_DAU', 'DU_THAO', 'DA_GUI_TU_VAN'];
/** The review stretch that the consultant and the coordinator move sections through. */
const REVIEW_FIRST = statusIndex('DA_GUI_TU_VAN');
const REVIEW_LAST = statusIndex('TRINH_PHE_DUYET');

const inReview = (status: StatusCode): boolean =>
  statusIndex(status) >= REVIEW_FIRST && statusIndex(status) <= REVIEW_LAST;

const ownsSection = (actor: Actor, section: SectionFacts): boolean =>
  actor.agency === section.owner;

/** Roles that produce text at all; leaders read and comment, admins run the system. */
const writesContent = (actor: Actor): boolean =>
  actor.role === 'editor' || actor.role === 'consultant' || actor.role === 'coordinator';

function matchesWriter(actor: Actor, section: SectionFacts, writer: Writer): boolean {
  switch (writer) {
    case 'owner':
      return ownsSection(actor, section);
    case 'contributors':
      return section.writers.includes(actor.agency) && section.contributors.includes(actor.agency);
    case 'consultant':
      return actor.role === 'consultant';
    case 'coordinator':
      return actor.role === 'coordinator';
  }
}

function decideWrite(actor: Actor, section: SectionFacts): Decision {
  if (!writesContent(actor)) return deny('role');
  if (section.lock) return deny('locked');
  const writers = statusDefinition(section.status).editableBy;
  if (writers.some((w) => matchesWriter(actor, section, w))) return ALLOW;
  // Tell the owner's staff it is the status that stops them; everyone else, the ownership.
  return deny(ownsSection(actor, section) || writers.length === 0 ? 'status' : 'not-owner');
}

function decideStatusChange(actor: Actor, { section, to }: StatusChange): Decision {
  if (actor.role === 'coordinator') return ALLOW;
  if (section.lock) return deny('locked');
  if (to === 'DA_DUYET_KHOA') return deny('role');
  const from = section.status;
  if (actor.role === 'consultant' && inReview(from) && (inReview(to) || to === 'DU_THAO')) {
    return ALLOW;
  }
  if (writesContent(actor) && ownsSection(actor, section)) {
    return allowIf(OWNER_STATUSES.includes(from) && OWNER_STATUSES.includes(to), 'transition');
  }
  return deny(actor.role === 'consultant' ? 'transition' : 'role');
}

type Rules = { [A in Action]: (actor: Actor, resource: ActionResources[A]) => Decision };

const RULES: Rules = {
  read: () => ALLOW,
  write: decideWrite,
  comment: (actor) => allowIf(actor.role !== 'admin', 'role'),
  // Anyone who may comment may propose wording instead; the owner applies it (ownerEdit).
  propose: (actor) => allowIf(actor.role !== 'admin', 'role'),
  respond: (actor, section) =>
    allowIf(writesContent(actor) && ownsSection(actor, section), 'not-owner'),
  resolveThread: (actor, thread) =>
    allowIf(
      actor.id === thread.authorId ||
        actor.role === 'coordinator' ||
        (writesContent(actor) && ownsSection(actor, thread.section)),
      'not-author',
    ),
  editMessage: (actor, message) => allowIf(actor.id === message.authorId, 'not-author'),
  lock: (actor, section) =>
    actor.role !== 'coordinator' ? deny('role') : allowIf(!section.lock, 'locked'),
  unlock: (actor, section) =>
    actor.role !== 'coordinator' ? deny('role') : allowIf(section.lock !== null, 'not-locked'),
  assign: (actor) => allowIf(actor.role === 'coordinator', 'role'),
  setStatus: decideStatusChange,
  takeVersion: (actor, section) =>
    allowIf(
      actor.role === 'coordinator' || (writesContent(actor) && ownsSection(actor, section)),
      'not-owner',
    ),
  ownerEdit: (actor, section) =>
    writesContent(actor) && ownsSection(actor, section)
      ? decideWrite(actor, section)
      : deny('not-owner'),
  freezeEdition: (actor) => allowIf(actor.role === 'coordinator', 'role'),
  manageOutline: (actor) => allowIf(actor.role === 'coordinator', 'role'),
  viewDashboard: (actor) => allowIf(actor.role !== 'editor', 'role'),
  // One place makes accounts, agencies and plans: the administrator. A coordinator managing
  // "their" agencies' users would need plan-scoped accounts, which PlanFold does not have (an
  // account and an agency serve every plan), so they ask the administrator.
  manageUsers: (actor) => allowIf(actor.role === 'admin', 'role'),
  manageAgencies: (actor) => allowIf(actor.role === 'admin', 'role'),
  managePlans: (actor) => allowIf(actor.role === 'admin', 'role'),
  viewAudit: (actor) => allowIf(actor.role === 'coordinator' || actor.role === 'admin', 'role'),
  // The source agency's staff keep their figures; the coordinator supplies the data of the plan.
  editIndicatorValues: (actor, indicator) => {
    if (actor.role === 'coordinator') return ALLOW;
    if (!writesContent(actor)) return deny('role');
    return allowIf(actor.agency === indicator.owner, 'not-owner');
  },
  manageIndicators: (actor) => allowIf(actor.role === 'coordinator', 'role'),
  // Approved text does not move: only once it is unlocked may its owner or the coordinator, who
  // answer for it, take the figures the registry has now.
  takeNewFigures: (actor, section) =>
    actor.role === 'coordinator' || (writesContent(actor) && ownsSection(actor, section))
      ? allowIf(section.lock === null, 'locked')
      : deny('not-owner'),
};

export function decide<A extends Action>(
  actor: Actor,
  action: A,
  resource: ActionResources[A],
): Decision {
  const rule: (actor: Actor, resource: ActionResources[A]) => Decision = RULES[action];
  return rule(actor, resource);
}

export function can<A extends Action>(
  actor: Actor,
  action: A,
  resource: ActionResources[A],
): boolean {
  return decide(actor, action, resource).allowed;
}
