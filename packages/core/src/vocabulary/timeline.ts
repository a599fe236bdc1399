// The timeline's words: milestone ids and statuses, task kinds, thank-you check codes, next-step
// reasons and the plain records the planner returns. No behaviour; imports nothing (the contract
// builds its zod schemas from these, the web app renders them, the ICS feed reads them).

/** The first Match year the planner knows (the ROL-deadline rule it uses starts with 2023). */
export const TIMELINE_FIRST_SEASON = 2023;
/** Later seasons are derived from rules; past this year the rules are not worth trusting. */
export const TIMELINE_LAST_SEASON = 2100;

/** Status of a milestone relative to "today" (docs/timeline.md, "Status"). */
export const MILESTONE_STATUSES = ['done', 'upcoming', 'due-soon', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** An event happens on its date (done once passed); an action is something the applicant does. */
export const MILESTONE_KINDS = ['event', 'action'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

export const MILESTONE_CATEGORIES = [
  'application',
  'match',
  'exam',
  'ecfmg',
  'interview',
  'thank-you',
  'task',
] as const;
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];

/** Dates every season has (published or derived). */
export const SEASON_MILESTONE_IDS = [
  'eras-opens',
  'eras-submission-opens',
  'eras-submit',
  'nrmp-registration-opens',
  'nrmp-register',
  'ranking-opens',
  'rol-deadline',
  'match-week',
  'soap',
  'match-day',
  'eras-season-ends',
  'residency-start',
] as const;
export type SeasonMilestoneId = (typeof SEASON_MILESTONE_IDS)[number];

/** Milestones that appear because of the applicant's profile (exams, ECFMG, H-1B). */
export const PROFILE_MILESTONE_IDS = [
  'step1',
  'step2ck',
  'ecfmg-pathway',
  'ecfmg-requirements',
  'step3-h1b',
] as const;
export type ProfileMilestoneId = (typeof PROFILE_MILESTONE_IDS)[number];

/** Prefixes of the ids made per interview and per personal task: `thank-you-<key>`, … */
export const INTERVIEW_ID_PREFIX = 'interview-';
export const THANK_YOU_ID_PREFIX = 'thank-you-';
export const TASK_ID_PREFIX = 'task-';

/** Personal tasks the applicant tracks next to the season's dates. */
export const TASK_KINDS = [
  'letters-of-recommendation',
  'personal-statement',
  'cv',
  'program-signals',
  'custom',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** How far the USMLE Steps have got (the same words as the stored applicant profile). */
export const EXAM_PROGRESS = ['not-taken', 'passed', 'failed'] as const;
export type ExamProgress = (typeof EXAM_PROGRESS)[number];
export const ECFMG_PROGRESS = ['not-started', 'in-progress', 'certified'] as const;
export type EcfmgProgress = (typeof ECFMG_PROGRESS)[number];
export const PATHWAY_PROGRESS = ['not-needed', 'not-started', 'in-progress', 'completed'] as const;
export type PathwayProgress = (typeof PATHWAY_PROGRESS)[number];
export const OET_PROGRESS = ['not-needed', 'not-taken', 'passed'] as const;
export type OetProgress = (typeof OET_PROGRESS)[number];

/** Codes of checkThankYou() (docs/thank-you-notes.md). Stable: the web app and tests key on them. */
export const THANK_YOU_CHECK_CODES = [
  'no-interviewer-name',
  'no-program-name',
  'no-specific-detail',
  'ranking-statement',
  'asks-for-commitment',
  'placeholder-left',
  'too-long',
] as const;
export type ThankYouCheckCode = (typeof THANK_YOU_CHECK_CODES)[number];

/** Why an item made the "what's next" digest (docs/timeline.md, "What's next"). */
export const NEXT_STEP_REASONS = [
  'late',
  'due-today',
  'due-soon',
  'mentorship-overdue',
  'practice-due',
  'coming-up',
  'upcoming',
] as const;
export type NextStepReason = (typeof NEXT_STEP_REASONS)[number];
export const NEXT_STEP_ORIGINS = ['timeline', 'practice', 'mentorship'] as const;
export type NextStepOrigin = (typeof NEXT_STEP_ORIGINS)[number];

/** A public source as a milestone carries it: enough for a link and a calendar URL field. */
export interface SourceRef {
  readonly id: string;
  readonly title: string;
  readonly url: string;
}

/**
 * One dated item of the timeline. Carries what a calendar needs: a stable `id` (the UID, once a
 * caller prefixes it with the user), an all-day `due` date, a title, a description (`detail`)
 * and the source URL.
 */
export interface Milestone {
  readonly id: string;
  readonly title: string;
  /** Calendar date YYYY-MM-DD (all-day; times such as "9 p.m. ET" are in `detail`). */
  readonly due: string;
  readonly status: MilestoneStatus;
  readonly kind: MilestoneKind;
  readonly category: MilestoneCategory;
  /** Ids of milestones in the same plan that come first. */
  readonly dependsOn: readonly string[];
  /** null for the applicant's own tasks and interviews. */
  readonly source: SourceRef | null;
  /** True when the date comes from a rule, not from a published calendar. */
  readonly derived: boolean;
  /** The rule that set the date (always given when `derived`); null for published or personal dates. */
  readonly rule: string | null;
  readonly detail: string;
}

export interface TimelinePlan {
  readonly season: number;
  readonly today: string;
  /** Sorted by due date, then id. */
  readonly milestones: readonly Milestone[];
}

/** One finding of checkThankYou(). `evidence` is a verbatim piece of the note, or null. */
export interface ThankYouIssue {
  readonly code: ThankYouCheckCode;
  readonly message: string;
  readonly evidence: string | null;
}

export interface ThankYouDraft {
  readonly subject: string;
  readonly body: string;
  /** Which phrasing was used (the same inputs always give the same variant). */
  readonly variant: number;
}

/** One entry of the "what's next" digest. */
export interface NextStep {
  readonly origin: NextStepOrigin;
  /** Milestone id, mentorship item id, or "practice". */
  readonly id: string;
  readonly title: string;
  readonly due: string | null;
  readonly reason: NextStepReason;
  /** Plain words for the dashboard and the reminder email. */
  readonly message: string;
}
