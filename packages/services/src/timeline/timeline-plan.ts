import {
  type MentorshipDue,
  type NextStep,
  pickNextSteps,
  planTimeline,
  type TimelinePlan,
  type TimelineProfile,
  timelineProfileFrom,
} from '@matchready/core/timeline';
import type { ApplicantProfile } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import type { PracticeCardRepository } from '../interview/interview-ports.ts';
import type { MentorshipPorts } from '../mentorship/mentorship-ports.ts';
import { failedAttempts, nextMatchYear } from '../programs/program-profile.ts';
import {
  DEFAULT_TIMELINE_SETTINGS,
  localToday,
  type TimelineInterview,
  type TimelineSettings,
  type TimelineTask,
} from './timeline-domain.ts';
import type { TimelineRepository } from './timeline-ports.ts';

/**
 * The stored profile read for the timeline. Unanswered type or visa plan fall back to the most
 * common case on MatchReady (a non-US IMG, no visa yet); the page says so and links the profile.
 */
export function timelineProfileOf(profile: ApplicantProfile | null): TimelineProfile {
  return timelineProfileFrom({
    applicantType: profile?.applicantType ?? 'non-us-img',
    visa: profile?.visaNeed ?? 'none',
    step2: profile?.step2Score ?? null,
    failedAttempts: profile ? failedAttempts(profile) : 0,
    step1Status: profile?.step1 ?? null,
    step3Status: profile?.step3 ?? null,
    ecfmgStatus: profile?.ecfmgStatus ?? null,
    pathway: profile?.pathway ?? null,
    oetStatus: profile?.oetStatus ?? null,
    specialties: profile?.specialties ?? [],
  });
}

export interface TimelineState {
  readonly plan: TimelinePlan;
  readonly settings: TimelineSettings;
  readonly tasks: TimelineTask[];
  readonly interviews: TimelineInterview[];
  /** False until the applicant type and visa plan are answered in the profile. */
  readonly profileComplete: boolean;
}

export interface TimelineReadDeps {
  readonly timeline: TimelineRepository;
  readonly profiles: ProfileRepository;
  /** The mentoring preferences' zone stands in when no reminder zone was chosen. */
  readonly mentorship: Pick<MentorshipPorts, 'mentees'>;
}

/**
 * The zone the applicant's days are counted in (decision 053): the one they chose for the daily
 * reminder, else their mentoring preferences' zone, else UTC.
 */
export async function applicantZone(
  deps: Pick<TimelineReadDeps, 'mentorship'>,
  userId: string,
  chosen: string | null,
): Promise<string> {
  return chosen ?? (await deps.mentorship.mentees.findPreferences(userId))?.timeZone ?? 'UTC';
}

/**
 * Loads everything the user's plan is made of and plans it for `now`, on the calendar date of
 * `zone` — by default the applicant's zone (applicantZone; the core never reads the clock or a
 * zone).
 */
export async function loadTimeline(
  deps: TimelineReadDeps,
  userId: string,
  now: Date,
  zone?: string,
): Promise<TimelineState> {
  const [profile, stored, tasks, interviews] = await Promise.all([
    deps.profiles.find(userId),
    deps.timeline.findSettings(userId),
    deps.timeline.listTasks(userId),
    deps.timeline.listInterviews(userId),
  ]);
  const settings = stored ?? DEFAULT_TIMELINE_SETTINGS;
  const dayZone = zone ?? (await applicantZone(deps, userId, settings.timeZone));
  const plan = planTimeline({
    season: settings.season ?? nextMatchYear(now),
    profile: timelineProfileOf(profile),
    today: localToday(now, dayZone),
    completed: settings.completed,
    tasks: tasks.map((t) => ({
      id: t.id,
      kind: t.kind,
      due: t.due,
      done: t.done,
      ...(t.title === null ? {} : { title: t.title }),
      ...(t.detail === null ? {} : { detail: t.detail }),
    })),
    interviews: interviews.map((i) => ({
      id: i.id,
      program: i.program,
      date: i.date,
      interviewers: i.interviewers,
      thankYouSent: i.thankYouSent,
      ...(i.detail === null ? {} : { detail: i.detail }),
    })),
  });
  return {
    plan,
    settings,
    tasks,
    interviews,
    profileComplete: profile?.applicantType != null && profile.visaNeed != null,
  };
}

/** Practice questions due by `now` (FSRS cards). */
export async function duePracticeCount(
  cards: PracticeCardRepository,
  userId: string,
  now: Date,
): Promise<number> {
  const iso = now.toISOString();
  return (await cards.listByUser(userId)).filter((card) => card.dueAt <= iso).length;
}

/** The three most urgent things: the dashboard's "what's next" and the daily digest. */
export function nextStepsOf(
  plan: TimelinePlan,
  practiceDue: number,
  overdueMentorship: readonly MentorshipDue[] = [],
): NextStep[] {
  return pickNextSteps({
    today: plan.today,
    milestones: plan.milestones,
    duePracticeCount: practiceDue,
    overdueMentorship,
  });
}
