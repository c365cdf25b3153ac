/** Deadlines as the dashboard counts them (shared/dashboard.ts): late until it reaches the consultant. */
import { DUE_BEFORE_STATUSES } from '../../../shared/dashboard.js';
import type { StatusCode } from '../../../shared/statuses.js';

const DAY = 86_400_000;

interface Deadline {
  dueDate: string | null;
  status: StatusCode;
}

/** Whole days past the due date (0 when not late, or no longer bound by the deadline). */
export function daysLate({ dueDate, status }: Deadline, now: number = Date.now()): number {
  if (!dueDate || !DUE_BEFORE_STATUSES.includes(status)) return 0;
  const due = Date.parse(`${dueDate}T23:59:59.999Z`);
  if (Number.isNaN(due) || now <= due) return 0;
  return Math.ceil((now - due) / DAY);
}

/** A YYYY-MM-DD due date as that day at local midnight (not UTC), for display. */
export function localDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return new Date(iso);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}
