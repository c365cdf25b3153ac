/**
 * A new plan's sections from the outline PlanFold ships (the legal outline of a provincial plan,
 * Law on Planning art. 27, Decree 37/2019 art. 28). Each section goes to the agency of the same
 * code when the province has it; the synthesis sections to its consultant; every other section
 * waits with the planning agency (kind `coordinator`) until the coordinator assigns it.
 */
import type { AgencyKind, ManagedAgency } from '../../shared/model.js';
import { AppError } from '../errors.js';
import { langSonOutline } from '../seed/outlineFile.js';
import type { SectionRecord } from '../store/plans.js';

/** Kinds a province has one of: the template's owner of that kind maps to the province's. */
const SINGLE_KINDS: readonly AgencyKind[] = ['consultant', 'coordinator'];

export function templateSections(
  planId: string,
  agencies: readonly ManagedAgency[],
): SectionRecord[] {
  const outline = langSonOutline();
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
      titleVi: s.title_vi,
      titleEn: s.title_en,
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
