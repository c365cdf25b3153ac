/**
 * The status transition table of the shared policy (`decide(actor, 'setStatus', …)`), over all
 * 10 × 10 from/to pairs, locked and unlocked, for every kind of actor.
 *
 * The expected sets are written from the rules of issue 5 and docs/api.md, not from the code:
 *  - the owning agency moves its section between CHUA_BAT_DAU, DU_THAO and DA_GUI_TU_VAN;
 *  - the consultant moves a section through the review stretch (DA_GUI_TU_VAN … TRINH_PHE_DUYET)
 *    and back to DU_THAO;
 *  - only the coordinator sets DA_DUYET_KHOA; the coordinator may set any status;
 *  - nobody but the coordinator changes the status of a locked section;
 *  - everyone else (other agencies, contributors with a write grant, leaders, admins) nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Actor, SectionFacts, SectionLock } from '../../shared/model.js';
import { decide } from '../../shared/policy.js';
import { STATUS_CODES, type StatusCode } from '../../shared/statuses.js';

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

const LOCK: SectionLock = {
  by: 'u-skhdt',
  byName: 'Nguyễn Văn An',
  byAgency: 'SKHDT',
  at: '2021-06-01T00:00:00.000Z',
  note: 'Đã phê duyệt',
};

type Rule = (from: StatusCode, to: StatusCode) => boolean;

const ownerRule: Rule = (from, to) => OWNER_STRETCH.includes(from) && OWNER_STRETCH.includes(to);
const consultantRule: Rule = (from, to) =>
  REVIEW_STRETCH.includes(from) && (REVIEW_STRETCH.includes(to) || to === 'DU_THAO');
const nothing: Rule = () => false;
const everything: Rule = () => true;

interface Row {
  name: string;
  actor: Actor;
  /** Who owns the section (SGTVT contributes to it with a write grant). */
  owner: string;
  unlocked: Rule;
  locked: Rule;
}

const ROWS: Row[] = [
  {
    name: 'editor of the owning agency',
    actor: { id: 'u-sct', role: 'editor', agency: 'SCT' },
    owner: 'SCT',
    unlocked: ownerRule,
    locked: nothing,
  },
  {
    name: 'editor of another agency',
    actor: { id: 'u-syt', role: 'editor', agency: 'SYT' },
    owner: 'SCT',
    unlocked: nothing,
    locked: nothing,
  },
  {
    name: 'editor of a contributing agency allowed to write',
    actor: { id: 'u-sgtvt', role: 'editor', agency: 'SGTVT' },
    owner: 'SCT',
    unlocked: nothing,
    locked: nothing,
  },
  {
    name: 'consultant on an agency section',
    actor: { id: 'u-tv', role: 'consultant', agency: 'TV' },
    owner: 'SCT',
    unlocked: consultantRule,
    locked: nothing,
  },
  {
    name: 'consultant on its own synthesis section',
    actor: { id: 'u-tv', role: 'consultant', agency: 'TV' },
    owner: 'TV',
    unlocked: (from, to) => consultantRule(from, to) || ownerRule(from, to),
    locked: nothing,
  },
  {
    name: 'coordinator',
    actor: { id: 'u-skhdt', role: 'coordinator', agency: 'SKHDT' },
    owner: 'SCT',
    unlocked: everything,
    locked: everything,
  },
  {
    name: 'coordinator on its own section',
    actor: { id: 'u-skhdt', role: 'coordinator', agency: 'SKHDT' },
    owner: 'SKHDT',
    unlocked: everything,
    locked: everything,
  },
  {
    name: 'leader',
    actor: { id: 'u-bcd', role: 'leader', agency: 'BCD' },
    owner: 'SCT',
    unlocked: nothing,
    locked: nothing,
  },
  {
    name: 'admin (of SKHDT) on a SKHDT section',
    actor: { id: 'u-admin', role: 'admin', agency: 'SKHDT' },
    owner: 'SKHDT',
    unlocked: nothing,
    locked: nothing,
  },
];

const section = (owner: string, status: StatusCode, locked: boolean): SectionFacts => ({
  owner,
  contributors: ['SGTVT', 'SNGV'],
  writers: ['SGTVT'],
  status,
  lock: locked ? LOCK : null,
});

const PAIRS: [StatusCode, StatusCode][] = STATUS_CODES.flatMap((from) =>
  STATUS_CODES.map((to): [StatusCode, StatusCode] => [from, to]),
);

/** The pairs a rule allows, as "FROM → TO", in table order. */
const allowedBy = (rule: Rule): string[] =>
  PAIRS.filter(([from, to]) => rule(from, to)).map(([from, to]) => `${from} → ${to}`);

const allowedByPolicy = (row: Row, locked: boolean): string[] =>
  PAIRS.filter(
    ([from, to]) =>
      decide(row.actor, 'setStatus', { section: section(row.owner, from, locked), to }).allowed,
  ).map(([from, to]) => `${from} → ${to}`);

describe('status transitions: the whole table', () => {
  it('has ten statuses in process order', () => {
    expect(STATUS_CODES).toEqual([
      'CHUA_BAT_DAU',
      'DU_THAO',
      'DA_GUI_TU_VAN',
      'DANG_GOP_Y',
      'DA_TIEP_THU',
      'TRINH_BCD',
      'TRINH_THAM_DINH',
      'HOAN_THIEN_SAU_THAM_DINH',
      'TRINH_PHE_DUYET',
      'DA_DUYET_KHOA',
    ]);
    expect(PAIRS).toHaveLength(100);
  });

  describe.each(ROWS)('$name', (row) => {
    it('unlocked section', () => {
      expect(allowedByPolicy(row, false)).toEqual(allowedBy(row.unlocked));
    });
    it('locked section', () => {
      expect(allowedByPolicy(row, true)).toEqual(allowedBy(row.locked));
    });
  });

  it('the expected sets have the sizes the rules imply', () => {
    expect(allowedBy(ownerRule)).toHaveLength(9);
    expect(allowedBy(consultantRule)).toHaveLength(7 * 8);
    expect(allowedBy(everything)).toHaveLength(100);
  });
});

describe('status transitions: the reasons given', () => {
  const own = ROWS[0]!.actor;
  const tv = ROWS[3]!.actor;
  const bcd = ROWS[7]!.actor;
  it.each<{
    name: string;
    actor: Actor;
    from: StatusCode;
    to: StatusCode;
    locked: boolean;
    reason: string;
  }>([
    {
      name: 'owner approves its own section',
      actor: own,
      from: 'DU_THAO',
      to: 'DA_DUYET_KHOA',
      locked: false,
      reason: 'role',
    },
    {
      name: 'consultant approves',
      actor: tv,
      from: 'TRINH_PHE_DUYET',
      to: 'DA_DUYET_KHOA',
      locked: false,
      reason: 'role',
    },
    {
      name: 'owner opens consultation',
      actor: own,
      from: 'DU_THAO',
      to: 'DANG_GOP_Y',
      locked: false,
      reason: 'transition',
    },
    {
      name: 'owner pulls back from review',
      actor: own,
      from: 'DANG_GOP_Y',
      to: 'DU_THAO',
      locked: false,
      reason: 'transition',
    },
    {
      name: 'consultant starts a draft',
      actor: tv,
      from: 'CHUA_BAT_DAU',
      to: 'DU_THAO',
      locked: false,
      reason: 'transition',
    },
    {
      name: 'owner changes a locked section',
      actor: own,
      from: 'DU_THAO',
      to: 'DA_GUI_TU_VAN',
      locked: true,
      reason: 'locked',
    },
    {
      name: 'consultant changes a locked section',
      actor: tv,
      from: 'DANG_GOP_Y',
      to: 'DA_TIEP_THU',
      locked: true,
      reason: 'locked',
    },
    {
      name: 'leader',
      actor: bcd,
      from: 'DU_THAO',
      to: 'DA_GUI_TU_VAN',
      locked: false,
      reason: 'role',
    },
  ])('$name → $reason', ({ actor, from, to, locked, reason }) => {
    expect(decide(actor, 'setStatus', { section: section('SCT', from, locked), to })).toEqual({
      allowed: false,
      reason,
    });
  });
});
