/**
 * Mentorship words (issue 9; the module is described in docs/architecture.md): the codes and record shapes that the
 * core, the contract, services, the database and the CLI share. Field names follow the CLI
 * contract of `matchready mentors rank` (decision 019), which makes them the canonical names
 * everywhere. Types and constant lists only: no behaviour.
 */

/** The help a mentor offers; "cultural" is the IMG peer who explains the unwritten rules. */
export const MENTOR_TYPES = ['career', 'research', 'clinical', 'cultural'] as const;
export type MentorType = (typeof MENTOR_TYPES)[number];

export const MENTOR_ROLES = ['attending', 'fellow', 'resident', 'program-leadership'] as const;
export type MentorRole = (typeof MENTOR_ROLES)[number];

/** Factors of the compatibility score, in the order they are reported (decision 019). */
export const COMPATIBILITY_FACTORS = [
  'specialty',
  'mentor-type',
  'language',
  'time-zone',
  'img-background',
  'free-capacity',
] as const;
export type CompatibilityFactor = (typeof COMPATIBILITY_FACTORS)[number];

/** Why a mentor cannot be recommended to a mentee right now; never a low score instead. */
export const MENTOR_INELIGIBILITY_CODES = ['self', 'blocked', 'paused', 'full'] as const;
export type MentorIneligibilityCode = (typeof MENTOR_INELIGIBILITY_CODES)[number];

/** Outreach checker codes (docs/outreach-issues.md), in the order a reader meets them. */
export const OUTREACH_ISSUE_CODES = [
  'generic-greeting',
  'no-introduction',
  'no-connection',
  'no-specific-ask',
  'big-first-ask',
  'no-time-respect',
  'too-long',
] as const;
export type OutreachIssueCode = (typeof OUTREACH_ISSUE_CODES)[number];

/** Issue codes of the mentorship input validators (the CLI exits 2 with them). */
export const MENTORSHIP_INPUT_ISSUE_CODES = [
  'required',
  'invalid-type',
  'invalid-value',
  'unknown-time-zone',
  'duplicate-id',
  'too-long',
  'too-many-issues',
] as const;
export type MentorshipInputIssueCode = (typeof MENTORSHIP_INPUT_ISSUE_CODES)[number];

/**
 * A request from a mentee to a mentor. `pending` is the only open status; `declined` also covers
 * the polite automatic decline when a mentor pauses.
 */
export const REQUEST_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const RELATIONSHIP_STATUSES = ['active', 'paused', 'ended'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

export const MENTORSHIP_MILESTONE_KINDS = [
  'exam-passed',
  'eras-submitted',
  'interview-invite',
  'rank-list-certified',
  'matched',
  'other',
] as const;
export type MentorshipMilestoneKind = (typeof MENTORSHIP_MILESTONE_KINDS)[number];

export const GOAL_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const ACTION_ITEM_OWNERS = ['mentee', 'mentor'] as const;
export type ActionItemOwner = (typeof ACTION_ITEM_OWNERS)[number];

/** How a meeting stands against the agreed cadence at a given moment. */
export const MEETING_STATUSES = ['scheduled', 'on-track', 'due-soon', 'overdue', 'none'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** What the compatibility ranking reads about a mentor (the `mentors rank` input shape). */
export interface MentorRankingInput {
  /** The person's id: equal to a mentee id means the same person. */
  readonly id: string;
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  /** Country of medical training when the mentor is an IMG; null when they trained in the US or Canada. */
  readonly imgCountry: string | null;
  readonly languages: readonly string[];
  /** IANA time zone, e.g. "America/Chicago". */
  readonly timeZone: string;
  /** The most active mentees the mentor takes at once. */
  readonly capacity: number;
  readonly activeMentees: number;
  readonly acceptingRequests: boolean;
}

/** A mentor's directory profile. */
export interface MentorProfile extends MentorRankingInput {
  readonly institution: string;
  /** US state or territory, two-letter code. */
  readonly state: string;
  readonly role: MentorRole;
  /** In the mentor's words: what they can help with. */
  readonly helpsWith: string;
  /** ISO-8601 UTC timestamp; absent when never active since joining. */
  readonly lastActiveAt?: string;
  /** True only when an organisation admin or a site admin vouches for the mentor. */
  readonly verified: boolean;
}

/** What the compatibility ranking reads about a mentee (the `mentors rank` input shape). */
export interface MenteeRankingInput {
  readonly id: string;
  /** Target specialties, most wanted first. */
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  /** Country of medical training. */
  readonly country: string;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly wantsImgMentor: boolean;
}

/** A mentee's preferences next to the applicant profile. */
export interface MenteePreferences extends MenteeRankingInput {
  /** 6–12 month goals in the mentee's words, e.g. "two US letters". */
  readonly goals: readonly string[];
  readonly challenges: readonly string[];
}

/** One weekly window in the mentor's own time zone; `end` may be "24:00". */
export interface AvailabilityWindow {
  readonly weekday: Weekday;
  /** "HH:MM", 24-hour local time. */
  readonly start: string;
  readonly end: string;
}

export interface WeeklyAvailability {
  readonly timeZone: string;
  readonly windows: readonly AvailabilityWindow[];
}

/** A mentee's request to a mentor. Timestamps are ISO-8601 UTC. */
export interface MentorshipRequest {
  readonly id: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly status: RequestStatus;
  readonly createdAt: string;
  /** When the mentor accepted or declined; null otherwise. */
  readonly respondedAt: string | null;
  /** When the mentor was reminded of the request; null when not yet. */
  readonly nudgedAt: string | null;
}

/** Something one side of a pair agreed to do, with an optional due date and goal. */
export interface ActionItem {
  readonly id: string;
  readonly owner: ActionItemOwner;
  readonly text: string;
  /** Calendar date "YYYY-MM-DD" in the owner's time zone, or null for no due date. */
  readonly dueOn: string | null;
  /** ISO-8601 UTC; null while open. */
  readonly doneAt: string | null;
  readonly goalId: string | null;
}

/** One of the mentee's 6–12 month goals, e.g. "two US letters". */
export interface MenteeGoal {
  readonly id: string;
  readonly text: string;
  readonly status: GoalStatus;
  /** Calendar date "YYYY-MM-DD", or null. */
  readonly targetOn: string | null;
}
