/** May this person write this section now? The shared policy decides; the client only displays it. */
import type { Actor } from '../../../shared/model.js';
import { decide, type Decision } from '../../../shared/policy.js';
import type { PlanSection } from '../plan/types.js';

export function writeDecision(actor: Actor, section: PlanSection): Decision {
  return decide(actor, 'write', {
    owner: section.owner,
    contributors: section.contributors,
    writers: section.writers,
    status: section.status,
    lock: section.lock,
  });
}
