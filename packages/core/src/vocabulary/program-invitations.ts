/**
 * Invitations, self-edited details and the pulse survey of organisation mentorship programs
 * (issue 10, decisions 046 and 047): the codes the API, the database and the web app share.
 */

/** Where a program person stands with their MatchReady account. */
export const PROGRAM_INVITATION_STATUSES = ['not-invited', 'invited', 'accepted'] as const;
export type ProgramInvitationStatus = (typeof PROGRAM_INVITATION_STATUSES)[number];

/** The pulse survey's 1–5 questions (both sides answer the same ones about their pair). */
export const PULSE_QUESTIONS = ['helpful', 'fit', 'communication'] as const;
export type PulseQuestion = (typeof PULSE_QUESTIONS)[number];

/** The pulse survey opens this many calendar months after the pair was published. */
export const PULSE_AFTER_MONTHS = 3;

/** A published pair with no meeting held for this many weeks is flagged in the report. */
export const NO_MEETING_FLAG_WEEKS = 8;
