/**
 * Which sections an export or a reading asks for: `?sections=P3,S1_1` (all when omitted), in
 * outline order with their parts' headings, or a clear 400 naming the ids the plan does not have.
 */
import { z } from 'zod';
import { AppError, notFound } from '../../errors.js';
import { selectSections, type OutlineEntry } from '../../export/selection.js';
import type { SectionDirectory } from '../../plan/directory.js';
import type { PlanRecord } from '../../store/plans.js';

const SectionId = /^[A-Za-z0-9_-]{1,64}$/;

export const SectionsQuery = z.object({
  sections: z
    .string()
    .max(4000)
    .transform((list) => list.split(',').filter((id) => id !== ''))
    .pipe(z.array(z.string().regex(SectionId, 'a section id such as S1_1')).min(1).max(500))
    .optional(),
});

export function planOf(directory: SectionDirectory, planId: string): PlanRecord {
  const plan = directory.plan(planId);
  if (!plan) throw notFound('Plan');
  return plan;
}

export function chosenSections(
  directory: SectionDirectory,
  plan: PlanRecord,
  ids: readonly string[] | undefined,
): OutlineEntry[] {
  const chosen = selectSections(directory.sectionsOf(plan.id), ids ?? null);
  if ('unknown' in chosen) {
    throw new AppError(
      400,
      'unknown-sections',
      `Not sections of this plan: ${chosen.unknown.join(', ')}.`,
    );
  }
  return chosen.entries;
}
