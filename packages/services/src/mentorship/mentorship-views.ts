import type {
  BookableSlot,
  FactorContribution,
  GoalProgress,
  IneligibilityReason,
  MeetingStanding,
  OutreachReport,
  RequestAllowance,
  ResponseStats,
} from '@matchready/core/mentorship';
import type {
  ActionItemOwner,
  AnswerReport,
  AvailabilityWindow,
  GoalStatus,
  MentorRole,
  MentorshipMilestoneKind,
  MentorType,
  RelationshipStatus,
  RequestStatus,
} from '@matchready/core/vocabulary';
import type { MenteePreferencesRecord } from './mentorship-domain.ts';

/**
 * What the mentorship services return: the contract's response shapes (the server checks them
 * against the zod schemas in tests). A view is made for one viewer: a mentor's view of a mentee
 * never holds scores, visa status or unshared attempts (decision 026).
 */

export interface PersonView {
  readonly id: string;
  readonly displayName: string;
  readonly isDemo: boolean;
}

export interface MentorCardView {
  readonly id: string;
  readonly displayName: string;
  readonly isDemo: boolean;
  readonly specialties: string[];
  readonly institution: string;
  readonly state: string;
  readonly role: MentorRole;
  readonly mentorTypes: MentorType[];
  readonly imgCountry: string | null;
  readonly languages: string[];
  readonly timeZone: string;
  readonly capacity: number;
  readonly activeMentees: number;
  readonly freePlaces: number;
  readonly acceptingRequests: boolean;
  readonly helpsWith: string;
  readonly availability: AvailabilityWindow[];
  readonly lastActiveAt: string | null;
  readonly verified: boolean;
  readonly verifiedAt: string | null;
  readonly responseTime: ResponseStats;
}

export interface MentorMatchView {
  readonly eligible: boolean;
  readonly reasons: readonly IneligibilityReason[];
  readonly score: number;
  readonly factors: readonly FactorContribution[];
}

export interface DirectoryEntryView {
  readonly mentor: MentorCardView;
  readonly match: MentorMatchView | null;
  readonly blocked: boolean;
}

export interface GoalView {
  readonly id: string;
  readonly text: string;
  readonly status: GoalStatus;
  readonly targetOn: string | null;
  readonly progress: GoalProgress;
  readonly createdAt: string;
}

export type PreferencesView = Omit<MenteePreferencesRecord, 'userId'>;

export interface RequestView {
  readonly id: string;
  readonly mentee: PersonView;
  readonly mentor: PersonView;
  readonly status: RequestStatus;
  readonly message: string;
  readonly note: string | null;
  readonly createdAt: string;
  readonly respondedAt: string | null;
  readonly expiresAt: string;
  readonly nudgedAt: string | null;
  readonly relationshipId: string | null;
}

export interface RequestListView {
  readonly requests: RequestView[];
  readonly allowance: RequestAllowance | null;
}

export interface WaitlistEntryView {
  readonly id: string;
  readonly mentor: PersonView;
  readonly joinedAt: string;
  readonly position: number;
  readonly offeredAt: string | null;
}

export interface RelationshipSummaryView {
  readonly id: string;
  readonly mentee: PersonView;
  readonly mentor: PersonView;
  readonly status: RelationshipStatus;
  readonly source: 'request' | 'program';
  readonly programId: string | null;
  readonly cadenceWeeks: number;
  readonly startedAt: string;
  readonly nextMeetingAt: string | null;
  readonly standing: MeetingStanding;
  readonly overdueActionItems: number;
  readonly endedAt: string | null;
  readonly exitNote: string | null;
}

export interface MeetingView {
  readonly id: string;
  readonly scheduledAt: string;
  readonly minutes: number;
  readonly agenda: string;
  readonly sharedNotes: string;
  readonly myPrivateNotes: string;
  readonly heldAt: string | null;
  readonly createdAt: string;
}

export interface ActionItemView {
  readonly id: string;
  readonly owner: ActionItemOwner;
  readonly text: string;
  readonly dueOn: string | null;
  readonly doneAt: string | null;
  readonly goalId: string | null;
  readonly overdue: boolean;
}

export interface MilestoneView {
  readonly id: string;
  readonly kind: MentorshipMilestoneKind;
  readonly note: string;
  readonly achievedOn: string;
  readonly createdAt: string;
}

export interface ShareView {
  readonly id: string;
  readonly attemptId: string;
  readonly questionId: string;
  readonly sharedAt: string;
  readonly revokedAt: string | null;
  readonly comments: number;
}

export interface RelationshipDetailView {
  readonly relationship: RelationshipSummaryView;
  readonly meetings: MeetingView[];
  readonly actionItems: ActionItemView[];
  readonly milestones: MilestoneView[];
  readonly goals: GoalView[];
  readonly thankYouPrompts: { kind: 'meeting' | 'milestone'; id: string; at: string }[];
  readonly shares: ShareView[];
}

export interface CommentView {
  readonly id: string;
  readonly author: PersonView;
  readonly text: string;
  readonly createdAt: string;
}

export interface SharedAttemptView {
  readonly share: ShareView;
  readonly relationshipId: string;
  readonly attempt: {
    readonly questionId: string;
    readonly questionPrompt: string;
    readonly answer: string;
    readonly speakingSeconds: number | null;
    readonly report: AnswerReport;
    readonly createdAt: string;
  };
  readonly comments: CommentView[];
}

export type { BookableSlot, OutreachReport };
