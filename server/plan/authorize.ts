import type { Actor } from '../../shared/model.js';
import { decide, type Action, type ActionResources, type DenyReason } from '../../shared/policy.js';
import { AppError } from '../errors.js';

const REFUSALS: Record<DenyReason, string> = {
  role: 'Your role may not do this.',
  locked: 'The section is locked.',
  'not-locked': 'The section is not locked.',
  'not-owner': 'Only the owning agency may do this.',
  transition: 'This status change is not allowed for you.',
  status: 'The section status does not allow this.',
  'not-author': 'Only the author (or the owning agency or the coordinator) may do this.',
};

/** The shared policy at the HTTP edge: 403 with a reason, or 409 for a lock in the wrong state. */
export function authorize<A extends Action>(
  actor: Actor,
  action: A,
  resource: ActionResources[A],
): void {
  const decision = decide(actor, action, resource);
  if (decision.allowed) return;
  const conflict = decision.reason === 'locked' || decision.reason === 'not-locked';
  throw new AppError(
    conflict ? 409 : 403,
    conflict ? 'conflict' : 'forbidden',
    REFUSALS[decision.reason],
  );
}
