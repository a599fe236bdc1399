/**
 * Match words: the problem in readable ids (the instance JSON contract, docs/instance-format.md),
 * the outcome the engine returns, the explanation codes and the issue codes of the problem
 * checks. Plain, serialisable, readonly data; the engine never mutates a problem.
 */

/** Unfilled positions of this (donor) program revert to `to` (receiver), at most `positions` of them. */
export interface ReversionInput {
  readonly to: string;
  readonly positions: number;
}

export interface ProgramInput {
  readonly id: string;
  /** Number of positions (quota). */
  readonly capacity: number;
  /** Applicant ids, most preferred first. */
  readonly ranking: readonly string[];
  /** NRMP reversions: unfilled positions move to receiver programs, once, after the donor is filled as far as it can be. */
  readonly reversions?: readonly ReversionInput[];
}

/**
 * NRMP supplemental rank order list: preliminary PGY-1 programs, tried only after the applicant
 * has matched to one of `advancedPrograms` (which must be on the primary list).
 */
export interface SupplementalListInput {
  readonly id: string;
  readonly advancedPrograms: readonly string[];
  readonly ranking: readonly string[];
}

export interface ApplicantInput {
  readonly id: string;
  /** Program ids, most preferred first. Empty for couple members (the couple's list is used). */
  readonly ranking: readonly string[];
  readonly supplementalLists?: readonly SupplementalListInput[];
}

/** One entry of a couple's joint list: a program for each member, `null` = that member goes unmatched. */
export type ProgramPair = readonly [string | null, string | null];

export interface CoupleInput {
  readonly id: string;
  readonly members: readonly [string, string];
  readonly ranking: readonly ProgramPair[];
}

export interface MatchProblem {
  readonly programs: readonly ProgramInput[];
  readonly applicants: readonly ApplicantInput[];
  readonly couples?: readonly CoupleInput[];
}

// --- The outcome: what the engine returns, in readable ids -------------------------------------

export const MATCH_STATUSES = ['stable', 'no-stable-matching-found'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Why a program would take a blocking applicant. */
export const BLOCKING_REASONS = ['free-position', 'prefers-over-assignee'] as const;
export type BlockingReason = (typeof BLOCKING_REASONS)[number];

export type BlockingPair =
  | {
      readonly kind: 'single';
      readonly applicant: string;
      readonly program: string;
      /** Why the program would take the applicant. */
      readonly reason: BlockingReason;
      /** The assignee the program would drop, when it is full. */
      readonly displaces?: string;
    }
  | {
      readonly kind: 'couple';
      readonly couple: string;
      readonly members: readonly [string, string];
      readonly pair: readonly [string | null, string | null];
    }
  | {
      readonly kind: 'supplemental';
      readonly applicant: string;
      /** The preliminary program on a linked supplemental list the applicant prefers to its current one. */
      readonly program: string;
      readonly reason: BlockingReason;
      readonly displaces?: string;
    };

export interface MatchStats {
  readonly applicants: number;
  readonly matchedApplicants: number;
  readonly unmatchedApplicants: number;
  readonly positions: number;
  readonly filledPositions: number;
  readonly unfilledPositions: number;
  readonly programsFilled: number;
  readonly programsUnfilled: number;
  readonly proposals: number;
  /** Index k = how many applicants matched at their (k+1)-th choice (primary lists; couples by pair index). */
  readonly matchedAtChoice: readonly number[];
  /** List entries dropped because the other side did not rank back. */
  readonly nonReciprocatedEntries: number;
  readonly couples: number;
  readonly couplesMatched: number;
  readonly supplementalMatches: number;
  /** Times the solver restarted couples processing with a new order after hitting its cycle bound. */
  readonly restarts: number;
}

export interface ReversionRecord {
  readonly from: string;
  readonly to: string;
  readonly positions: number;
}

export interface MatchOutcome {
  /** Every applicant: their (primary) program or null. */
  readonly assignments: Readonly<Record<string, string | null>>;
  /** Applicants placed on a supplemental (preliminary PGY-1) list: applicant → preliminary program. */
  readonly supplementalAssignments: Readonly<Record<string, string>>;
  /** Program id → positions left unfilled (after reversions), every program listed. */
  readonly unfilled: Readonly<Record<string, number>>;
  /** Program id → final capacity after reversions. */
  readonly capacities: Readonly<Record<string, number>>;
  readonly reversions: readonly ReversionRecord[];
  /** The solver's own verdict; `findBlockingPairs()` gives the independent certificate. */
  readonly stable: boolean;
  readonly status: MatchStatus;
  readonly blockingPairs: readonly BlockingPair[];
  readonly stats: MatchStats;
}

// --- Explanations ("why did I not match at X?", matching/explain.ts) ----------------------------

export const EXPLANATION_CODES = [
  /** The program did not rank this applicant: no match is possible there. */
  'not-ranked-by-program',
  /** The program ended with no positions (for instance all reverted to another program). */
  'no-positions',
  /** Every position went to applicants the program ranked higher. */
  'filled-by-higher-ranked',
  /** The program had a free position (a blocking pair for a single: the outcome is not stable). */
  'free-position',
  /** The program ranks this applicant above one of its assignees (blocking for a single). */
  'ranked-above-assignee',
  /** Couples: in this pair the member keeps the program it has. */
  'stays',
  /** Couples: in this pair the member goes unmatched by the couple's choice. */
  'no-match-entry',
  /** Couples, both members at one program: it would take both partners at once. */
  'room-for-both',
  /** Couples, both members at one program: it could not take both partners at once. */
  'not-room-for-both',
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

/** Which of the applicant's lists a choice is on. */
export const CHOICE_LISTS = ['primary', 'supplemental', 'couple'] as const;
export type ChoiceList = (typeof CHOICE_LISTS)[number];

export interface ProgramReason {
  /** The applicant this reason is about (the applicant or, for couples, either partner). */
  readonly applicant: string;
  readonly program: string | null;
  readonly code: ExplanationCode;
  readonly message: string;
  /** 1-based position of the applicant on the program's list, when ranked. */
  readonly applicantRank?: number;
  /** Assignees the program ranked above the applicant, best first (filled-by-higher-ranked). */
  readonly higherRanked?: readonly string[];
}

// --- Issues of the problem checks (validateProblem, parseProblem, docs/instance-format.md) -----

export const MATCH_ISSUE_CODES = [
  'invalid-type',
  'empty-id',
  'duplicate-id',
  'duplicate-entry',
  'invalid-capacity',
  'unknown-program',
  'unknown-applicant',
  'reversion-to-self',
  'invalid-reversion-positions',
  'reversion-cycle',
  'couple-member-ranks-alone',
  'couple-member-supplemental',
  'invalid-couple-members',
  'applicant-in-two-couples',
  'empty-pair',
  'supplemental-unlinked',
  'advanced-linked-twice',
  'advanced-not-on-primary',
  'supplemental-contains-advanced',
  /** More than the report cap (MAX_ISSUES); the rest are not listed. */
  'too-many-issues',
] as const;
export type MatchIssueCode = (typeof MATCH_ISSUE_CODES)[number];
