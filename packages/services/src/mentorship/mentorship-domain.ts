import type {
  ActionItemOwner,
  AvailabilityWindow,
  GoalStatus,
  MentorRole,
  MentorshipMilestoneKind,
  MentorType,
  RelationshipStatus,
  RequestStatus,
  ShareableProfileField,
} from '@matchready/core/vocabulary';

/**
 * Mentorship records as the repositories store them (issue 9). Timestamps are ISO-8601 UTC,
 * dates "YYYY-MM-DD". The services turn them into the contract's views for one viewer.
 */

export interface MentorProfileRecord {
  readonly userId: string;
  readonly specialties: readonly string[];
  readonly institution: string;
  readonly state: string;
  readonly role: MentorRole;
  readonly mentorTypes: readonly MentorType[];
  readonly imgCountry: string | null;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly capacity: number;
  readonly acceptingRequests: boolean;
  readonly helpsWith: string;
  readonly availability: readonly AvailabilityWindow[];
  readonly verifiedBy: string | null;
  readonly verifiedAt: string | null;
  readonly lastActiveAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface MenteePreferencesRecord {
  readonly userId: string;
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  readonly country: string;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly wantsImgMentor: boolean;
  readonly challenges: readonly string[];
  readonly updatedAt: string;
}

export interface GoalRecord {
  readonly id: string;
  readonly menteeId: string;
  readonly text: string;
  readonly status: GoalStatus;
  readonly targetOn: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface RequestRecord {
  readonly id: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly status: RequestStatus;
  readonly message: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly respondedAt: string | null;
  readonly nudgedAt: string | null;
  readonly relationshipId: string | null;
}

export type RelationshipSource = 'request' | 'program';

/** The cadence a new pair starts with: the middle of the recommended 4–8 weeks. */
export const DEFAULT_CADENCE_WEEKS = 6;

export interface RelationshipRecord {
  readonly id: string;
  readonly menteeId: string;
  readonly mentorId: string;
  readonly status: RelationshipStatus;
  readonly cadenceWeeks: number;
  readonly startedAt: string;
  readonly nextMeetingAt: string | null;
  readonly source: RelationshipSource;
  readonly programId: string | null;
  readonly endedAt: string | null;
  readonly endedBy: string | null;
  readonly exitNote: string | null;
  readonly updatedAt: string;
}

/** Anything that belongs to one relationship (meetings, action items, milestones, shares). */
export interface RelationshipChild {
  readonly id: string;
  readonly relationshipId: string;
  readonly createdAt: string;
}

export interface MeetingRecord extends RelationshipChild {
  readonly scheduledAt: string;
  readonly minutes: number;
  readonly agenda: string;
  readonly sharedNotes: string;
  readonly menteePrivateNotes: string;
  readonly mentorPrivateNotes: string;
  readonly heldAt: string | null;
  readonly thankedAt: string | null;
  readonly dismissedAt: string | null;
  readonly createdBy: string;
  /** Times the meeting was moved; its calendar invite's SEQUENCE. */
  readonly sequence: number;
}

export interface ActionItemRecord extends RelationshipChild {
  readonly owner: ActionItemOwner;
  readonly text: string;
  readonly dueOn: string | null;
  readonly doneAt: string | null;
  readonly goalId: string | null;
}

export interface MilestoneRecord extends RelationshipChild {
  readonly kind: MentorshipMilestoneKind;
  readonly note: string;
  readonly achievedOn: string;
  readonly thankedAt: string | null;
  readonly dismissedAt: string | null;
}

/** A practice attempt shared with the relationship's mentor; `createdAt` is when it was shared. */
export interface ShareRecord extends RelationshipChild {
  readonly attemptId: string;
  readonly revokedAt: string | null;
}

export interface CommentRecord {
  readonly id: string;
  readonly shareId: string;
  readonly authorId: string;
  readonly text: string;
  readonly createdAt: string;
}

export interface WaitlistRecord {
  readonly id: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly joinedAt: string;
  readonly offeredAt: string | null;
}

export interface MentorReportRecord {
  readonly id: string;
  readonly mentorId: string;
  readonly reporterId: string;
  readonly reason: string;
  readonly createdAt: string;
}

/**
 * One profile field shared by the mentee with the relationship's mentor: who, what, when, and
 * when it was revoked. Re-sharing after a revoke adds a new record, so the history stays.
 */
export interface ProfileFieldShareRecord {
  readonly id: string;
  readonly relationshipId: string;
  readonly field: ShareableProfileField;
  readonly sharedBy: string;
  readonly sharedAt: string;
  readonly revokedAt: string | null;
}
