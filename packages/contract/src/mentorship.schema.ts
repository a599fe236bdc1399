import {
  ACTION_ITEM_OWNERS,
  COMPATIBILITY_FACTORS,
  GOAL_STATUSES,
  MEETING_STATUSES,
  MENTOR_INELIGIBILITY_CODES,
  MENTOR_ROLES,
  MENTOR_TYPES,
  MENTORSHIP_MILESTONE_KINDS,
  OUTREACH_ISSUE_CODES,
  RELATIONSHIP_STATUSES,
  REQUEST_STATUSES,
  WEEKDAYS,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { calendarDateSchema, idSchema, timestampSchema } from './common.schema.ts';
import { questionIdSchema } from './interview.schema.ts';
import { answerReportSchema } from './interview-report.schema.ts';
import { slotZoneSourceSchema } from './mentorship-extras.schema.ts';

/**
 * Mentorship (issue 9): mentor profiles and the directory, outreach, requests with capacity, the
 * waitlist, the relationship tracker and mentor review of shared practice attempts. Shapes and
 * ranges only; the rules (time zones, cadence, limits) live in `@matchready/core/mentorship`
 * and are applied by the services. A mentor's views of a mentee never carry scores, visa status
 * or unshared attempts (decision 026).
 */

/** Shown next to every mentor list and request form: the platform carries no money. */
export const MENTORSHIP_NO_PAYMENTS_NOTICE =
  'Mentoring on MatchReady is free. Never send or ask for money, gifts or payment details here; report anyone who asks.';
/** Shown next to demo mentors (made by `npm start` / the demo seed). */
export const DEMO_MENTOR_NOTICE =
  'Demo mentor: a made-up profile for trying MatchReady, not a real physician.';

const shortText = (max: number) => z.string().trim().max(max);
const nonEmpty = (max: number, what: string) =>
  z.string().trim().min(1, `${what} is required`).max(max, `${what} is at most ${max} characters`);
const stringList = (maxItems: number, maxLength: number) =>
  z.array(nonEmpty(maxLength, 'Each entry')).max(maxItems);
/** IANA time zone name; the services check it is known. */
export const timeZoneNameSchema = nonEmpty(64, 'Time zone');

export const mentorTypeSchema = z.enum(MENTOR_TYPES);
export const mentorRoleSchema = z.enum(MENTOR_ROLES);
export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export const relationshipStatusSchema = z.enum(RELATIONSHIP_STATUSES);
export const milestoneKindSchema = z.enum(MENTORSHIP_MILESTONE_KINDS);
export const goalStatusSchema = z.enum(GOAL_STATUSES);
export const actionItemOwnerSchema = z.enum(ACTION_ITEM_OWNERS);
export const meetingStatusSchema = z.enum(MEETING_STATUSES);

// ─── availability ──────────────────────────────────────────────────────────

const clockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use HH:MM');
export const availabilityWindowSchema = z.object({
  weekday: z.enum(WEEKDAYS),
  start: clockTimeSchema,
  end: clockTimeSchema,
});
/** Weekly windows in the mentor's own time zone (the profile's). */
export const weeklyWindowsSchema = z.array(availabilityWindowSchema).max(28);

// ─── mentor profile ────────────────────────────────────────────────────────

export const mentorProfileInputSchema = z.object({
  specialties: stringList(5, 80).min(1, 'Name at least one specialty'),
  institution: nonEmpty(200, 'Institution'),
  /** US state or territory, two letters. */
  state: z.string().regex(/^[A-Z]{2}$/, 'Use the two-letter state code'),
  role: mentorRoleSchema,
  mentorTypes: z.array(mentorTypeSchema).min(1, 'Offer at least one kind of mentoring').max(4),
  /** Country of medical training when the mentor is an IMG; null for US/Canadian graduates. */
  imgCountry: nonEmpty(80, 'Country').nullable(),
  languages: stringList(10, 40).min(1, 'Name at least one language'),
  timeZone: timeZoneNameSchema,
  /** Most active mentees at once. */
  capacity: z.int().min(1).max(20),
  acceptingRequests: z.boolean(),
  helpsWith: shortText(1000),
  availability: weeklyWindowsSchema,
});
export type MentorProfileInput = z.infer<typeof mentorProfileInputSchema>;

export const responseTimeSchema = z.object({
  /** Median hours to answer a request; null with too few answers to say. */
  medianHours: z.number().nullable(),
  answered: z.int(),
  expired: z.int(),
  responseRate: z.number().nullable(),
});

/** A mentor as the directory shows them to anyone signed in. */
export const mentorCardSchema = z
  .object({
    id: idSchema,
    displayName: z.string(),
    /** Demo profiles from the seed: show DEMO_MENTOR_NOTICE. */
    isDemo: z.boolean(),
    specialties: z.array(z.string()),
    institution: z.string(),
    state: z.string(),
    role: mentorRoleSchema,
    mentorTypes: z.array(mentorTypeSchema),
    imgCountry: z.string().nullable(),
    languages: z.array(z.string()),
    timeZone: z.string(),
    capacity: z.int(),
    activeMentees: z.int(),
    freePlaces: z.int(),
    acceptingRequests: z.boolean(),
    helpsWith: z.string(),
    availability: weeklyWindowsSchema,
    lastActiveAt: timestampSchema.nullable(),
    /** True only when an organisation admin or a site admin vouched for the mentor. */
    verified: z.boolean(),
    verifiedAt: timestampSchema.nullable(),
    responseTime: responseTimeSchema,
  })
  .meta({ id: 'MentorCard' });
export type MentorCard = z.infer<typeof mentorCardSchema>;

export const mentorProfileResponseSchema = z.object({ profile: mentorCardSchema.nullable() });
export type MentorProfileResponse = z.infer<typeof mentorProfileResponseSchema>;

export const mentorAcceptingRequestSchema = z.object({ acceptingRequests: z.boolean() });
export const mentorAcceptingResponseSchema = z.object({
  profile: mentorCardSchema,
  /** Open requests declined politely because the mentor paused. */
  declinedRequests: z.int(),
});

// ─── mentee preferences and goals ──────────────────────────────────────────

export const menteePreferencesInputSchema = z.object({
  specialties: stringList(5, 80),
  mentorTypes: z.array(mentorTypeSchema).max(4),
  /** Country of medical training. */
  country: nonEmpty(80, 'Country'),
  languages: stringList(10, 40).min(1, 'Name at least one language'),
  timeZone: timeZoneNameSchema,
  wantsImgMentor: z.boolean(),
  challenges: stringList(10, 200),
});
export type MenteePreferencesInput = z.infer<typeof menteePreferencesInputSchema>;

export const goalProgressSchema = z.object({
  done: z.int(),
  total: z.int(),
  share: z.number().min(0).max(1).nullable(),
});

export const menteeGoalSchema = z
  .object({
    id: idSchema,
    text: z.string(),
    status: goalStatusSchema,
    targetOn: calendarDateSchema.nullable(),
    progress: goalProgressSchema,
    createdAt: timestampSchema,
  })
  .meta({ id: 'MenteeGoal' });
export type MenteeGoalView = z.infer<typeof menteeGoalSchema>;

export const menteePreferencesSchema = menteePreferencesInputSchema.extend({
  updatedAt: timestampSchema,
});

export const menteePreferencesResponseSchema = z.object({
  preferences: menteePreferencesSchema.nullable(),
  goals: z.array(menteeGoalSchema),
});
export type MenteePreferencesResponse = z.infer<typeof menteePreferencesResponseSchema>;

export const goalInputSchema = z.object({
  text: nonEmpty(200, 'Goal'),
  targetOn: calendarDateSchema.nullable().optional(),
});
export const goalUpdateSchema = z.object({
  text: nonEmpty(200, 'Goal').optional(),
  status: goalStatusSchema.optional(),
  targetOn: calendarDateSchema.nullable().optional(),
});
export const goalResponseSchema = z.object({ goal: menteeGoalSchema });

// ─── directory ─────────────────────────────────────────────────────────────

/** Comma-separated lists in the query string. */
const csv = z
  .string()
  .max(500)
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const mentorSearchQuerySchema = z.object({
  specialties: csv.optional(),
  mentorTypes: csv.pipe(z.array(mentorTypeSchema)).optional(),
  languages: csv.optional(),
  /** Keep mentors at most this many hours from the mentee's time zone. */
  withinHours: z.coerce.number().int().min(0).max(14).optional(),
  /** true: IMG mentors only; false: US/Canadian graduates only. */
  imgMentor: flag.optional(),
  hasFreePlace: flag.optional(),
  /** Free text matched against name, institution and "helps with". */
  text: z.string().max(100).optional(),
});
export type MentorSearchQuery = z.input<typeof mentorSearchQuerySchema>;

export const ineligibilityReasonSchema = z.object({
  code: z.enum(MENTOR_INELIGIBILITY_CODES),
  message: z.string(),
});

/** The compatibility of one mentor with the signed-in mentee (core ranking, decision 019). */
export const mentorMatchSchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(ineligibilityReasonSchema),
  score: z.int(),
  /** Every factor's contribution; they add up to `score`. */
  factors: z.array(z.object({ factor: z.enum(COMPATIBILITY_FACTORS), contribution: z.int() })),
});

export const directoryEntrySchema = z.object({
  mentor: mentorCardSchema,
  /** Null when the caller has no mentee preferences yet (nothing to rank against). */
  match: mentorMatchSchema.nullable(),
  /** The caller has blocked this mentor. */
  blocked: z.boolean(),
});

export const mentorSearchResponseSchema = z.object({
  /** Eligible mentors first by score, then the ineligible ones with their reasons. */
  entries: z.array(directoryEntrySchema),
  maxScore: z.int(),
  /** Set when ranking needs mentee preferences that are missing. */
  needsPreferences: z.boolean(),
  noPaymentsNotice: z.string(),
  demoNotice: z.string(),
});
export type MentorSearchResponse = z.infer<typeof mentorSearchResponseSchema>;

export const mentorResponseSchema = z.object({
  entry: directoryEntrySchema,
  noPaymentsNotice: z.string(),
  demoNotice: z.string(),
});

// ─── outreach ──────────────────────────────────────────────────────────────

export const MAX_OUTREACH_CHARACTERS = 5000;
export const outreachTextSchema = z.object({
  text: z.string().max(MAX_OUTREACH_CHARACTERS, `At most ${MAX_OUTREACH_CHARACTERS} characters`),
});

export const outreachReportSchema = z
  .object({
    wordCount: z.int(),
    paragraphs: z.int(),
    sentences: z.int(),
    ready: z.boolean(),
    issues: z.array(
      z.object({
        code: z.enum(OUTREACH_ISSUE_CODES),
        message: z.string(),
        evidence: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'OutreachReport' });
export type OutreachReportView = z.infer<typeof outreachReportSchema>;

export const composeOutreachRequestSchema = z.object({
  mentorId: idSchema,
  trainedAt: nonEmpty(200, 'Where you trained'),
  applyingTo: nonEmpty(100, 'Specialty'),
  matchYear: z.int().min(2000).max(2100).optional(),
  currentlyDoing: shortText(200).optional(),
  connection: z.object({
    kind: z.enum(['shared-country', 'shared-school', 'their-work', 'referral', 'directory']),
    detail: shortText(300),
  }),
  ask: z.object({
    kind: z.enum(['call', 'questions']),
    minutes: z.union([z.literal(15), z.literal(20)]).optional(),
    topic: nonEmpty(300, 'Topic'),
  }),
});
export type ComposeOutreachRequest = z.infer<typeof composeOutreachRequestSchema>;

export const composeOutreachResponseSchema = z.object({
  subject: z.string(),
  text: z.string(),
  report: outreachReportSchema,
});

// ─── requests ──────────────────────────────────────────────────────────────

/** The other person in a request or relationship: name only, never scores or visa status. */
export const personSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  isDemo: z.boolean(),
});

export const mentorshipRequestSchema = z
  .object({
    id: idSchema,
    mentee: personSchema,
    mentor: personSchema,
    status: requestStatusSchema,
    message: z.string(),
    /** The mentor's note when accepting or declining (or the automatic polite note). */
    note: z.string().nullable(),
    createdAt: timestampSchema,
    respondedAt: timestampSchema.nullable(),
    expiresAt: timestampSchema,
    nudgedAt: timestampSchema.nullable(),
    /** Set once accepted. */
    relationshipId: idSchema.nullable(),
  })
  .meta({ id: 'MentorshipRequest' });
export type MentorshipRequestView = z.infer<typeof mentorshipRequestSchema>;

export const createMentorshipRequestSchema = z.object({
  mentorId: idSchema,
  message: nonEmpty(MAX_OUTREACH_CHARACTERS, 'Message'),
});
export const respondToRequestSchema = z.object({ note: shortText(1000).optional() });

export const requestResponseSchema = z.object({ request: mentorshipRequestSchema });
export const requestListResponseSchema = z.object({
  /** Requests I sent (mentee) or received (mentor), newest first. */
  requests: z.array(mentorshipRequestSchema),
  /** Mentee: open requests against the limit of 3; null for mentors. */
  allowance: z
    .object({ open: z.int(), limit: z.int(), remaining: z.int(), allowed: z.boolean() })
    .nullable(),
});
export type RequestListResponse = z.infer<typeof requestListResponseSchema>;

// ─── waitlist ──────────────────────────────────────────────────────────────

export const waitlistEntrySchema = z
  .object({
    id: idSchema,
    mentor: personSchema,
    joinedAt: timestampSchema,
    /** 1-based place among the mentor's waitlist (mentees with no mentor first). */
    position: z.int().min(1),
    /** When a free place was offered to this mentee; they can now send a request. */
    offeredAt: timestampSchema.nullable(),
  })
  .meta({ id: 'WaitlistEntry' });
export const joinWaitlistRequestSchema = z.object({ mentorId: idSchema });
export const waitlistEntryResponseSchema = z.object({ entry: waitlistEntrySchema });
export const waitlistResponseSchema = z.object({ entries: z.array(waitlistEntrySchema) });

// ─── relationships ─────────────────────────────────────────────────────────

export const meetingStandingSchema = z.object({
  status: meetingStatusSchema,
  dueAt: timestampSchema.nullable(),
  daysOverdue: z.int(),
});

export const relationshipSummarySchema = z
  .object({
    id: idSchema,
    mentee: personSchema,
    mentor: personSchema,
    status: relationshipStatusSchema,
    source: z.enum(['request', 'program']),
    programId: idSchema.nullable(),
    cadenceWeeks: z.int(),
    startedAt: timestampSchema,
    nextMeetingAt: timestampSchema.nullable(),
    standing: meetingStandingSchema,
    overdueActionItems: z.int(),
    endedAt: timestampSchema.nullable(),
    exitNote: z.string().nullable(),
  })
  .meta({ id: 'RelationshipSummary' });
export type RelationshipSummary = z.infer<typeof relationshipSummarySchema>;

export const meetingSchema = z
  .object({
    id: idSchema,
    scheduledAt: timestampSchema,
    minutes: z.int(),
    /** The mentee's agenda with updates since the last meeting. */
    agenda: z.string(),
    /** Notes both sides read. */
    sharedNotes: z.string(),
    /** The caller's own private notes; the other side's are never returned. */
    myPrivateNotes: z.string(),
    /** Set when the meeting happened. */
    heldAt: timestampSchema.nullable(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'MentorshipMeeting' });

export const actionItemSchema = z
  .object({
    id: idSchema,
    owner: actionItemOwnerSchema,
    text: z.string(),
    dueOn: calendarDateSchema.nullable(),
    doneAt: timestampSchema.nullable(),
    goalId: idSchema.nullable(),
    overdue: z.boolean(),
  })
  .meta({ id: 'ActionItem' });

export const mentorshipMilestoneSchema = z
  .object({
    id: idSchema,
    kind: milestoneKindSchema,
    note: z.string(),
    achievedOn: calendarDateSchema,
    createdAt: timestampSchema,
  })
  .meta({ id: 'MentorshipMilestone' });

export const thankYouPromptSchema = z.object({
  kind: z.enum(['meeting', 'milestone']),
  id: idSchema,
  at: timestampSchema,
});

export const attemptShareSchema = z
  .object({
    id: idSchema,
    attemptId: idSchema,
    questionId: questionIdSchema,
    sharedAt: timestampSchema,
    revokedAt: timestampSchema.nullable(),
    comments: z.int(),
  })
  .meta({ id: 'AttemptShare' });

export const relationshipDetailSchema = z
  .object({
    relationship: relationshipSummarySchema,
    meetings: z.array(meetingSchema),
    actionItems: z.array(actionItemSchema),
    milestones: z.array(mentorshipMilestoneSchema),
    /** The mentee's goals with progress from linked action items. */
    goals: z.array(menteeGoalSchema),
    /** Mentee only: meetings and milestones to thank the mentor for. */
    thankYouPrompts: z.array(thankYouPromptSchema),
    /** Mentee: every share, revoked included (the record); mentor: the live shares only. */
    shares: z.array(attemptShareSchema),
  })
  .meta({ id: 'RelationshipDetail' });
export type RelationshipDetail = z.infer<typeof relationshipDetailSchema>;

export const relationshipListResponseSchema = z.object({
  relationships: z.array(relationshipSummarySchema),
  /** Active relationships whose meeting is overdue, and open overdue action items, for dashboards. */
  overdue: z.object({ meetings: z.int(), actionItems: z.int() }),
});
export const relationshipResponseSchema = relationshipDetailSchema;

export const updateRelationshipSchema = z.object({
  cadenceWeeks: z.int().min(4).max(8).optional(),
  nextMeetingAt: timestampSchema.nullable().optional(),
});
export const endRelationshipSchema = z.object({ exitNote: nonEmpty(1000, 'Exit note') });

// ─── booking and meetings ──────────────────────────────────────────────────

const localSlotTimeSchema = z.object({
  timeZone: z.string(),
  date: calendarDateSchema,
  time: z.string(),
  weekday: z.enum(WEEKDAYS),
  utcOffset: z.string(),
});
export const bookableSlotSchema = z.object({
  start: timestampSchema,
  end: timestampSchema,
  mentor: localSlotTimeSchema,
  mentee: localSlotTimeSchema,
});
export const slotsResponseSchema = z.object({
  slots: z.array(bookableSlotSchema),
  minutes: z.int(),
  /** The zone the mentee's times are in, and where it came from (decision 048). */
  menteeZone: z.object({ timeZone: z.string(), source: slotZoneSourceSchema }),
});

export const createMeetingSchema = z.object({
  /** For a booked call: one of the listed slots' start. */
  scheduledAt: timestampSchema,
  minutes: z.int().min(15).max(120).optional(),
  agenda: shortText(4000).optional(),
  /** True: check the time against the mentor's published availability (first-call booking). */
  fromAvailability: z.boolean().optional(),
});
export const updateMeetingSchema = z.object({
  /** Move a meeting not yet held (the mentor must have no other meeting then). */
  scheduledAt: timestampSchema.optional(),
  minutes: z.int().min(15).max(120).optional(),
  agenda: shortText(4000).optional(),
  sharedNotes: shortText(8000).optional(),
  /** Replaces the caller's own private notes. */
  privateNotes: shortText(8000).optional(),
  held: z.boolean().optional(),
  /** Mentee: thank the mentor or dismiss the prompt for this meeting. */
  thankYou: z.enum(['thanked', 'dismissed']).optional(),
});
export const meetingResponseSchema = z.object({
  meeting: meetingSchema,
  /**
   * Whether the other side was emailed about this change: false when the relationship's hourly
   * share of meeting mail was used up (the change is saved and shown all the same); absent when
   * the request sends no mail (a notes save).
   */
  partnerEmailed: z.boolean().optional(),
});

export const createActionItemSchema = z.object({
  owner: actionItemOwnerSchema,
  text: nonEmpty(500, 'Action item'),
  dueOn: calendarDateSchema.nullable().optional(),
  goalId: idSchema.nullable().optional(),
});
export const updateActionItemSchema = z.object({
  text: nonEmpty(500, 'Action item').optional(),
  dueOn: calendarDateSchema.nullable().optional(),
  done: z.boolean().optional(),
});
export const actionItemResponseSchema = z.object({ actionItem: actionItemSchema });

export const createMilestoneSchema = z.object({
  kind: milestoneKindSchema,
  note: shortText(500).optional(),
  achievedOn: calendarDateSchema,
});
export const updateMilestoneSchema = z.object({
  note: shortText(500).optional(),
  /** Mentee: thank the mentor or dismiss the prompt for this milestone. */
  thankYou: z.enum(['thanked', 'dismissed']).optional(),
});
export const milestoneResponseSchema = z.object({ milestone: mentorshipMilestoneSchema });

// ─── attempt sharing and comments ──────────────────────────────────────────

export const shareAttemptSchema = z.object({ attemptId: idSchema });
export const shareResponseSchema = z.object({ share: attemptShareSchema });

export const shareCommentSchema = z.object({
  id: idSchema,
  author: personSchema,
  text: z.string(),
  createdAt: timestampSchema,
});
export const commentInputSchema = z.object({ text: nonEmpty(4000, 'Comment') });
export const commentResponseSchema = z.object({ comment: shareCommentSchema });

/** What a mentor sees of a shared attempt: the answer and its analysis, nothing else. */
export const sharedAttemptResponseSchema = z
  .object({
    share: attemptShareSchema,
    relationshipId: idSchema,
    attempt: z.object({
      questionId: questionIdSchema,
      questionPrompt: z.string(),
      answer: z.string(),
      speakingSeconds: z.number().nullable(),
      report: answerReportSchema,
      createdAt: timestampSchema,
    }),
    comments: z.array(shareCommentSchema),
  })
  .meta({ id: 'SharedAttempt' });
export type SharedAttemptResponse = z.infer<typeof sharedAttemptResponseSchema>;

// ─── trust ─────────────────────────────────────────────────────────────────

export const verifyMentorSchema = z.object({ verified: z.boolean() });
export const reportMentorSchema = z.object({ reason: nonEmpty(2000, 'Reason') });
export const mentorReportSchema = z.object({
  id: idSchema,
  mentor: personSchema,
  reporter: personSchema,
  reason: z.string(),
  createdAt: timestampSchema,
});
export const mentorReportsResponseSchema = z.object({ reports: z.array(mentorReportSchema) });
