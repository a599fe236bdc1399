/**
 * ISO-8601 timestamps ↔ epoch milliseconds for the rules. Timestamps come from our own database,
 * so a malformed one is a programmer error (invariant), not user input.
 */
import { invariant } from '../../shared/invariant.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function toMs(iso: string, what: string): number {
  const ms = Date.parse(iso);
  invariant(
    Number.isFinite(ms),
    `${what} must be an ISO-8601 timestamp, got ${JSON.stringify(iso)}`,
  );
  return ms;
}

export function nowMs(now: Date): number {
  const ms = now.getTime();
  invariant(Number.isFinite(ms), 'now must be a valid Date');
  return ms;
}

export const toIso = (ms: number): string => new Date(ms).toISOString();

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function assertCalendarDate(value: string, what: string): void {
  invariant(
    CALENDAR_DATE.test(value) && Number.isFinite(Date.parse(`${value}T00:00:00Z`)),
    `${what} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`,
  );
}
