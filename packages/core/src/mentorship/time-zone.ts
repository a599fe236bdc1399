/**
 * IANA time zones through the platform's Intl (ICU) data: offsets at an instant, local wall-clock
 * parts, and wall-clock → instant with DST gaps and overlaps handled explicitly. No table of our
 * own, so results follow the runtime's tz database. An unknown zone gives null, never a throw.
 */
import type { Weekday } from '../vocabulary/mentorship.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: Weekday;
}

const WEEKDAY_BY_SHORT: Readonly<Record<string, Weekday>> = {
  Mon: 'mon',
  Tue: 'tue',
  Wed: 'wed',
  Thu: 'thu',
  Fri: 'fri',
  Sat: 'sat',
  Sun: 'sun',
};

// Building a DateTimeFormat costs ~50 µs; ranking 10,000 mentors reuses a few hundred. The cache
// is bounded so that arbitrary zone strings from users cannot grow it without limit.
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();
const FORMATTER_CACHE_LIMIT = 2_000;

// Offset strings ("+05:30") and abbreviations are not IANA names; Intl accepts some of them on some
// runtimes, so they are refused here for the same answer everywhere.
const IANA_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  const cached = FORMATTERS.get(zone);
  if (cached !== undefined) return cached;
  let formatter: Intl.DateTimeFormat | null = null;
  if (IANA_SHAPE.test(zone)) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
  }
  if (FORMATTERS.size >= FORMATTER_CACHE_LIMIT) FORMATTERS.clear();
  FORMATTERS.set(zone, formatter);
  return formatter;
}

/** True when the runtime knows `zone` as an IANA time zone name (case-insensitive, like Intl). */
export function isKnownTimeZone(zone: string): boolean {
  return formatterFor(zone) !== null;
}

/** The runtime's canonical spelling of a known zone ("america/chicago" → "America/Chicago"). */
export function canonicalTimeZone(zone: string): string | null {
  const formatter = formatterFor(zone);
  return formatter === null ? null : formatter.resolvedOptions().timeZone;
}

/** Wall-clock date and time in `zone` at `epochMs` (whole seconds), or null for an unknown zone. */
export function localDateTime(zone: string, epochMs: number): LocalDateTime | null {
  const formatter = formatterFor(zone);
  if (formatter === null) return null;
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let weekday: Weekday = 'mon';
  for (const part of formatter.formatToParts(epochMs)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'weekday':
        weekday = WEEKDAY_BY_SHORT[part.value] ?? 'mon';
        break;
      default:
        break;
    }
  }
  return { year, month, day, hour, minute, second, weekday };
}

/** UTC offset of `zone` at `epochMs` in minutes (east of Greenwich positive), or null. */
export function zoneOffsetMinutes(zone: string, epochMs: number): number | null {
  const local = localDateTime(zone, epochMs);
  if (local === null) return null;
  const asUtc = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
  );
  const wholeSeconds = Math.floor(epochMs / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / MINUTE_MS);
}

interface DayOffset {
  readonly day: number;
  /** Null when the zone is unknown; undefined when the offset changes during this UTC day. */
  readonly offset: number | null | undefined;
}

// Offsets by zone for the most recent UTC day asked about. No zone changes offset twice within a
// day (the same assumption as resolveWallTime), so equal offsets at both ends of a day mean the
// offset holds for the whole day; a day containing a transition is never cached. Bounded by the
// number of zones (a few hundred), cleared past FORMATTER_CACHE_LIMIT like the formatters.
const DAILY_OFFSETS = new Map<string, DayOffset>();

function cachedOffset(zone: string, epochMs: number): number | null {
  const day = Math.floor(epochMs / DAY_MS);
  const cached = DAILY_OFFSETS.get(zone);
  if (cached !== undefined && cached.day === day && cached.offset !== undefined)
    return cached.offset;
  if (cached === undefined || cached.day !== day) {
    const start = zoneOffsetMinutes(zone, day * DAY_MS);
    const end = start === null ? null : zoneOffsetMinutes(zone, (day + 1) * DAY_MS);
    const offset = start === null ? null : start === end ? start : undefined;
    if (DAILY_OFFSETS.size >= FORMATTER_CACHE_LIMIT) DAILY_OFFSETS.clear();
    DAILY_OFFSETS.set(zone, { day, offset });
    if (offset !== undefined) return offset;
  }
  return zoneOffsetMinutes(zone, epochMs);
}

/**
 * Offsets at one instant, computed once per zone: ranking thousands of mentors asks for the same
 * few hundred zones again and again. Across calls, offsets are reused for the rest of the UTC day
 * (see DAILY_OFFSETS), which gives the same answers as computing them afresh.
 */
export function createOffsetLookup(epochMs: number): (zone: string) => number | null {
  const offsets = new Map<string, number | null>();
  return (zone) => {
    const known = offsets.get(zone);
    if (known !== undefined) return known;
    const offset = cachedOffset(zone, epochMs);
    offsets.set(zone, offset);
    return offset;
  };
}

/**
 * Hours between two UTC offsets on a 24-hour clock (0–12): +14:00 and −10:00 read the same
 * wall-clock time, a day apart, so they are 0 hours apart for arranging a call.
 */
export function hoursApart(offsetMinutesA: number, offsetMinutesB: number): number {
  const minutes = Math.abs(offsetMinutesA - offsetMinutesB) % 1440;
  return Math.min(minutes, 1440 - minutes) / 60;
}

/** "+05:30", "-04:00", "+00:00". */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** How a wall-clock time maps to instants on a given day. */
export interface ResolvedWallTime {
  /** unique: one instant; repeated: twice (DST overlap); skipped: never (DST gap). */
  readonly kind: 'unique' | 'repeated' | 'skipped';
  /** The first instant showing this wall time; for a skipped time, the transition instant. */
  readonly earliest: number;
  /** The last instant showing it; for a skipped time, the transition instant too. */
  readonly latest: number;
}

/**
 * Resolves `date` + `minuteOfDay` (1440 = midnight ending the day) in `zone`, or null for an
 * unknown zone. Zones change offset at most once in any two days, so the offsets one day before
 * and after cover both sides of a transition; a skipped time resolves to the moment the clock
 * jumps over it, found by bisection to the minute.
 */
export function resolveWallTime(
  zone: string,
  date: CalendarDate,
  minuteOfDay: number,
): ResolvedWallTime | null {
  const naive = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  const before = zoneOffsetMinutes(zone, naive - DAY_MS);
  const after = zoneOffsetMinutes(zone, naive + DAY_MS);
  if (before === null || after === null) return null;
  const valid = (before === after ? [before] : [before, after])
    .map((offset) => ({ offset, at: naive - offset * MINUTE_MS }))
    .filter(({ offset, at }) => zoneOffsetMinutes(zone, at) === offset)
    .map(({ at }) => at)
    .sort((a, b) => a - b);
  const [first, second] = valid;
  if (first !== undefined) {
    return second === undefined || second === first
      ? { kind: 'unique', earliest: first, latest: first }
      : { kind: 'repeated', earliest: first, latest: second };
  }
  // Skipped: the offset is `before` at the earlier candidate and `after` at the later one.
  let low = naive - Math.max(before, after) * MINUTE_MS;
  let high = naive - Math.min(before, after) * MINUTE_MS;
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zoneOffsetMinutes(zone, mid) === before) low = mid;
    else high = mid;
  }
  return { kind: 'skipped', earliest: high, latest: high };
}

/**
 * The instant at which `zone`'s wall clock reads `date` + `minuteOfDay`. Null when that wall time
 * does not exist (skipped by a DST gap) or the zone is unknown; when it exists twice (a DST
 * overlap) the earlier instant is returned.
 */
export function wallTimeToEpoch(
  zone: string,
  date: CalendarDate,
  minuteOfDay: number,
): number | null {
  const resolved = resolveWallTime(zone, date, minuteOfDay);
  return resolved === null || resolved.kind === 'skipped' ? null : resolved.earliest;
}
