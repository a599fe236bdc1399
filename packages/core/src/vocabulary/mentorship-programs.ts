/**
 * Organisation mentorship programs (issue 10): the codes the API, the database and the web app
 * share about a program, its people, its rules and its drafts. Types and constants only.
 */

/** A program's people come in two kinds; a person may be both only with two rows. */
export const PROGRAM_PARTICIPANT_ROLES = ['mentor', 'mentee'] as const;
export type ProgramParticipantRole = (typeof PROGRAM_PARTICIPANT_ROLES)[number];

/** Hard rules an admin adds: a pin must be in every draft, a forbid never. */
export const PROGRAM_RULE_KINDS = ['pin', 'forbid'] as const;
export type ProgramRuleKind = (typeof PROGRAM_RULE_KINDS)[number];

/** A draft is solved off the request thread: queued → running → done | failed. */
export const PROGRAM_DRAFT_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ProgramDraftStatus = (typeof PROGRAM_DRAFT_STATUSES)[number];

/** What a re-solve was asked for: the first solve, a changed setting, or a swap in review. */
export const PROGRAM_DRAFT_REASONS = ['solve', 'swap'] as const;
export type ProgramDraftReason = (typeof PROGRAM_DRAFT_REASONS)[number];

/** A published pair as exported (GET /api/mentorship-programs/:id/pairs.csv). */
export interface ProgramPairRow {
  readonly mentee: string;
  readonly menteeName: string;
  readonly mentor: string;
  readonly mentorName: string;
  readonly score: number;
  readonly publishedAt: string;
  /** Meetings held in the pair's relationship tracker (0 while not both people accepted). */
  readonly meetings: number;
  readonly lastMeetingAt: string | null;
  /** Published 8+ weeks ago and no meeting held in the last 8 weeks. */
  readonly noRecentMeeting: boolean;
  /** Pulse survey answers "helpful/fit/communication" (1–5 each), empty when not answered. */
  readonly menteePulse: string;
  readonly menteeComment: string;
  readonly mentorPulse: string;
  readonly mentorComment: string;
}
