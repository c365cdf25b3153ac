/** Which sections are "mine": my agency leads them, or contributes with a write grant. */
import type { Actor } from '../../../shared/model.js';
import type { PlanSection } from '../plan/types.js';

export type MyRole = 'owner' | 'writer';

export interface MySection {
  section: PlanSection;
  role: MyRole;
}

export function mySections(actor: Actor, sections: Iterable<PlanSection>): MySection[] {
  const mine: MySection[] = [];
  for (const section of sections) {
    if (section.owner === actor.agency) mine.push({ section, role: 'owner' });
    else if (section.contributors.includes(actor.agency) && section.writers.includes(actor.agency))
      mine.push({ section, role: 'writer' });
  }
  return mine.sort((a, b) => a.section.position - b.section.position);
}
