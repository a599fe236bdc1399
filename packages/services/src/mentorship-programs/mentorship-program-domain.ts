import type { CompatibilityWeights } from '@matchready/core/mentorship';
import type {
  AssignmentMode,
  AssignmentResult,
  MentorType,
  PairRef,
  ProgramDraftReason,
  ProgramDraftStatus,
  ProgramRuleKind,
} from '@matchready/core/vocabulary';

/** An organisation's mentorship program (cohort): who runs it and how pairs are scored. */
export interface MentorshipProgramRecord {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  /** Calendar dates "YYYY-MM-DD", or null while not set. */
  readonly startsOn: string | null;
  readonly endsOn: string | null;
  readonly weights: CompatibilityWeights;
  readonly mode: AssignmentMode;
  /** Pairs scoring below this are never made: the mentee stays unmatched instead. */
  readonly minimumScore: number | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What both kinds of participant have: `personId` is the id from the imported file. */
interface ParticipantBase {
  readonly programId: string;
  readonly personId: string;
  readonly name: string;
  readonly email: string | null;
  readonly specialties: readonly string[];
  readonly mentorTypes: readonly MentorType[];
  readonly languages: readonly string[];
  readonly timeZone: string;
  /** 1-based position in the import, so lists keep the file's order. */
  readonly position: number;
  readonly createdAt: string;
  /** The account that accepted this person's invitation (decision 046); null until then. */
  readonly userId: string | null;
  /** When the last invitation was sent; null when never invited. */
  readonly invitedAt: string | null;
  /** When the person last corrected their own details; null when as imported. */
  readonly editedAt: string | null;
}

export interface ProgramMentor extends ParticipantBase {
  readonly role: 'mentor';
  readonly imgCountry: string | null;
  readonly capacity: number;
}

export interface ProgramMentee extends ParticipantBase {
  readonly role: 'mentee';
  readonly country: string;
  readonly wantsImgMentor: boolean;
  readonly goals: readonly string[];
}

export type ProgramParticipant = ProgramMentor | ProgramMentee;

/** A must-pair or must-not-pair rule, by person ids. */
export interface ProgramRule extends PairRef {
  readonly kind: ProgramRuleKind;
  readonly createdAt: string;
}

/** The settings a draft was solved with (a program's settings may change later). */
export interface DraftSettings {
  readonly mode: AssignmentMode;
  readonly minimumScore: number | null;
  readonly weights: CompatibilityWeights;
}

export interface ProgramDraftRecord {
  readonly id: string;
  readonly programId: string;
  readonly status: ProgramDraftStatus;
  readonly reason: ProgramDraftReason;
  readonly settings: DraftSettings;
  readonly result: AssignmentResult | null;
  readonly error: string | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

export type ProgramDraftSummary = Omit<ProgramDraftRecord, 'result'> & {
  readonly matched: number | null;
  readonly total: number | null;
};

export interface PublishedPair extends PairRef {
  readonly programId: string;
  readonly score: number;
  readonly draftId: string;
  readonly publishedAt: string;
}

export interface ProgramCounts {
  readonly mentors: number;
  readonly mentees: number;
  readonly published: number;
}
