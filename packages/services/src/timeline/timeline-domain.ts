import {
  type CalendarDate,
  isKnownTimeZone,
  localDateTime,
  resolveWallTime,
} from '@matchready/core/mentorship';
import type { TaskKind } from '@matchready/core/vocabulary';

/** The timeline as the services speak it; repositories map rows to these and back. */

export interface TimelineSettings {
  /** The Match year the applicant plans for; null = the current season. */
  readonly season: number | null;
  /** The daily reminder email (on by default; the account page turns it off). */
  readonly digestEnabled: boolean;
  /** Milestone ids the applicant ticked off (e.g. `eras-submit`). */
  readonly completed: readonly string[];
  /** True while a calendar feed URL exists (its secret is never stored, only its hash). */
  readonly calendarFeed: boolean;
  /** IANA zone the daily reminder follows (sent from 07:00 there); null = none chosen. */
  readonly timeZone: string | null;
  readonly updatedAt: string | null;
}

export const DEFAULT_TIMELINE_SETTINGS: TimelineSettings = {
  season: null,
  digestEnabled: true,
  completed: [],
  calendarFeed: false,
  timeZone: null,
  updatedAt: null,
};

export interface TimelineTask {
  readonly id: string;
  readonly ownerId: string;
  readonly kind: TaskKind;
  readonly title: string | null;
  /** YYYY-MM-DD */
  readonly due: string;
  readonly done: boolean;
  readonly detail: string | null;
  readonly createdAt: string;
}

export interface TimelineInterview {
  readonly id: string;
  readonly ownerId: string;
  readonly program: string;
  /** YYYY-MM-DD */
  readonly date: string;
  readonly interviewers: readonly string[];
  /** One thing discussed (feeds the thank-you draft). */
  readonly detail: string | null;
  readonly thankYouSent: boolean;
  readonly createdAt: string;
}

/** Someone whose daily digest may be due (the digest job walks these). */
export interface DigestRecipient {
  readonly userId: string;
  /** When the next digest is due (UTC instant); null = never sent, due now. */
  readonly nextDigestAt: string | null;
  /** The zone the applicant chose for it; null = none chosen. */
  readonly timeZone: string | null;
}

/** The daily reminder goes out from this local hour (the job runs every 15 minutes). */
export const DIGEST_LOCAL_HOUR = 7;

const pad = (n: number) => String(n).padStart(2, '0');

/** `zone` if the runtime knows it, else UTC. */
export function digestZone(zone: string | null | undefined): string {
  return zone && isKnownTimeZone(zone) ? zone : 'UTC';
}

/** `zone` (UTC when unknown) and the wall clock there at `now`. */
function wallClock(now: Date, zone: string | null | undefined) {
  const tz = digestZone(zone);
  const local = localDateTime(tz, now.getTime()) ?? localDateTime('UTC', now.getTime());
  if (local === null) throw new Error('UTC is always a known time zone');
  return { tz, local };
}

/** 07:00 on the calendar day `offsetDays` after `local`'s date, in `zone`, as an ISO instant. */
function morningOf(zone: string, local: CalendarDate, offsetDays: number): string {
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + offsetDays));
  const date = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
  const at = resolveWallTime(zone, date, DIGEST_LOCAL_HOUR * 60);
  // A zone the runtime knows always resolves; the fallback keeps the type honest.
  return new Date(
    at?.earliest ?? Date.UTC(date.year, date.month - 1, date.day, DIGEST_LOCAL_HOUR),
  ).toISOString();
}

/**
 * A digest sent at `now` counts for the applicant's local date there; the next one is due at
 * 07:00 local the day after (decision 053), whatever the hour of this one.
 */
export function digestSentAt(now: Date, zone: string): { day: string; next: string } {
  const { tz, local } = wallClock(now, zone);
  return { day: dateOf(local), next: morningOf(tz, local, 1) };
}

const dateOf = (local: CalendarDate): string =>
  `${local.year}-${pad(local.month)}-${pad(local.day)}`;

/**
 * The applicant's "today" (YYYY-MM-DD) at `now`: the calendar date in their reminder zone (an
 * unknown or missing zone is UTC). The timeline, "what's next" and the digest all count days from
 * it, so 07:00 in Manila (23:00 UTC the day before) is already the day a task is due.
 */
export function localToday(now: Date, zone: string | null | undefined): string {
  return dateOf(wallClock(now, zone).local);
}

/** A first reminder (never sent before) goes out only in the applicant's morning, 07:00–12:00. */
export const FIRST_DIGEST_UNTIL_HOUR = 12;

/**
 * For an applicant who never had a reminder: undefined when `now` is in their morning (send it),
 * else the next 07:00 there, when it is due instead (no mail at 23:00 the day they sign up).
 */
export function firstDigestWait(now: Date, zone: string): string | undefined {
  const { tz, local } = wallClock(now, zone);
  if (local.hour >= DIGEST_LOCAL_HOUR && local.hour < FIRST_DIGEST_UNTIL_HOUR) return undefined;
  return nextMorning(now, tz);
}

/** The first 07:00 in `zone` after `now`: when an applicant who changed zone is due next. */
export function nextMorning(now: Date, zone: string): string {
  const { tz, local } = wallClock(now, zone);
  const today = morningOf(tz, local, 0);
  return Date.parse(today) > now.getTime() ? today : morningOf(tz, local, 1);
}
