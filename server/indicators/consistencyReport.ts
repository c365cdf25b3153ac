import { typedFigures, type TypedFigure } from '../../shared/consistency.js';
import { indicatorRefsIn } from '../../shared/editor/indicatorRef.js';
import { referenceKey, shownFigure } from '../../shared/indicatorRefs.js';
import { notFound } from '../errors.js';
import type { SectionDirectory } from '../plan/directory.js';
import type { Store } from '../store/store.js';
import type { SectionReferences } from './sectionReferences.js';

export interface ReferenceProblem {
  indicatorId: string;
  year: number;
}

export interface ConsistencyReport {
  /** Numbers typed by hand next to an indicator's name (shared/consistency.ts). */
  typed: TypedFigure[];
  /** References to retired indicators. */
  retired: ReferenceProblem[];
  /** References to an indicator or a year the registry does not have. */
  missing: ReferenceProblem[];
  /** Frozen figures the registry has changed since the approval. */
  moved: (ReferenceProblem & { frozen: number; current: number | null })[];
}

/** Where a section's figures disagree with the registry (issue 13, point 5). */
export async function consistencyReport(
  store: Store,
  directory: SectionDirectory,
  references: SectionReferences,
  sectionId: string,
): Promise<ConsistencyReport> {
  const section = directory.section(sectionId);
  if (!section) throw notFound('Section');
  const all = await store.indicators.ofPlan(section.planId);
  const byId = new Map(all.map((i) => [i.id, i]));
  const freeze = (await store.indicatorFreezes.ofSection(sectionId)) ?? {};
  const text = await references.text(sectionId);

  const typed: TypedFigure[] = [];
  const live = all.filter((i) => !i.retired);
  // Paragraph by paragraph: a heading without a full stop is no part of the next sentence.
  text.descendants((node) => {
    if (!node.isTextblock) return true;
    typed.push(...typedFigures(node.textContent, live));
    return false;
  });

  const report: ConsistencyReport = { typed, retired: [], missing: [], moved: [] };
  const seen = new Set<string>();
  for (const ref of indicatorRefsIn(text)) {
    const key = referenceKey(ref.indicator, ref.year);
    if (seen.has(key)) continue;
    seen.add(key);
    const indicator = byId.get(ref.indicator);
    const shown = shownFigure(indicator, ref.year, freeze[key]);
    const problem = { indicatorId: ref.indicator, year: ref.year };
    if (indicator?.retired) report.retired.push(problem);
    if (shown.state === 'missing') report.missing.push(problem);
    if (shown.state === 'moved' && shown.value !== null) {
      report.moved.push({ ...problem, frozen: shown.value, current: shown.current?.value ?? null });
    }
  }
  return report;
}
