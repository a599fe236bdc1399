// '@matchready/core/timeline': the application timeline — season dates (published or derived),
// the planner, personal tasks and interviews, thank-you notes, and the "what's next" digest.
// Pure: "today" is a parameter; no I/O, no clock, no randomness.

// The timeline's words (ids, statuses, codes, record types) live in the vocabulary slice.
export * from '../vocabulary/timeline.ts';
export {
  addDays,
  type CalendarDate,
  calendarDate,
  daysBetween,
  formatDayMonth,
  formatLongDate,
  isCalendarDate,
  nthWeekdayOfMonth,
} from './calendar-date.ts';
export {
  CRITICAL_MILESTONES,
  LATE_WINDOW_DAYS,
  type MentorshipDue,
  type NextStepsInput,
  pickNextSteps,
} from './next-steps.ts';
export {
  MAX_INTERVIEWS,
  MAX_TASKS,
  parseTimelineInput,
  type TimelineRawInput,
} from './parse-input.ts';
export { compareMilestones, type PlanTimelineInput, planTimeline } from './plan.ts';
export {
  STEP2_LOWEST_PASS,
  TIMELINE_APPLICANT_TYPES,
  type TimelineApplicantType,
  type TimelineProfile,
  type TimelineProfileInput,
  timelineProfileFrom,
  timelineProfileFromApplicant,
  US_GRAD,
} from './profile.ts';
export {
  isSupportedSeason,
  SEASON_RULES,
  type SeasonCalendar,
  type SeasonDate,
  type SeasonRule,
  seasonCalendar,
} from './season-rules.ts';
export {
  PUBLISHED_SEASONS,
  type PublishedDate,
  type PublishedSeason,
  SEASON_DATE_KEYS,
  type SeasonDateKey,
} from './seasons.ts';
export {
  sourceRef,
  TIMELINE_SOURCES,
  type TimelineSource,
  type TimelineSourceId,
} from './sources.ts';
export { DUE_SOON_DAYS, statusOf } from './status.ts';
export {
  APPLICATION_TASK_KINDS,
  defaultTaskTitle,
  type InterviewInput,
  interviewKey,
  type PersonalTask,
  suggestedTasks,
  THANK_YOU_DUE_DAYS,
} from './tasks.ts';
export {
  checkThankYou,
  NRMP_COMMUNICATION_RULE,
  THANK_YOU_MAX_WORDS,
  type ThankYouContext,
} from './thank-you/check.ts';
export {
  type ComposeOptions,
  composeThankYou,
  PLACEHOLDERS,
  THANK_YOU_VARIANTS,
  type ThankYouInput,
} from './thank-you/compose.ts';
