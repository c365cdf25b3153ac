/**
 * A new plan's sections from the outline PlanFold ships (the legal outline of a provincial plan,
 * Law on Planning art. 27, Decree 37/2019 art. 28). Each section goes to the agency of the same
 * code when the province has it; the synthesis sections to its consultant; every other section
 * waits with the planning agency (kind `coordinator`) until the coordinator assigns it.
 */
import type { AgencyKind, ManagedAgency } from '../../shared/model.js';
import { AppError } from '../errors.js';
import { langSonOutline } from '../seed/outlineFile.js';
import type { PlanRecord, SectionRecord } from '../store/plans.js';

type PlanPeriod = Pick<PlanRecord, 'periodStart' | 'periodEnd' | 'vision'>;

/** Kinds a province has one of: the template's owner of that kind maps to the province's. */
const SINGLE_KINDS: readonly AgencyKind[] = ['consultant', 'coordinator'];

/**
 * The template's titles name its own years ("Thực trạng kinh tế 2011–2020", "đến năm 2030"): a plan
 * for another period gets its own — the previous period of the same length, its start and end,
 * its vision year. Other numbers are left as they are.
 */
export function redatedTitle(title: string, from: PlanPeriod, to: PlanPeriod): string {
  const fromLength = from.periodEnd - from.periodStart + 1;
  const toLength = to.periodEnd - to.periodStart + 1;
  const years = new Map<number, number>([
    [from.periodStart - fromLength, to.periodStart - toLength],
    [from.periodStart - 1, to.periodStart - 1],
    [from.periodStart, to.periodStart],
    [from.periodEnd, to.periodEnd],
    [from.vision, to.vision],
  ]);
  return title.replace(/\b\d{4}\b/g, (year) => String(years.get(Number(year)) ?? year));
}

export function templateSections(
  planId: string,
  period: PlanPeriod,
  agencies: readonly ManagedAgency[],
): SectionRecord[] {
  const outline = langSonOutline();
  const from: PlanPeriod = {
    periodStart: outline.plan.period_start,
    periodEnd: outline.plan.period_end,
    vision: outline.plan.vision,
  };
  const active = agencies.filter((a) => a.active);
  const planner = active.find((a) => a.kind === 'coordinator');
  if (!planner) {
    throw new AppError(
      409,
      'no-planning-agency',
      'The outline template needs an active planning agency (kind coordinator) to hold the sections until they are assigned; create it first, or start from an empty plan.',
    );
  }
  const kindOf = new Map(outline.agencies.map((a) => [a.code, a.kind]));
  const activeCodes = new Set(active.map((a) => a.code));
  const ownerFor = (code: string): string => {
    if (activeCodes.has(code)) return code;
    const kind = kindOf.get(code);
    const sameKind = kind && SINGLE_KINDS.includes(kind) && active.find((a) => a.kind === kind);
    return sameKind ? sameKind.code : planner.code;
  };
  const idOf = (templateId: string) => `${planId}_${templateId}`;

  return outline.sections.map((s, position) => {
    const owner = ownerFor(s.owner);
    return {
      id: idOf(s.id),
      planId,
      number: s.number,
      titleVi: redatedTitle(s.title_vi, from, period),
      titleEn: redatedTitle(s.title_en, from, period),
      parentId: s.parent === null ? null : idOf(s.parent),
      position,
      owner,
      contributors: s.contributors.filter((c) => activeCodes.has(c) && c !== owner),
      writers: [],
      synthesis: s.synthesis,
      status: 'CHUA_BAT_DAU',
      lock: null,
      dueDate: null,
      deletedAt: null,
    };
  });
}
