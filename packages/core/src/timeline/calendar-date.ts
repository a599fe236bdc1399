// Calendar dates as "YYYY-MM-DD" strings: no time, no zone. Arithmetic goes through Date.UTC, so
// the result never depends on the machine's time zone. Every function is O(1).
import { invariant } from '../shared/invariant.ts';

/** A calendar date written YYYY-MM-DD (ISO 8601, proleptic Gregorian, years 1000–9999). */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export const WEEKDAY = { sunday: 0, monday: 1, wednesday: 3, friday: 5, saturday: 6 } as const;

/** True for a real date such as 2027-02-28 (not 2027-02-29, not 2027-2-3). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = PATTERN.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcMs(date: CalendarDate): number {
  invariant(isCalendarDate(date), `not a calendar date: ${String(date)}`);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8)));
}

function fromUtcMs(ms: number): CalendarDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `y-m-d` (month 1–12); throws on an impossible date. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const out = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  invariant(isCalendarDate(out), `not a calendar date: ${out}`);
  return out;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  invariant(Number.isInteger(days), 'days must be a whole number');
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function weekday(date: CalendarDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** The n-th (1-based) given weekday of a month: third Friday of March 2027 → 2027-03-19. */
export function nthWeekdayOfMonth(
  year: number,
  month: number,
  day: number,
  n: number,
): CalendarDate {
  invariant(n >= 1 && n <= 5, 'n must be 1–5');
  const first = calendarDate(year, month, 1);
  const offset = (day - weekday(first) + 7) % 7;
  const out = addDays(first, offset + (n - 1) * 7);
  invariant(Number(out.slice(5, 7)) === month, 'no such weekday in that month');
  return out;
}

/** The latest date on or before `date` that falls on `day` (0 = Sunday). */
export function weekdayOnOrBefore(date: CalendarDate, day: number): CalendarDate {
  return addDays(date, -((weekday(date) - day + 7) % 7));
}

/** The first date on or after `date` that falls on `day`. */
export function weekdayOnOrAfter(date: CalendarDate, day: number): CalendarDate {
  return addDays(date, (day - weekday(date) + 7) % 7);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const DAYS = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** "Friday 19 March 2027": unambiguous for readers on both sides of the Atlantic. */
export function formatLongDate(date: CalendarDate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  return `${DAYS[weekday(date)]} ${Number(date.slice(8))} ${month} ${date.slice(0, 4)}`;
}

/** "19 March": for running text where the year is obvious. */
export function formatDayMonth(date: CalendarDate): string {
  return `${Number(date.slice(8))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}
