import type {
  ProgramInvitationStatus,
  ProgramParticipantRole,
  PulseQuestion,
} from '@matchready/core/vocabulary';
import type { ProgramParticipant } from './mentorship-program-domain.ts';

/** An invitation link's stored half: the sha-256 of the emailed token, never the token. */
export interface ProgramInvitationRecord {
  readonly tokenHash: string;
  readonly programId: string;
  readonly role: ProgramParticipantRole;
  readonly personId: string;
  /** The address the link was sent to: only the account with this address may accept it. */
  readonly email: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
}

/** The details a person may correct about themselves (the rest stays as the organisation set it). */
export interface MentorDetails {
  readonly specialties: readonly string[];
  readonly mentorTypes: ProgramParticipant['mentorTypes'];
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly imgCountry: string | null;
  readonly capacity: number;
}
export interface MenteeDetails {
  readonly specialties: readonly string[];
  readonly mentorTypes: ProgramParticipant['mentorTypes'];
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly country: string;
  readonly wantsImgMentor: boolean;
  readonly goals: readonly string[];
}
export type ParticipantDetails =
  | ({ readonly role: 'mentor' } & MentorDetails)
  | ({ readonly role: 'mentee' } & MenteeDetails);

/** One person's 3-month pulse answer: 1–5 per question and an optional comment. */
export interface PulseAnswerRecord {
  readonly id: string;
  readonly programId: string;
  readonly role: ProgramParticipantRole;
  readonly personId: string;
  readonly scores: Readonly<Record<PulseQuestion, number>>;
  readonly comment: string | null;
  readonly answeredAt: string;
}

export type InvitationAcceptOutcome =
  | { readonly status: 'accepted'; readonly person: ProgramParticipant }
  /** Unknown, used or expired token (nothing changed). */
  | { readonly status: 'invalid' }
  /** The person is already linked to another account, or the account to another person. */
  | { readonly status: 'taken' };

export const invitationStatus = (
  p: Pick<ProgramParticipant, 'userId' | 'invitedAt'>,
): ProgramInvitationStatus =>
  p.userId !== null ? 'accepted' : p.invitedAt !== null ? 'invited' : 'not-invited';
