import type { ManagedAgency } from '../../shared/model.js';
import { AppError } from '../errors.js';

/**
 * Refuses agencies that do not exist, and inactive ones unless they were already there: a
 * retired agency keeps what it holds (its sections, its accounts) but is given nothing new.
 */
export function checkAssignable(
  agencies: readonly ManagedAgency[],
  codes: readonly string[],
  alreadyAssigned: readonly string[] = [],
): void {
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length > 0) {
    throw new AppError(400, 'unknown-agency', `Unknown agency: ${unknown.join(', ')}.`);
  }
  const inactive = codes.filter((c) => !byCode.get(c)?.active && !alreadyAssigned.includes(c));
  if (inactive.length > 0) {
    throw new AppError(
      409,
      'agency-inactive',
      `The agency ${inactive.join(', ')} is inactive and can no longer be assigned.`,
    );
  }
}
