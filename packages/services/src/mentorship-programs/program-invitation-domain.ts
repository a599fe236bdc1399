import {
  type ProgramInvitationStatus,
  type ProgramParticipantRole,
  PULSE_AFTER_MONTHS,
  type PulseQuestion,
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

/** ISO date `months` calendar months after `iso` (UTC; the 31st clamps to the month's end). */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const target = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1, d.getUTCHours(), d.getUTCMinutes()),
  );
  const last = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target.toISOString();
}

/** When a person's pulse survey opens: 3 calendar months after their first published pair. */
export const pulseOpensAt = (firstPublishedAt: string): string =>
  addMonths(firstPublishedAt, PULSE_AFTER_MONTHS);
