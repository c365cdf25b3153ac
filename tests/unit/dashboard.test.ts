/**
 * The dashboard's figures from a seeded scenario, as tables: totals by status, progress, the
 * per-agency rows (owned, by status, overdue, to answer, last activity, words) and the overdue
 * list sorted by lateness. Expected figures are worked out by hand from the scenario.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityItem, AgencyProgress } from '../../shared/dashboard.js';
import type { StatusCode } from '../../shared/statuses.js';
import { buildDashboard } from '../../server/plan/dashboard.js';
import type { SectionRecord } from '../../server/store/plans.js';
import type { ThreadCounts } from '../../server/store/threads.js';
import type { SectionFactsRecord } from '../../server/store/workflow.js';

/** 15 June 2021, noon UTC. */
const NOW = new Date('2021-06-15T12:00:00.000Z');

let position = 0;
function section(
  id: string,
  owner: string,
  status: StatusCode,
  dueDate: string | null = null,
): SectionRecord {
  position += 1;
  return {
    id,
    planId: 'P',
    number: id.replace('_', '.'),
    titleVi: `Mục ${id}`,
    titleEn: `Section ${id}`,
    parentId: null,
    position,
    owner,
    contributors: [],
    writers: [],
    synthesis: false,
    status,
    lock:
      status === 'DA_DUYET_KHOA'
        ? {
            by: 'u',
            byName: 'Điều phối',
            byAgency: 'SKHDT',
            at: '2021-06-01T00:00:00.000Z',
            note: '',
          }
        : null,
    dueDate,
    deletedAt: null,
  };
}

const SECTIONS: SectionRecord[] = [
  section('A_1', 'SCT', 'DU_THAO', '2021-06-10'), // 5 days late
  section('A_2', 'SCT', 'CHUA_BAT_DAU', '2021-06-01'), // 14 days late
  section('A_3', 'SCT', 'DA_GUI_TU_VAN', '2021-05-01'), // past due, but it reached the consultant
  section('A_4', 'SCT', 'DU_THAO', '2021-07-01'), // due in the future
  section('A_5', 'SCT', 'DU_THAO', '2021-06-15'), // due today: not late yet
  section('B_1', 'SGTVT', 'DU_THAO', '2021-06-14'), // 1 day late
  section('B_2', 'SGTVT', 'DANG_GOP_Y'),
  section('C_1', 'TV', 'DA_DUYET_KHOA'),
  section('D_1', 'SYT', 'CHUA_BAT_DAU'),
];

const THREADS = new Map<string, ThreadCounts>([
  ['A_1', { total: 3, open: 2, unanswered: 1 }],
  ['B_2', { total: 1, open: 1, unanswered: 1 }],
  ['C_1', { total: 2, open: 0, unanswered: 0 }],
]);

const fact = (
  sectionId: string,
  words: number,
  lastEditedAt: string | null,
): SectionFactsRecord => ({
  sectionId,
  words,
  lastEditedBy: lastEditedAt ? 'u-sct' : null,
  lastEditedByName: lastEditedAt ? 'Hoàng Văn Đức' : null,
  lastEditedAt,
});

const FACTS: SectionFactsRecord[] = [
  fact('A_1', 120, '2021-06-14T08:00:00.000Z'),
  fact('A_3', 30, '2021-06-15T09:00:00.000Z'),
  fact('A_4', 0, null),
  fact('B_1', 5, '2021-06-01T00:00:00.000Z'),
  // Facts of a section that is not in the plan given are ignored.
  fact('X_9', 999, '2021-06-15T11:00:00.000Z'),
];

const RECENT: ActivityItem[] = [
  {
    at: '2021-06-15T10:00:00.000Z',
    actorName: 'Nguyễn Văn An',
    agency: 'SKHDT',
    action: 'status',
    sectionId: 'B_2',
    detail: 'DA_GUI_TU_VAN → DANG_GOP_Y',
  },
];

const dashboard = buildDashboard({
  sections: SECTIONS,
  facts: FACTS,
  threads: THREADS,
  recent: RECENT,
  now: NOW,
});

describe('buildDashboard on a seeded scenario', () => {
  it('totals', () => {
    expect(dashboard.asOf).toBe(NOW.toISOString());
    expect(dashboard.totals).toEqual({
      sections: 9,
      byStatus: {
        DU_THAO: 4,
        CHUA_BAT_DAU: 2,
        DA_GUI_TU_VAN: 1,
        DANG_GOP_Y: 1,
        DA_DUYET_KHOA: 1,
      },
      // Status indexes 1+0+2+1+1+1+3+9+0 = 18, each over 9 steps, averaged over 9 sections.
      progress: expect.closeTo(18 / 9 / 9, 10) as number,
      overdue: 3,
      openThreads: 3,
    });
  });

  it('the overdue list, latest first', () => {
    expect(dashboard.overdue).toEqual([
      {
        sectionId: 'A_2',
        number: 'A.2',
        titleVi: 'Mục A_2',
        titleEn: 'Section A_2',
        owner: 'SCT',
        status: 'CHUA_BAT_DAU',
        dueDate: '2021-06-01',
        daysLate: 14,
      },
      {
        sectionId: 'A_1',
        number: 'A.1',
        titleVi: 'Mục A_1',
        titleEn: 'Section A_1',
        owner: 'SCT',
        status: 'DU_THAO',
        dueDate: '2021-06-10',
        daysLate: 5,
      },
      {
        sectionId: 'B_1',
        number: 'B.1',
        titleVi: 'Mục B_1',
        titleEn: 'Section B_1',
        owner: 'SGTVT',
        status: 'DU_THAO',
        dueDate: '2021-06-14',
        daysLate: 1,
      },
    ]);
  });

  const ROWS: AgencyProgress[] = [
    {
      agency: 'SCT',
      owned: 5,
      byStatus: { DU_THAO: 3, CHUA_BAT_DAU: 1, DA_GUI_TU_VAN: 1 },
      overdue: 2,
      toAnswer: 1,
      lastActivity: '2021-06-15T09:00:00.000Z',
      words: 150,
    },
    {
      agency: 'SGTVT',
      owned: 2,
      byStatus: { DU_THAO: 1, DANG_GOP_Y: 1 },
      overdue: 1,
      toAnswer: 1,
      lastActivity: '2021-06-01T00:00:00.000Z',
      words: 5,
    },
    {
      agency: 'SYT',
      owned: 1,
      byStatus: { CHUA_BAT_DAU: 1 },
      overdue: 0,
      toAnswer: 0,
      lastActivity: null,
      words: 0,
    },
    {
      agency: 'TV',
      owned: 1,
      byStatus: { DA_DUYET_KHOA: 1 },
      overdue: 0,
      toAnswer: 0,
      lastActivity: null,
      words: 0,
    },
  ];

  it('one row per owning agency: most overdue first, then most to answer, then by code', () => {
    expect(dashboard.agencies.map((a) => a.agency)).toEqual(ROWS.map((r) => r.agency));
  });

  it.each(ROWS)('the row of $agency', (row) => {
    expect(dashboard.agencies.find((a) => a.agency === row.agency)).toEqual(row);
  });

  it('passes the recent activity through', () => {
    expect(dashboard.recent).toEqual(RECENT);
  });
});

describe('buildDashboard: lateness', () => {
  it.each<{ due: string; now: string; status: StatusCode; late: number }>([
    // A due day ends at midnight in Vietnam (UTC+7): 2021-06-15T16:59:59.999Z.
    { due: '2021-06-15', now: '2021-06-15T16:59:59.000Z', status: 'DU_THAO', late: 0 },
    { due: '2021-06-15', now: '2021-06-15T17:00:00.000Z', status: 'DU_THAO', late: 1 },
    { due: '2021-06-15', now: '2021-06-16T16:00:00.000Z', status: 'DU_THAO', late: 1 },
    { due: '2021-06-15', now: '2021-06-16T17:00:01.000Z', status: 'DU_THAO', late: 2 },
    { due: '2020-12-31', now: '2021-01-31T12:00:00.000Z', status: 'CHUA_BAT_DAU', late: 31 },
    { due: '2021-06-01', now: '2021-06-15T00:00:00.000Z', status: 'DA_GUI_TU_VAN', late: 0 },
    { due: '2021-06-01', now: '2021-06-15T00:00:00.000Z', status: 'DANG_GOP_Y', late: 0 },
    { due: '2021-06-01', now: '2021-06-15T00:00:00.000Z', status: 'DA_DUYET_KHOA', late: 0 },
  ])('due $due, $status, at $now → $late', ({ due, now, status, late }) => {
    const d = buildDashboard({
      sections: [section('L_1', 'SCT', status, due)],
      facts: [],
      threads: new Map(),
      recent: [],
      now: new Date(now),
    });
    expect(d.overdue.map((o) => o.daysLate)).toEqual(late > 0 ? [late] : []);
    expect(d.totals.overdue).toBe(late > 0 ? 1 : 0);
    expect(d.agencies[0]?.overdue).toBe(late > 0 ? 1 : 0);
  });
});

describe('buildDashboard: progress', () => {
  const progressOf = (...statuses: StatusCode[]): number =>
    buildDashboard({
      sections: statuses.map((s, i) => section(`P_${i}`, 'SCT', s)),
      facts: [],
      threads: new Map(),
      recent: [],
      now: NOW,
    }).totals.progress;

  it.each<{ statuses: StatusCode[]; progress: number }>([
    { statuses: [], progress: 0 },
    { statuses: ['CHUA_BAT_DAU'], progress: 0 },
    { statuses: ['DA_DUYET_KHOA'], progress: 1 },
    { statuses: ['CHUA_BAT_DAU', 'DA_DUYET_KHOA'], progress: 0.5 },
    { statuses: ['DANG_GOP_Y', 'DANG_GOP_Y', 'DANG_GOP_Y'], progress: 3 / 9 },
  ])('$statuses → $progress', ({ statuses, progress }) => {
    expect(progressOf(...statuses)).toBeCloseTo(progress, 10);
  });

  it('an empty plan has no agencies and nothing overdue', () => {
    const d = buildDashboard({ sections: [], facts: [], threads: new Map(), recent: [], now: NOW });
    expect(d.totals).toEqual({
      sections: 0,
      byStatus: {},
      progress: 0,
      overdue: 0,
      openThreads: 0,
    });
    expect(d.agencies).toEqual([]);
    expect(d.overdue).toEqual([]);
  });
});
