/**
 * The one policy, as a table: every role × every action × every section state.
 * The expectations are written out here from the rules of the issue (not derived from the code
 * under test), so a change of behaviour shows up as a changed cell.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, SectionFacts, SectionLock } from '../../shared/model.js';
import {
  decide,
  type Action,
  type ActionResources,
  type Decision,
  type DenyReason,
} from '../../shared/policy.js';
import { STATUS_CODES, statusDefinition, type StatusCode } from '../../shared/statuses.js';

/* ---------------- the cast ---------------- */

const ACTOR_KEYS = ['own', 'ctrW', 'ctr', 'str', 'cons', 'coord', 'lead', 'adm'] as const;
type ActorKey = (typeof ACTOR_KEYS)[number];

/** Agencies: SCT, TV (consultant) and SKHDT (coordinator) own the three fixture sections. */
const ACTORS: Record<ActorKey, Actor> = {
  /** editor of SCT, which owns the agency section */
  own: { id: 'u-sct', role: 'editor', agency: 'SCT' },
  /** editor of SGTVT: a contributing agency with a write grant in every fixture */
  ctrW: { id: 'u-sgtvt', role: 'editor', agency: 'SGTVT' },
  /** editor of SNGV: a contributing agency without a write grant */
  ctr: { id: 'u-sngv', role: 'editor', agency: 'SNGV' },
  /** editor of SYT: unrelated to every fixture */
  str: { id: 'u-syt', role: 'editor', agency: 'SYT' },
  cons: { id: 'u-tv', role: 'consultant', agency: 'TV' },
  coord: { id: 'u-skhdt', role: 'coordinator', agency: 'SKHDT' },
  lead: { id: 'u-bcd', role: 'leader', agency: 'BCD' },
  /** the admin belongs to SKHDT, which owns one fixture: it still writes nothing */
  adm: { id: 'u-admin', role: 'admin', agency: 'SKHDT' },
};

const LOCK: SectionLock = {
  by: 'u-skhdt',
  byName: 'Nguyễn Văn An',
  byAgency: 'SKHDT',
  at: '2020-09-15T08:00:00.000Z',
  note: 'Đã phê duyệt',
};

const SECTION_KEYS = ['agency', 'synthesis', 'coordinator'] as const;
type SectionKey = (typeof SECTION_KEYS)[number];

const OWNERS: Record<SectionKey, string> = { agency: 'SCT', synthesis: 'TV', coordinator: 'SKHDT' };

function section(key: SectionKey, status: StatusCode, locked: boolean): SectionFacts {
  return {
    owner: OWNERS[key],
    // SKHDT contributes to the synthesis section (as in the demo plan) without a write grant.
    contributors: key === 'synthesis' ? ['SGTVT', 'SNGV', 'SKHDT'] : ['SGTVT', 'SNGV'],
    writers: ['SGTVT'],
    status,
    lock: locked ? LOCK : null,
  };
}

/* ---------------- writing: the table ---------------- */

/** Who writes in each status, restated from the workflow (checked against statuses.ts below). */
const EDITABLE_BY: Record<StatusCode, readonly string[]> = {
  CHUA_BAT_DAU: ['owner'],
  DU_THAO: ['owner', 'contributors'],
  DA_GUI_TU_VAN: ['consultant'],
  DANG_GOP_Y: [],
  DA_TIEP_THU: ['consultant', 'coordinator'],
  TRINH_BCD: [],
  TRINH_THAM_DINH: [],
  HOAN_THIEN_SAU_THAM_DINH: ['consultant', 'coordinator'],
  TRINH_PHE_DUYET: [],
  DA_DUYET_KHOA: [],
};

/**
 * The write decision of each actor on an unlocked section, per status.
 * Columns: own ctrW ctr str cons coord lead adm.
 * `W` writes; `no` = not-owner; `st` = status; `ro` = role.
 */
const WRITE_TABLE: Record<SectionKey, Record<StatusCode, string>> = {
  // owner SCT
  agency: {
    CHUA_BAT_DAU: /*             */ 'W  no no no no no ro ro',
    DU_THAO: /*                  */ 'W  W  no no no no ro ro',
    DA_GUI_TU_VAN: /*            */ 'st no no no W  no ro ro',
    DANG_GOP_Y: /*               */ 'st st st st st st ro ro',
    DA_TIEP_THU: /*              */ 'st no no no W  W  ro ro',
    TRINH_BCD: /*                */ 'st st st st st st ro ro',
    TRINH_THAM_DINH: /*          */ 'st st st st st st ro ro',
    HOAN_THIEN_SAU_THAM_DINH: /* */ 'st no no no W  W  ro ro',
    TRINH_PHE_DUYET: /*          */ 'st st st st st st ro ro',
    DA_DUYET_KHOA: /*            */ 'st st st st st st ro ro',
  },
  // owner TV (the consultant's synthesis sections, like MD, P1, S1_3)
  synthesis: {
    CHUA_BAT_DAU: /*             */ 'no no no no W  no ro ro',
    DU_THAO: /*                  */ 'no W  no no W  no ro ro',
    DA_GUI_TU_VAN: /*            */ 'no no no no W  no ro ro',
    DANG_GOP_Y: /*               */ 'st st st st st st ro ro',
    DA_TIEP_THU: /*              */ 'no no no no W  W  ro ro',
    TRINH_BCD: /*                */ 'st st st st st st ro ro',
    TRINH_THAM_DINH: /*          */ 'st st st st st st ro ro',
    HOAN_THIEN_SAU_THAM_DINH: /* */ 'no no no no W  W  ro ro',
    TRINH_PHE_DUYET: /*          */ 'st st st st st st ro ro',
    DA_DUYET_KHOA: /*            */ 'st st st st st st ro ro',
  },
  // owner SKHDT: the coordinator writes its own agency's sections (the admin of SKHDT does not)
  coordinator: {
    CHUA_BAT_DAU: /*             */ 'no no no no no W  ro ro',
    DU_THAO: /*                  */ 'no W  no no no W  ro ro',
    DA_GUI_TU_VAN: /*            */ 'no no no no W  st ro ro',
    DANG_GOP_Y: /*               */ 'st st st st st st ro ro',
    DA_TIEP_THU: /*              */ 'no no no no W  W  ro ro',
    TRINH_BCD: /*                */ 'st st st st st st ro ro',
    TRINH_THAM_DINH: /*          */ 'st st st st st st ro ro',
    HOAN_THIEN_SAU_THAM_DINH: /* */ 'no no no no W  W  ro ro',
    TRINH_PHE_DUYET: /*          */ 'st st st st st st ro ro',
    DA_DUYET_KHOA: /*            */ 'st st st st st st ro ro',
  },
};

const CELL: Record<string, Decision> = {
  W: { allowed: true },
  no: { allowed: false, reason: 'not-owner' },
  st: { allowed: false, reason: 'status' },
  ro: { allowed: false, reason: 'role' },
};

function expectedWrite(
  key: SectionKey,
  status: StatusCode,
  actor: ActorKey,
  locked: boolean,
): Decision {
  const cells = WRITE_TABLE[key][status].trim().split(/\s+/);
  expect(cells).toHaveLength(ACTOR_KEYS.length);
  const cell = cells[ACTOR_KEYS.indexOf(actor)] ?? '?';
  const decision = CELL[cell];
  if (!decision) throw new Error(`bad cell ${cell}`);
  // Nobody writes a locked section; leaders and admins are refused for their role first.
  if (locked && actor !== 'lead' && actor !== 'adm') return { allowed: false, reason: 'locked' };
  return decision;
}

/* ---------------- every other action ---------------- */

const deny = (reason: DenyReason): Decision => ({ allowed: false, reason });
const ALLOW: Decision = { allowed: true };
const onlyIf = (condition: boolean, reason: DenyReason): Decision =>
  condition ? ALLOW : deny(reason);

const CONTENT_ROLES = new Set(['own', 'ctrW', 'ctr', 'str', 'cons', 'coord']);
const ownsWithContentRole = (a: ActorKey, key: SectionKey): boolean =>
  CONTENT_ROLES.has(a) && ACTORS[a].agency === OWNERS[key];

interface Case {
  actor: ActorKey;
  section: SectionKey;
  status: StatusCode;
  locked: boolean;
}

/**
 * For each action: the resource to ask about, and the expected decision.
 * Typed over every action, so adding one to the policy fails to compile here until it is tabled.
 */
type Expectations = {
  [A in Action]: { resource: (c: Case) => ActionResources[A]; expect: (c: Case) => Decision }[];
};

const facts = (c: Case): SectionFacts => section(c.section, c.status, c.locked);

const EXPECTATIONS: Expectations = {
  // Every signed-in user reads every section, locked or not.
  read: [{ resource: facts, expect: () => ALLOW }],
  write: [
    { resource: facts, expect: (c) => expectedWrite(c.section, c.status, c.actor, c.locked) },
  ],
  // Everyone but the admin comments, in every state.
  comment: [{ resource: facts, expect: (c) => onlyIf(c.actor !== 'adm', 'role') }],
  // Proposing an edit is open to whoever may comment, writers or not, in every state.
  propose: [{ resource: facts, expect: (c) => onlyIf(c.actor !== 'adm', 'role') }],
  // The owning agency's content roles answer the comments on their section.
  respond: [
    {
      resource: facts,
      expect: (c) => onlyIf(ownsWithContentRole(c.actor, c.section), 'not-owner'),
    },
  ],
  resolveThread: [
    // one's own thread
    {
      resource: (c) => ({ section: facts(c), authorId: ACTORS[c.actor].id }),
      expect: () => ALLOW,
    },
    // someone else's: the coordinator or the owning agency
    {
      resource: (c) => ({ section: facts(c), authorId: 'u-somebody-else' }),
      expect: (c) =>
        onlyIf(c.actor === 'coord' || ownsWithContentRole(c.actor, c.section), 'not-author'),
    },
  ],
  editMessage: [
    { resource: (c) => ({ authorId: ACTORS[c.actor].id }), expect: () => ALLOW },
    { resource: () => ({ authorId: 'u-somebody-else' }), expect: () => deny('not-author') },
  ],
  lock: [
    {
      resource: facts,
      expect: (c) => (c.actor !== 'coord' ? deny('role') : onlyIf(!c.locked, 'locked')),
    },
  ],
  unlock: [
    {
      resource: facts,
      expect: (c) => (c.actor !== 'coord' ? deny('role') : onlyIf(c.locked, 'not-locked')),
    },
  ],
  assign: [{ resource: facts, expect: (c) => onlyIf(c.actor === 'coord', 'role') }],
  setStatus: [
    // moving to the same status is a degenerate case of each transition below
    {
      resource: (c) => ({ section: facts(c), to: c.status }),
      expect: (c) => statusRule(c, c.status),
    },
  ],
  // The owning agency's content roles and the coordinator take versions, in every state.
  takeVersion: [
    {
      resource: facts,
      expect: (c) =>
        onlyIf(c.actor === 'coord' || ownsWithContentRole(c.actor, c.section), 'not-owner'),
    },
  ],
  // Restoring and accepting a proposal: the owning agency, when the status lets it write.
  ownerEdit: [
    {
      resource: facts,
      expect: (c) =>
        ownsWithContentRole(c.actor, c.section)
          ? expectedWrite(c.section, c.status, c.actor, c.locked)
          : deny('not-owner'),
    },
  ],
  freezeEdition: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'coord', 'role') }],
  manageOutline: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'coord', 'role') }],
  viewDashboard: [
    { resource: () => null, expect: (c) => onlyIf(ACTORS[c.actor].role !== 'editor', 'role') },
  ],
  manageUsers: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'adm', 'role') }],
  manageAgencies: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'adm', 'role') }],
  managePlans: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'adm', 'role') }],
  viewAudit: [
    {
      resource: () => null,
      expect: (c) => onlyIf(c.actor === 'coord' || c.actor === 'adm', 'role'),
    },
  ],
  // An indicator owned by the agency of each fixture section: its staff and the coordinator edit
  // its values; leaders and admins never do (the admin of SKHDT included).
  editIndicatorValues: [
    {
      resource: (c) => ({ owner: OWNERS[c.section] }),
      expect: (c) =>
        c.actor === 'coord'
          ? ALLOW
          : c.actor === 'lead' || c.actor === 'adm'
            ? deny('role')
            : onlyIf(ownsWithContentRole(c.actor, c.section), 'not-owner'),
    },
  ],
  manageIndicators: [{ resource: () => null, expect: (c) => onlyIf(c.actor === 'coord', 'role') }],
  // The owning agency's content roles and the coordinator, once the section is unlocked.
  takeNewFigures: [
    {
      resource: facts,
      expect: (c) =>
        c.actor === 'coord' || ownsWithContentRole(c.actor, c.section)
          ? onlyIf(!c.locked, 'locked')
          : deny('not-owner'),
    },
  ],
};

/* ---------------- status transitions ---------------- */

const OWNER_STRETCH: readonly StatusCode[] = ['CHUA_BAT_DAU', 'DU_THAO', 'DA_GUI_TU_VAN'];
const REVIEW_STRETCH: readonly StatusCode[] = [
  'DA_GUI_TU_VAN',
  'DANG_GOP_Y',
  'DA_TIEP_THU',
  'TRINH_BCD',
  'TRINH_THAM_DINH',
  'HOAN_THIEN_SAU_THAM_DINH',
  'TRINH_PHE_DUYET',
];

/** Whether a move is allowed, from the rules as the issue states them. */
function statusAllowed(c: Case, to: StatusCode): boolean {
  if (c.actor === 'coord') return true; // the coordinator moves any section anywhere
  if (c.locked) return false;
  if (to === 'DA_DUYET_KHOA') return false; // only the coordinator approves and locks
  const from = c.status;
  const consultantMove =
    c.actor === 'cons' &&
    REVIEW_STRETCH.includes(from) &&
    (REVIEW_STRETCH.includes(to) || to === 'DU_THAO');
  const ownerMove =
    ownsWithContentRole(c.actor, c.section) &&
    OWNER_STRETCH.includes(from) &&
    OWNER_STRETCH.includes(to);
  return consultantMove || ownerMove;
}

function statusRule(c: Case, to: StatusCode): Decision {
  if (statusAllowed(c, to)) return ALLOW;
  if (c.locked) return deny('locked');
  if (to === 'DA_DUYET_KHOA') return deny('role');
  return deny(
    c.actor === 'cons' || ownsWithContentRole(c.actor, c.section) ? 'transition' : 'role',
  );
}

/* ---------------- the cases ---------------- */

const ALL_CASES: Case[] = ACTOR_KEYS.flatMap((actor) =>
  SECTION_KEYS.flatMap((sectionKey) =>
    STATUS_CODES.flatMap((status) =>
      [false, true].map((locked) => ({ actor, section: sectionKey, status, locked })),
    ),
  ),
);

const label = (c: Case): string =>
  `${c.actor} on ${c.section} section, ${c.status}${c.locked ? ', locked' : ''}`;

describe('policy table: every role × action × section state', () => {
  it('the restated workflow matches statuses.ts (who writes in each status)', () => {
    for (const status of STATUS_CODES) {
      expect([...statusDefinition(status).editableBy], status).toEqual(EDITABLE_BY[status]);
    }
    // the table covers exactly the ten statuses
    expect(STATUS_CODES).toHaveLength(10);
    for (const key of SECTION_KEYS) {
      expect(Object.keys(WRITE_TABLE[key]).sort()).toEqual([...STATUS_CODES].sort());
    }
  });

  it('the write table agrees with the per-status writers (owner / contributors / roles)', () => {
    // A second, independent reading of the table: W exactly when one of the status' writers
    // matches the actor.
    for (const c of ALL_CASES.filter((x) => !x.locked)) {
      const a = ACTORS[c.actor];
      const s = section(c.section, c.status, false);
      const matches = EDITABLE_BY[c.status].some((w) =>
        w === 'owner'
          ? a.agency === s.owner
          : w === 'contributors'
            ? s.contributors.includes(a.agency) && s.writers.includes(a.agency)
            : w === a.role,
      );
      const writesAtAll = CONTENT_ROLES.has(c.actor);
      expect(expectedWrite(c.section, c.status, c.actor, false).allowed, label(c)).toBe(
        writesAtAll && matches,
      );
    }
  });

  const actions = Object.keys(EXPECTATIONS) as Action[];

  it('covers every action of ActionResources', () => {
    expect(actions.sort()).toEqual(
      [
        'read',
        'write',
        'comment',
        'propose',
        'respond',
        'resolveThread',
        'editMessage',
        'lock',
        'unlock',
        'assign',
        'setStatus',
        'takeVersion',
        'ownerEdit',
        'freezeEdition',
        'manageOutline',
        'viewDashboard',
        'manageUsers',
        'manageAgencies',
        'managePlans',
        'viewAudit',
        'editIndicatorValues',
        'manageIndicators',
        'takeNewFigures',
      ].sort(),
    );
  });

  function checkAction<A extends Action>(action: A): number {
    const rows: Expectations[A] = EXPECTATIONS[action];
    let checked = 0;
    for (const c of ALL_CASES) {
      for (const row of rows) {
        const got = decide(ACTORS[c.actor], action, row.resource(c));
        expect(got, `${action}: ${label(c)}`).toEqual(row.expect(c));
        checked += 1;
      }
    }
    return checked;
  }

  for (const action of actions) {
    it(`${action}: every actor × section × status × lock`, () => {
      expect(checkAction(action)).toBeGreaterThanOrEqual(ALL_CASES.length);
    });
  }

  it('nobody writes a locked section, in any status', () => {
    for (const c of ALL_CASES.filter((x) => x.locked)) {
      expect(decide(ACTORS[c.actor], 'write', facts(c)).allowed, label(c)).toBe(false);
    }
  });

  it('a contributing agency writes only with a grant, and only while the status lets contributors write', () => {
    const granted = section('agency', 'DU_THAO', false);
    expect(decide(ACTORS.ctrW, 'write', granted)).toEqual(ALLOW);
    expect(decide(ACTORS.ctr, 'write', granted)).toEqual(deny('not-owner'));
    // a grant to an agency that is not (or no longer) contributing counts for nothing
    expect(decide(ACTORS.str, 'write', { ...granted, writers: ['SGTVT', 'SYT'] })).toEqual(
      deny('not-owner'),
    );
    // the grant is used only in DU_THAO
    expect(decide(ACTORS.ctrW, 'write', { ...granted, status: 'CHUA_BAT_DAU' })).toEqual(
      deny('not-owner'),
    );
  });
});

describe('policy: status transitions', () => {
  it(`every actor × from × to × lock (${ALL_CASES.length * STATUS_CODES.length} cases)`, () => {
    for (const c of ALL_CASES) {
      for (const to of STATUS_CODES) {
        const got = decide(ACTORS[c.actor], 'setStatus', { section: facts(c), to });
        expect(got, `${label(c)} → ${to}`).toEqual(statusRule(c, to));
      }
    }
  });

  it('spelled-out examples', () => {
    const agency = (status: StatusCode, locked = false) => section('agency', status, locked);
    const synthesis = (status: StatusCode) => section('synthesis', status, false);
    const move = (a: ActorKey, s: SectionFacts, to: StatusCode) =>
      decide(ACTORS[a], 'setStatus', { section: s, to });

    // the owning agency moves its own section among CHUA_BAT_DAU, DU_THAO, DA_GUI_TU_VAN
    expect(move('own', agency('CHUA_BAT_DAU'), 'DU_THAO')).toEqual(ALLOW);
    expect(move('own', agency('DU_THAO'), 'DA_GUI_TU_VAN')).toEqual(ALLOW);
    expect(move('own', agency('DA_GUI_TU_VAN'), 'DU_THAO')).toEqual(ALLOW);
    expect(move('own', agency('DA_GUI_TU_VAN'), 'DANG_GOP_Y')).toEqual(deny('transition'));
    expect(move('own', agency('DA_TIEP_THU'), 'DU_THAO')).toEqual(deny('transition'));
    // a contributing agency, even with a write grant, does not move the status
    expect(move('ctrW', agency('DU_THAO'), 'DA_GUI_TU_VAN')).toEqual(deny('role'));
    // the consultant within the review stretch, and back to draft
    expect(move('cons', agency('DA_GUI_TU_VAN'), 'DANG_GOP_Y')).toEqual(ALLOW);
    expect(move('cons', agency('DANG_GOP_Y'), 'DA_TIEP_THU')).toEqual(ALLOW);
    expect(move('cons', agency('TRINH_PHE_DUYET'), 'DU_THAO')).toEqual(ALLOW);
    expect(move('cons', agency('DU_THAO'), 'DA_GUI_TU_VAN')).toEqual(deny('transition'));
    expect(move('cons', agency('DA_TIEP_THU'), 'CHUA_BAT_DAU')).toEqual(deny('transition'));
    // ...and as the owner of the synthesis sections, the owner stretch too
    expect(move('cons', synthesis('CHUA_BAT_DAU'), 'DU_THAO')).toEqual(ALLOW);
    // only the coordinator approves and locks
    expect(move('cons', agency('TRINH_PHE_DUYET'), 'DA_DUYET_KHOA')).toEqual(deny('role'));
    expect(move('own', agency('DU_THAO'), 'DA_DUYET_KHOA')).toEqual(deny('role'));
    expect(move('coord', agency('TRINH_PHE_DUYET'), 'DA_DUYET_KHOA')).toEqual(ALLOW);
    // the coordinator moves anything anywhere, locked or not
    expect(move('coord', agency('DA_DUYET_KHOA', true), 'CHUA_BAT_DAU')).toEqual(ALLOW);
    // nobody else touches a locked section
    expect(move('own', agency('DU_THAO', true), 'DA_GUI_TU_VAN')).toEqual(deny('locked'));
    expect(move('cons', agency('DANG_GOP_Y', true), 'DA_TIEP_THU')).toEqual(deny('locked'));
    // leaders and admins move nothing
    expect(move('lead', agency('DU_THAO'), 'DA_GUI_TU_VAN')).toEqual(deny('role'));
    expect(move('adm', section('coordinator', 'DU_THAO', false), 'DA_GUI_TU_VAN')).toEqual(
      deny('role'),
    );
  });
});
