/** From validated network shapes to the app's types. */
import type { AgencyKind, ManagedAgency, PlanSummary, PublicUser } from '../../../shared/model.js';
import type { PlanSection, PlanView } from '../plan/types.js';
import type { SectionWire } from '../../../shared/api/sections.js';
import type { UserWire } from '../../../shared/api/users.js';
import type { AgencyWire, PlanDetailWire, PlanSummaryWire } from './wire.js';

const KINDS: readonly AgencyKind[] = [
  'department',
  'district',
  'consultant',
  'coordinator',
  'other',
];

export function toUser(wire: UserWire): PublicUser {
  return { ...wire };
}

export function toAgency(wire: AgencyWire): ManagedAgency {
  const kind = KINDS.find((k) => k === wire.kind) ?? 'other';
  const active = wire.active ?? true;
  return { code: wire.code, nameVi: wire.nameVi, nameEn: wire.nameEn, kind, active };
}

export function toPlanSummary(wire: PlanSummaryWire): PlanSummary {
  return { ...wire, province: wire.province ?? '', archived: wire.archived ?? false };
}

export function toSection(wire: SectionWire): PlanSection {
  return {
    id: wire.id,
    number: wire.number,
    titleVi: wire.titleVi,
    titleEn: wire.titleEn,
    parentId: wire.parentId,
    position: wire.position,
    owner: wire.owner,
    contributors: wire.contributors,
    writers: wire.writers,
    status: wire.status,
    lock: wire.lock,
    synthesis: wire.synthesis ?? false,
    dueDate: wire.dueDate ?? null,
  };
}

export function toPlanView(wire: PlanDetailWire): PlanView {
  const { sections, ...summary } = wire;
  return { ...toPlanSummary(summary), sections: sections.map(toSection) };
}
