import type {
  CompatibilityFactor,
  GoalStatus,
  MeetingStatus,
  MentorIneligibilityCode,
  MentorRole,
  MentorshipMilestoneKind,
  MentorType,
  OutreachIssueCode,
  RequestStatus,
  Weekday,
} from '@matchready/core/vocabulary';

/** Words users read for the mentorship codes (docs/glossary.md explains the terms). */

export const MENTOR_TYPE_LABELS: Readonly<Record<MentorType, string>> = {
  career: 'Career',
  research: 'Research',
  clinical: 'Clinical',
  cultural: 'Cultural / IMG peer',
};

export const MENTOR_ROLE_LABELS: Readonly<Record<MentorRole, string>> = {
  attending: 'Attending physician',
  fellow: 'Fellow',
  resident: 'Resident',
  'program-leadership': 'Program leadership',
};

export const FACTOR_LABELS: Readonly<Record<CompatibilityFactor, string>> = {
  specialty: 'Specialty',
  'mentor-type': 'Kind of mentoring',
  language: 'Language',
  'time-zone': 'Time zone',
  'img-background': 'IMG background',
  'free-capacity': 'Free places',
};

export const INELIGIBILITY_LABELS: Readonly<Record<MentorIneligibilityCode, string>> = {
  self: 'This is you',
  blocked: 'Blocked',
  paused: 'Paused',
  full: 'Full',
};

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, string>> = {
  pending: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

export const REQUEST_STATUS_COLORS: Readonly<Record<RequestStatus, string>> = {
  pending: 'blue',
  accepted: 'teal',
  declined: 'gray',
  withdrawn: 'gray',
  expired: 'orange',
};

export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  scheduled: 'Next meeting planned',
  'on-track': 'On track',
  'due-soon': 'Meeting due soon',
  overdue: 'Meeting overdue',
  none: 'No meeting yet',
};

export const MEETING_STATUS_COLORS: Readonly<Record<MeetingStatus, string>> = {
  scheduled: 'teal',
  'on-track': 'teal',
  'due-soon': 'yellow',
  overdue: 'red',
  none: 'gray',
};

export const MILESTONE_LABELS: Readonly<Record<MentorshipMilestoneKind, string>> = {
  'exam-passed': 'Exam passed',
  'eras-submitted': 'ERAS submitted',
  'interview-invite': 'Interview invite',
  'rank-list-certified': 'Rank list certified',
  matched: 'Matched',
  other: 'Other',
};

export const GOAL_STATUS_LABELS: Readonly<Record<GoalStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const WEEKDAY_LABELS: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Short names for the checker's codes in the issue list; the long text is the issue's message. */
export const OUTREACH_ISSUE_TITLES: Readonly<Record<OutreachIssueCode, string>> = {
  'generic-greeting': 'Greeting could go to anyone',
  'no-introduction': 'Say who you are',
  'no-connection': 'Say why this mentor',
  'no-specific-ask': 'Make one small, specific ask',
  'big-first-ask': 'Too big for a first message',
  'no-time-respect': 'Acknowledge their time',
  'too-long': 'Too long',
};

/** Shown wherever mentees and mentors meet: the platform carries no money. */
export const NO_PAYMENTS_NOTE =
  'Mentoring on MatchReady is free. Never send or ask for money, gifts or payment details here; report anyone who asks.';

export const options = <T extends string>(labels: Readonly<Record<T, string>>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
