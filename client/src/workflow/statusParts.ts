/** An agency's sections by status, in process order, leaving out the empty ones. */
import { STATUS_CODES, type StatusCode } from '../../../shared/statuses.js';

export interface StatusPart {
  status: StatusCode;
  count: number;
}

export function statusParts(byStatus: Partial<Record<string, number>>): StatusPart[] {
  return STATUS_CODES.map((status) => ({ status, count: byStatus[status] ?? 0 })).filter(
    (part) => part.count > 0,
  );
}
