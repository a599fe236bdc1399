// pickNextSteps: "what's next" for the dashboard and the daily reminder — the most urgent items
// across the timeline, interview practice and mentorship, each with a reason. Pure ranking over
// plain inputs; O(n log n) in the number of items.
import { invariant } from '../shared/invariant.ts';
import type { Milestone, NextStep, NextStepReason } from '../vocabulary/timeline.ts';
import { type CalendarDate, daysBetween, formatDayMonth, isCalendarDate } from './calendar-date.ts';

/** An overdue mentorship item (a meeting or follow-up past its date), as plain data. */
export interface MentorshipDue {
  readonly id: string;
  readonly title: string;
  readonly due: CalendarDate;
}

export interface NextStepsInput {
  readonly today: CalendarDate;
  readonly milestones: readonly Milestone[];
  /** Practice questions due for review today. */
  readonly duePracticeCount?: number;
  readonly overdueMentorship?: readonly MentorshipDue[];
  /** How many to return; 3 by default. */
  readonly limit?: number;
}

/** A late action drops out of the digest after this many days (it stays "late" on the timeline). */
export const LATE_WINDOW_DAYS = 14;

/** Missing one of these can cost the season: they go first within their tier. */
export const CRITICAL_MILESTONES: ReadonlySet<string> = new Set([
  'rol-deadline',
  'ecfmg-requirements',
  'ecfmg-pathway',
  'step3-h1b',
  'step1',
  'step2ck',
  'nrmp-register',
  'eras-submit',
]);

interface Candidate {
  readonly step: NextStep;
  /** 0 = most urgent (docs/timeline.md, "What's next"). */
  readonly tier: number;
  readonly critical: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function fromMilestone(m: Milestone, today: CalendarDate): Candidate | null {
  if (m.status === 'done') return null;
  const days = daysBetween(today, m.due);
  const on = formatDayMonth(m.due);
  const make = (tier: number, reason: NextStepReason, message: string): Candidate => ({
    tier,
    critical: CRITICAL_MILESTONES.has(m.id),
    step: { origin: 'timeline', id: m.id, title: m.title, due: m.due, reason, message },
  });
  if (m.kind === 'event') {
    if (days < 0 || days > 14) return null;
    const when = days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
    return make(days <= 7 ? 5 : 6, 'coming-up', `${m.title}: ${when} (${on}).`);
  }
  if (days < -LATE_WINDOW_DAYS) return null;
  if (days < 0) return make(0, 'late', `${m.title}: ${plural(-days, 'day')} overdue (due ${on}).`);
  if (days === 0) return make(0, 'due-today', `${m.title}: due today.`);
  if (days <= 14) {
    const when = days === 1 ? 'tomorrow' : `in ${plural(days, 'day')}`;
    return make(days <= 2 ? 1 : days <= 7 ? 3 : 5, 'due-soon', `${m.title}: due ${when} (${on}).`);
  }
  return make(7, 'upcoming', `${m.title}: due ${on}, in ${plural(days, 'day')}.`);
}

function compare(a: Candidate, b: Candidate): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  if (a.critical !== b.critical) return a.critical ? -1 : 1;
  const ad = a.step.due ?? '9999-12-31';
  const bd = b.step.due ?? '9999-12-31';
  if (ad !== bd) return ad < bd ? -1 : 1;
  const ak = `${a.step.origin}:${a.step.id}`;
  const bk = `${b.step.origin}:${b.step.id}`;
  return ak < bk ? -1 : ak > bk ? 1 : 0;
}

/**
 * The `limit` most urgent items. Tiers, most urgent first: late (up to LATE_WINDOW_DAYS) or due
 * today · due in 1–2 days · overdue mentorship · due in 3–7 days · practice due · due in 8–14
 * days, events within 7 days · events within 14 days · later actions. Within a tier: critical
 * milestones, then earlier date, then origin and id.
 */
export function pickNextSteps(input: NextStepsInput): NextStep[] {
  invariant(isCalendarDate(input.today), `today is not a calendar date: ${input.today}`);
  const limit = input.limit ?? 3;
  invariant(Number.isInteger(limit) && limit >= 0, 'limit must be a whole number ≥ 0');
  const candidates: Candidate[] = [];
  for (const m of input.milestones) {
    const c = fromMilestone(m, input.today);
    if (c !== null) candidates.push(c);
  }
  for (const item of input.overdueMentorship ?? []) {
    const days = Math.max(0, daysBetween(item.due, input.today));
    const since = days === 0 ? 'due today' : `overdue by ${plural(days, 'day')}`;
    candidates.push({
      tier: 2,
      critical: false,
      step: {
        origin: 'mentorship',
        id: item.id,
        title: item.title,
        due: item.due,
        reason: 'mentorship-overdue',
        message: `${item.title}: ${since} (${formatDayMonth(item.due)}).`,
      },
    });
  }
  const practice = Math.max(0, Math.floor(input.duePracticeCount ?? 0));
  if (practice > 0) {
    candidates.push({
      tier: 4,
      critical: false,
      step: {
        origin: 'practice',
        id: 'practice',
        title: 'Interview practice',
        due: input.today,
        reason: 'practice-due',
        message: `${plural(practice, 'practice question')} due for review.`,
      },
    });
  }
  return candidates
    .sort(compare)
    .slice(0, limit)
    .map((c) => c.step);
}
