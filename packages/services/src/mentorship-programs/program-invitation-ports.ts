import type { ProgramParticipantRole } from '@matchready/core/vocabulary';
import type { ProgramParticipant } from './mentorship-program-domain.ts';
import type {
  InvitationAcceptOutcome,
  ParticipantDetails,
  ProgramInvitationRecord,
  PulseAnswerRecord,
} from './program-invitation-domain.ts';

export interface PersonRef {
  readonly programId: string;
  readonly role: ProgramParticipantRole;
  readonly personId: string;
}

/**
 * Invitations, self-edits and pulse answers of program people (decisions 046, 047). Part of the
 * program repository, since they write the same people rows.
 */
export interface ProgramInvitationRepository {
  /**
   * Stores the invitations and stamps each person's `invitedAt`, in one transaction; the person's
   * earlier unused invitations stop working (the newest link is the one that counts).
   */
  createInvitations(invitations: readonly ProgramInvitationRecord[]): Promise<void>;
  findInvitation(tokenHash: string): Promise<ProgramInvitationRecord | null>;
  /**
   * In one transaction: uses the invitation (unused, `expiresAt` after `at`) and links its person
   * to `userId`. 'taken' (nothing changed) when the person is linked to another account or the
   * account already is another person of the same role in the program.
   */
  acceptInvitation(tokenHash: string, userId: string, at: string): Promise<InvitationAcceptOutcome>;
  /** Every program person linked to the account, oldest program first. */
  listLinkedPeople(userId: string): Promise<ProgramParticipant[]>;
  /** Replaces the person's editable details and stamps `editedAt`; false when no such person. */
  updateDetails(person: PersonRef, details: ParticipantDetails, at: string): Promise<boolean>;
  /** 'duplicate' (nothing written) when the person has answered already. */
  addPulseAnswer(answer: PulseAnswerRecord): Promise<'ok' | 'duplicate'>;
  /** The program's answers, oldest first. */
  listPulseAnswers(programId: string): Promise<PulseAnswerRecord[]>;
  /**
   * People linked to an account whose first published pair is at or before `publishedBy`, who
   * have neither answered the pulse survey nor been told it is open; earliest first pair first
   * (then program, role, person), at most `limit`.
   */
  listPulseReminderCandidates(
    publishedBy: string,
    limit: number,
  ): Promise<PulseReminderCandidate[]>;
  /** Records that the person was told; false (nothing written) when they already were. */
  claimPulseReminder(person: PersonRef, at: string): Promise<boolean>;
}

export interface PulseReminderCandidate extends PersonRef {
  readonly programName: string;
  readonly userId: string;
  /** When the person's first pair in the program was published. */
  readonly firstPublishedAt: string;
}
