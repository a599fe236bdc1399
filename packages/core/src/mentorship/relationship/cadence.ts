/**
 * Meeting cadence (MatchReady's rule, docs/glossary.md "Cadence"): a pair agrees to meet every 4–8 weeks; the first
 * meeting is due 3 weeks after the relationship starts (the "no meeting 3 weeks after matching"
 * nudge). A meeting is due-soon in the 7 days up to and including its due instant and overdue
 * strictly after it; a meeting already scheduled in the future is "scheduled".
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import type { MeetingStatus, RelationshipStatus } from '../../vocabulary/mentorship.ts';
import { DAY_MS, nowMs, toIso, toMs } from './instants.ts';

export const CADENCE_WEEKS = Object.freeze({ min: 4, max: 8 });
export const FIRST_MEETING_DAYS = 21;
export const DUE_SOON_DAYS = 7;

/** Validates an agreed cadence: a whole number of weeks from 4 to 8. */
export function parseCadenceWeeks(value: unknown): Result<number> {
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= CADENCE_WEEKS.min &&
    value <= CADENCE_WEEKS.max
  )
    return ok(value);
  return fail([
    {
      code: 'invalid-value',
      path: ['cadenceWeeks'],
      message: `Meet every ${CADENCE_WEEKS.min} to ${CADENCE_WEEKS.max} weeks (a whole number), got ${JSON.stringify(value)}.`,
    },
  ]);
}

export interface MeetingPlan {
  readonly status: RelationshipStatus;
  readonly startedAt: string;
  readonly cadenceWeeks: number;
  /** The latest logged meeting, or null before the first one. */
  readonly lastMeetingAt: string | null;
  /** The next meeting the pair has put in the calendar, if any. */
  readonly nextMeetingAt: string | null;
}

export interface MeetingStanding {
  readonly status: MeetingStatus;
  /** When the next meeting is due by the cadence; null when the relationship is not active. */
  readonly dueAt: string | null;
  /** Whole days past `dueAt` (0 unless overdue). */
  readonly daysOverdue: number;
}

/** When the next meeting is due: last meeting + cadence, or start + 3 weeks before any meeting. */
export function nextMeetingDue(plan: Omit<MeetingPlan, 'status' | 'nextMeetingAt'>): string {
  const start = toMs(plan.startedAt, 'startedAt');
  if (plan.lastMeetingAt === null) return toIso(start + FIRST_MEETING_DAYS * DAY_MS);
  return toIso(toMs(plan.lastMeetingAt, 'lastMeetingAt') + plan.cadenceWeeks * 7 * DAY_MS);
}

export function meetingStanding(plan: MeetingPlan, now: Date): MeetingStanding {
  if (plan.status !== 'active') return { status: 'none', dueAt: null, daysOverdue: 0 };
  const at = nowMs(now);
  const dueAt = nextMeetingDue(plan);
  const due = toMs(dueAt, 'dueAt');
  if (plan.nextMeetingAt !== null && toMs(plan.nextMeetingAt, 'nextMeetingAt') >= at)
    return { status: 'scheduled', dueAt, daysOverdue: 0 };
  if (at > due) return { status: 'overdue', dueAt, daysOverdue: Math.floor((at - due) / DAY_MS) };
  if (at >= due - DUE_SOON_DAYS * DAY_MS) return { status: 'due-soon', dueAt, daysOverdue: 0 };
  return { status: 'on-track', dueAt, daysOverdue: 0 };
}
