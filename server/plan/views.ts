import type { Section } from '../../shared/model.js';
import type { SectionRecord } from '../store/plans.js';

/** A section as clients see it, in both languages (the plan room carries both). */
export type SectionView = Omit<Section, 'title'> & { locked: boolean };

export function toSectionView(s: SectionRecord): SectionView {
  return {
    id: s.id,
    planId: s.planId,
    number: s.number,
    titleVi: s.titleVi,
    titleEn: s.titleEn,
    parentId: s.parentId,
    position: s.position,
    owner: s.owner,
    contributors: s.contributors,
    writers: s.writers,
    status: s.status,
    locked: s.lock !== null,
    lock: s.lock,
    synthesis: s.synthesis,
    dueDate: s.dueDate,
  };
}

export type Language = 'vi' | 'en';

export function withTitle(view: SectionView, language: Language): SectionView & { title: string } {
  return { ...view, title: language === 'en' ? view.titleEn : view.titleVi };
}
