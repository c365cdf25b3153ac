import type {
  ActivityItem,
  AgencyProgress,
  Dashboard,
  OverdueSection,
} from '../../shared/dashboard.js';
import { DUE_BEFORE_STATUSES } from '../../shared/dashboard.js';
import { STATUS_CODES, statusIndex, type StatusCode } from '../../shared/statuses.js';
import type { SectionRecord } from '../store/plans.js';
import type { ThreadCounts } from '../store/threads.js';
import type { SectionFactsRecord } from '../store/workflow.js';

export interface DashboardInput {
  sections: readonly SectionRecord[];
  facts: readonly SectionFactsRecord[];
  threads: ReadonlyMap<string, ThreadCounts>;
  recent: readonly ActivityItem[];
  now: Date;
}

const DAY = 86_400_000;
const LAST_STATUS = STATUS_CODES.length - 1;

function daysLate(section: SectionRecord, now: Date): number {
  if (!section.dueDate || !DUE_BEFORE_STATUSES.includes(section.status)) return 0;
  // A due date ends at midnight in Vietnam (UTC+7), where the plan is written.
  const due = Date.parse(`${section.dueDate}T23:59:59.999+07:00`);
  return now.getTime() > due ? Math.ceil((now.getTime() - due) / DAY) : 0;
}

function countByStatus(sections: readonly SectionRecord[]): Partial<Record<StatusCode, number>> {
  const counts: Partial<Record<StatusCode, number>> = {};
  for (const s of sections) counts[s.status] = (counts[s.status] ?? 0) + 1;
  return counts;
}

const latest = (a: string | null, b: string | null): string | null =>
  a && b ? (a > b ? a : b) : (a ?? b);

/** The figures of the progress dashboard, from plain data (so they can be tested as a table). */
export function buildDashboard(input: DashboardInput): Dashboard {
  const { sections, now } = input;
  const facts = new Map(input.facts.map((f) => [f.sectionId, f]));
  const overdue: OverdueSection[] = sections
    .map((s) => ({ s, late: daysLate(s, now) }))
    .filter(({ late }) => late > 0)
    .sort((a, b) => b.late - a.late)
    .map(({ s, late }) => ({
      sectionId: s.id,
      number: s.number,
      titleVi: s.titleVi,
      titleEn: s.titleEn,
      owner: s.owner,
      status: s.status,
      dueDate: s.dueDate ?? '',
      daysLate: late,
    }));

  const agencies = new Map<string, AgencyProgress>();
  for (const s of sections) {
    const a = agencies.get(s.owner) ?? {
      agency: s.owner,
      owned: 0,
      byStatus: {},
      overdue: 0,
      toAnswer: 0,
      lastActivity: null,
      words: 0,
    };
    a.owned += 1;
    a.byStatus[s.status] = (a.byStatus[s.status] ?? 0) + 1;
    a.overdue += daysLate(s, now) > 0 ? 1 : 0;
    a.toAnswer += input.threads.get(s.id)?.unanswered ?? 0;
    a.words += facts.get(s.id)?.words ?? 0;
    a.lastActivity = latest(a.lastActivity, facts.get(s.id)?.lastEditedAt ?? null);
    agencies.set(s.owner, a);
  }

  const progress =
    sections.length === 0
      ? 0
      : sections.reduce((sum, s) => sum + statusIndex(s.status) / LAST_STATUS, 0) / sections.length;
  return {
    asOf: now.toISOString(),
    totals: {
      sections: sections.length,
      byStatus: countByStatus(sections),
      progress,
      overdue: overdue.length,
      openThreads: [...input.threads.values()].reduce((sum, c) => sum + c.open, 0),
    },
    agencies: [...agencies.values()].sort(
      (a, b) =>
        b.overdue - a.overdue || b.toAnswer - a.toAnswer || a.agency.localeCompare(b.agency),
    ),
    overdue,
    recent: [...input.recent],
  };
}
