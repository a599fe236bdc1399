/**
 * A mentor's published weekly availability: windows of local time on weekdays, in the mentor's
 * IANA zone. Windows do not cross midnight ("24:00" may end one); overlapping windows on a day
 * are allowed and merged when counting minutes.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import {
  type AvailabilityWindow,
  WEEKDAYS,
  type Weekday,
  type WeeklyAvailability,
} from '../../vocabulary/mentorship.ts';
import {
  checkObject,
  checkTimeZone,
  createIssueList,
  describeValue,
  type IssueList,
  type Path,
} from '../input-checks.ts';

export const MAX_AVAILABILITY_WINDOWS = 50;

const TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes since local midnight for "HH:MM" ("24:00" → 1440), or null when malformed. */
export function minuteOfDay(time: string): number | null {
  const match = TIME.exec(time);
  if (match === null) return null;
  return Number(match[1] ?? match[3]) * 60 + Number(match[2] ?? match[4]);
}

function readWindow(value: unknown, path: Path, out: IssueList): AvailabilityWindow | null {
  const record = checkObject(value, path, out);
  if (record === null) return null;
  const { weekday, start, end } = record;
  let good = true;
  if (typeof weekday !== 'string' || !(WEEKDAYS as readonly string[]).includes(weekday)) {
    out.add(
      'invalid-value',
      [...path, 'weekday'],
      `Expected a weekday (${WEEKDAYS.join(', ')}), got ${describeValue(weekday)}.`,
    );
    good = false;
  }
  const parsedStart = typeof start === 'string' ? minuteOfDay(start) : null;
  // "24:00" only ends a window.
  const from = parsedStart === 1440 ? null : parsedStart;
  const to = typeof end === 'string' ? minuteOfDay(end) : null;
  if (from === null) {
    out.add(
      'invalid-value',
      [...path, 'start'],
      `Expected a time "HH:MM", got ${describeValue(start)}.`,
    );
    good = false;
  }
  if (to === null) {
    out.add(
      'invalid-value',
      [...path, 'end'],
      `Expected a time "HH:MM" (or "24:00"), got ${describeValue(end)}.`,
    );
    good = false;
  }
  if (from !== null && to !== null && to <= from) {
    out.add(
      'invalid-value',
      [...path, 'end'],
      'A window must end after it starts, on the same day.',
    );
    good = false;
  }
  return good ? { weekday: weekday as Weekday, start: start as string, end: end as string } : null;
}

/** Validates availability from a form or file; issue paths start with `path`. */
export function parseWeeklyAvailability(
  value: unknown,
  path: Path = ['availability'],
): Result<WeeklyAvailability> {
  const out = createIssueList();
  const record = checkObject(value, path, out);
  if (record === null) return fail(out.issues);
  const timeZone = checkTimeZone(record.timeZone, [...path, 'timeZone'], out);
  const windows: AvailabilityWindow[] = [];
  if (!Array.isArray(record.windows)) {
    out.add(
      'invalid-type',
      [...path, 'windows'],
      `Expected a list of windows, got ${describeValue(record.windows)}.`,
    );
  } else if (record.windows.length > MAX_AVAILABILITY_WINDOWS) {
    out.add('too-long', [...path, 'windows'], `At most ${MAX_AVAILABILITY_WINDOWS} windows.`);
  } else {
    record.windows.forEach((item: unknown, i) => {
      const window = readWindow(item, [...path, 'windows', i], out);
      if (window !== null) windows.push(window);
    });
  }
  if (out.issues.length > 0 || timeZone === null) return fail(out.issues);
  return ok({ timeZone, windows });
}

/**
 * Published minutes per week, overlaps counted once: a directory can ask mentors for a minimum
 * (one platform found mentors publishing a single slot to game matching,
 * docs/sources.md#csm-web-single-slot).
 */
export function weeklyAvailableMinutes(availability: WeeklyAvailability): number {
  let total = 0;
  for (const day of WEEKDAYS) {
    const spans = availability.windows
      .filter((w) => w.weekday === day)
      .map((w) => [minuteOfDay(w.start) ?? 0, minuteOfDay(w.end) ?? 0] as const)
      .sort((a, b) => a[0] - b[0]);
    let reach = -1;
    for (const [from, to] of spans) {
      const start = Math.max(from, reach);
      if (to > start) total += to - start;
      reach = Math.max(reach, to);
    }
  }
  return total;
}
