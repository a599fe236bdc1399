// '@matchready/core/mentorship': compatibility ranking and directory filters, input validators,
// the outreach checker and composer, request and relationship rules, and first-call booking.
// Pure: no I/O, no clock ("now" is a parameter), no randomness.

export {
  MAX_AVAILABILITY_WINDOWS,
  minuteOfDay,
  parseWeeklyAvailability,
  weeklyAvailableMinutes,
} from './booking/availability.ts';
export {
  type BookableSlot,
  type BookingRequest,
  DEFAULT_HORIZON_DAYS,
  type LocalSlotTime,
  listBookableSlots,
  MAX_HORIZON_DAYS,
  MAX_SLOTS,
  SLOT_MINUTES,
} from './booking/slots.ts';
export {
  freePlaces,
  hasFreePlace,
  type IneligibilityReason,
  mentorIneligibility,
} from './compatibility/eligibility.ts';
export { textKey } from './compatibility/factors.ts';
export {
  compileMentorFilter,
  filterMentors,
  type MentorFilter,
  type MentorPredicate,
  type TimeZoneBand,
} from './compatibility/filters.ts';
export {
  type MentorRanking,
  type RankedMentor,
  type RankOptions,
  rankMentors,
} from './compatibility/rank.ts';
export {
  type CompatibilityScorer,
  createCompatibilityScorer,
  type FactorContribution,
  type PairScore,
  type ScorerOptions,
} from './compatibility/scorer.ts';
export {
  type CompatibilityWeights,
  DEFAULT_COMPATIBILITY_WEIGHTS,
  MAX_FACTOR_WEIGHT,
  normaliseWeights,
  parseWeights,
  resolveWeights,
} from './compatibility/weights.ts';
export {
  checkOutreach,
  OUTREACH_LIMITS,
  type OutreachIssue,
  type OutreachReport,
} from './outreach/check.ts';
export {
  type ComposeOutreachInput,
  composeOutreach,
  OUTREACH_CONNECTION_KINDS,
  type OutreachConnectionKind,
  type OutreachDraft,
} from './outreach/compose.ts';
export { OUTREACH_ISSUE_DOCS, type OutreachIssueDoc } from './outreach/issue-docs.ts';
export {
  MAX_MENTOR_CAPACITY,
  parseMenteeInput,
  parseMentorInput,
  parseMentorList,
} from './profile-input.ts';
export {
  isActionItemOverdue,
  localDateOf,
  overdueActionItems,
} from './relationship/action-items.ts';
export {
  CADENCE_WEEKS,
  DUE_SOON_DAYS,
  FIRST_MEETING_DAYS,
  type MeetingPlan,
  type MeetingStanding,
  meetingStanding,
  nextMeetingDue,
  parseCadenceWeeks,
} from './relationship/cadence.ts';
export { type GoalProgress, goalProgress } from './relationship/goals.ts';
export {
  type AcceptDecision,
  AUTO_DECLINE_NOTES,
  type AutoDecline,
  autoDeclines,
  canMoveRequest,
  decideAccept,
  effectiveRequestStatus,
  isNudgeDue,
  OPEN_REQUEST_LIMIT,
  openRequestAllowance,
  REQUEST_EXPIRY_DAYS,
  REQUEST_NUDGE_DAYS,
  type RequestAllowance,
  requestExpiresAt,
} from './relationship/requests.ts';
export {
  MIN_RESPONSE_SAMPLES,
  type ResponseStats,
  responseStats,
} from './relationship/response-time.ts';
export {
  THANK_YOU_WINDOW_DAYS,
  type ThankableEvent,
  thankYouPrompts,
} from './relationship/thank-you.ts';
export {
  nextForPlace,
  orderWaitlist,
  type WaitlistEntry,
  waitlistPosition,
} from './relationship/waitlist.ts';
export {
  type CalendarDate,
  canonicalTimeZone,
  formatUtcOffset,
  hoursApart,
  isKnownTimeZone,
  type LocalDateTime,
  localDateTime,
  type ResolvedWallTime,
  resolveWallTime,
  wallTimeToEpoch,
  zoneOffsetMinutes,
} from './time-zone.ts';
