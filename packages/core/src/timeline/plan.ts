// planTimeline: the season's dates, the profile's requirements, interviews with their thank-you
// notes and personal tasks, as one list with statuses relative to `today`. O(n log n) in items.
import { invariant } from '../shared/invariant.ts';
import type { Milestone, TimelinePlan } from '../vocabulary/timeline.ts';
import { type CalendarDate, isCalendarDate } from './calendar-date.ts';
import { isImg, type TimelineProfile } from './profile.ts';
import { profileMilestones } from './profile-milestones.ts';
import { seasonMilestones } from './season-milestones.ts';
import { isSupportedSeason, seasonCalendar } from './season-rules.ts';
import { type DraftMilestone, withStatus } from './status.ts';
import {
  APPLICATION_TASK_KINDS,
  type InterviewInput,
  interviewMilestones,
  type PersonalTask,
  taskMilestones,
} from './tasks.ts';

export interface PlanTimelineInput {
  /** The Match year: the 2027 Match places applicants into training from 1 July 2027. */
  readonly season: number;
  readonly profile: TimelineProfile;
  /** The caller's "today" (the core never reads the clock). */
  readonly today: CalendarDate;
  readonly interviews?: readonly InterviewInput[];
  readonly tasks?: readonly PersonalTask[];
  /** Milestone ids the applicant has ticked off (e.g. `eras-submit`). */
  readonly completed?: readonly string[];
}

/** Earlier due date first; on the same day, ids in code-unit order (locale-independent). */
export function compareMilestones(a: Milestone, b: Milestone): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Validated input in, plan out (parseTimelineInput() validates untrusted input first). Throws
 * only on programmer errors: an unsupported season or a malformed date.
 */
export function planTimeline(input: PlanTimelineInput): TimelinePlan {
  invariant(isSupportedSeason(input.season), `unsupported season: ${input.season}`);
  invariant(isCalendarDate(input.today), `today is not a calendar date: ${input.today}`);
  const cal = seasonCalendar(input.season);
  const completed = new Set(input.completed ?? []);
  const tasks = input.tasks ?? [];
  const taskDrafts = taskMilestones(tasks);
  // taskMilestones keeps the input order, so draft i belongs to task i.
  const submissionNeeds = taskDrafts
    .filter((_, i) => APPLICATION_TASK_KINDS.includes(tasks[i]!.kind))
    .map((t) => t.id);
  const profileDrafts = profileMilestones(cal, input.profile);
  const drafts: DraftMilestone[] = [
    ...seasonMilestones(cal, {
      img: isImg(input.profile),
      submissionNeeds,
      matchDayAlsoNeeds: profileDrafts.some((m) => m.id === 'ecfmg-requirements')
        ? ['ecfmg-requirements']
        : [],
    }),
    ...profileDrafts,
    ...interviewMilestones(input.interviews ?? []),
    ...taskDrafts,
  ];
  const milestones = drafts
    .map((d) =>
      withStatus(
        d.kind === 'action' && completed.has(d.id) && !d.done ? { ...d, done: true } : d,
        input.today,
      ),
    )
    .sort(compareMilestones);
  return { season: input.season, today: input.today, milestones };
}
