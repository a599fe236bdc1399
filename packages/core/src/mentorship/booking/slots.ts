/**
 * Bookable first calls (issue 9): the next N 15–20 minute slots after `now` from a mentor's weekly
 * availability, shown in the mentor's and the mentee's local time, skipping booked ones. A window
 * is the REAL time between the instants its start and end resolve to on that day, so on DST days
 * it is an hour shorter or longer; slots step in real minutes from the window's start. A start
 * skipped by a DST gap begins at the jump; a start or end that happens twice takes the first start
 * and the last end. O(days × windows × slots per window + booked).
 */
import { invariant } from '../../shared/invariant.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import { WEEKDAYS, type Weekday, type WeeklyAvailability } from '../../vocabulary/mentorship.ts';
import { createIssueList } from '../input-checks.ts';
import { nowMs, toIso, toMs } from '../relationship/instants.ts';
import {
  formatUtcOffset,
  isKnownTimeZone,
  localDateTime,
  resolveWallTime,
  zoneOffsetMinutes,
} from '../time-zone.ts';
import { minuteOfDay } from './availability.ts';

const MINUTE_MS = 60_000;

export const SLOT_MINUTES = Object.freeze({ min: 15, max: 20, default: 20 });
export const MAX_SLOTS = 50;
export const DEFAULT_HORIZON_DAYS = 28;
export const MAX_HORIZON_DAYS = 90;

export interface BookingRequest {
  readonly availability: WeeklyAvailability;
  readonly menteeTimeZone: string;
  readonly now: Date;
  /** How many slots to list (1–50). */
  readonly count: number;
  /** Call length, 15–20 minutes (default 20). */
  readonly slotMinutes?: number;
  /** The mentor's booked calls (ISO-8601 instants); a slot touching one is left out. */
  readonly booked?: readonly { readonly start: string; readonly end: string }[];
  /** Earliest start after `now`, in minutes (default 0). */
  readonly minNoticeMinutes?: number;
  /** Days to look at after the local day of the earliest start (default 28, at most 90). */
  readonly horizonDays?: number;
}

export interface LocalSlotTime {
  readonly timeZone: string;
  /** "YYYY-MM-DD" */
  readonly date: string;
  /** "HH:MM", 24-hour. */
  readonly time: string;
  readonly weekday: Weekday;
  /** "-05:00" */
  readonly utcOffset: string;
}

export interface BookableSlot {
  /** ISO-8601 UTC. */
  readonly start: string;
  readonly end: string;
  readonly mentor: LocalSlotTime;
  readonly mentee: LocalSlotTime;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function localSlotTime(zone: string, at: number): LocalSlotTime {
  const local = localDateTime(zone, at);
  const offset = zoneOffsetMinutes(zone, at);
  invariant(local !== null && offset !== null, `zone ${zone} was checked before building slots`);
  return {
    timeZone: zone,
    date: `${local.year}-${pad(local.month)}-${pad(local.day)}`,
    time: `${pad(local.hour)}:${pad(local.minute)}`,
    weekday: local.weekday,
    utcOffset: formatUtcOffset(offset),
  };
}

function checkRequest(request: BookingRequest): Result<true> {
  const out = createIssueList();
  const { availability, menteeTimeZone, count } = request;
  const slot = request.slotMinutes ?? SLOT_MINUTES.default;
  const horizon = request.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const notice = request.minNoticeMinutes ?? 0;
  if (!isKnownTimeZone(availability.timeZone))
    out.add(
      'unknown-time-zone',
      ['availability', 'timeZone'],
      `${JSON.stringify(availability.timeZone)} is not a known IANA time zone.`,
    );
  if (!isKnownTimeZone(menteeTimeZone))
    out.add(
      'unknown-time-zone',
      ['menteeTimeZone'],
      `${JSON.stringify(menteeTimeZone)} is not a known IANA time zone.`,
    );
  availability.windows.forEach((w, i) => {
    const from = minuteOfDay(w.start);
    const to = minuteOfDay(w.end);
    if (from === null || to === null || from >= to || from === 1440)
      out.add(
        'invalid-value',
        ['availability', 'windows', i],
        'A window is "HH:MM" to a later "HH:MM" on the same day.',
      );
  });
  if (!Number.isInteger(count) || count < 1 || count > MAX_SLOTS)
    out.add('invalid-value', ['count'], `Ask for 1 to ${MAX_SLOTS} slots.`);
  if (!Number.isInteger(slot) || slot < SLOT_MINUTES.min || slot > SLOT_MINUTES.max)
    out.add(
      'invalid-value',
      ['slotMinutes'],
      `A first call lasts ${SLOT_MINUTES.min} to ${SLOT_MINUTES.max} minutes.`,
    );
  if (!Number.isInteger(horizon) || horizon < 1 || horizon > MAX_HORIZON_DAYS)
    out.add('invalid-value', ['horizonDays'], `Look 1 to ${MAX_HORIZON_DAYS} days ahead.`);
  if (!Number.isFinite(notice) || notice < 0)
    out.add('invalid-value', ['minNoticeMinutes'], 'Notice is a number of minutes, 0 or more.');
  return out.issues.length > 0 ? fail(out.issues) : ok(true);
}

export function listBookableSlots(request: BookingRequest): Result<BookableSlot[]> {
  const checked = checkRequest(request);
  if (!checked.ok) return fail(checked.issues);
  const { availability, menteeTimeZone, count } = request;
  const zone = availability.timeZone;
  const slotMs = (request.slotMinutes ?? SLOT_MINUTES.default) * MINUTE_MS;
  const horizon = request.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const earliest = nowMs(request.now) + (request.minNoticeMinutes ?? 0) * MINUTE_MS;
  const booked = (request.booked ?? []).map(
    (b) => [toMs(b.start, 'booked.start'), toMs(b.end, 'booked.end')] as const,
  );

  const first = localDateTime(zone, earliest);
  if (first === null) return ok([]);
  const starts = new Set<number>();
  const found: number[] = [];
  for (let day = 0; day <= horizon; day++) {
    const utcDay = new Date(Date.UTC(first.year, first.month - 1, first.day + day));
    const date = {
      year: utcDay.getUTCFullYear(),
      month: utcDay.getUTCMonth() + 1,
      day: utcDay.getUTCDate(),
    };
    const weekday = WEEKDAYS[(utcDay.getUTCDay() + 6) % 7];
    for (const window of availability.windows) {
      if (window.weekday !== weekday) continue;
      const from = resolveWallTime(zone, date, minuteOfDay(window.start) ?? 0);
      const to = resolveWallTime(zone, date, minuteOfDay(window.end) ?? 0);
      if (from === null || to === null) continue;
      for (let start = from.earliest; start + slotMs <= to.latest; start += slotMs) {
        if (start < earliest || starts.has(start)) continue;
        const end = start + slotMs;
        if (booked.some(([s, e]) => start < e && end > s)) continue;
        starts.add(start);
        found.push(start);
      }
    }
    // Windows are visited day by day, so once enough slots are found no later day can add an
    // earlier one (overlapping windows on one day are sorted below).
    if (found.length >= count) break;
  }
  found.sort((a, b) => a - b);
  return ok(
    found.slice(0, count).map((start) => ({
      start: toIso(start),
      end: toIso(start + slotMs),
      mentor: localSlotTime(zone, start),
      mentee: localSlotTime(menteeTimeZone, start),
    })),
  );
}
