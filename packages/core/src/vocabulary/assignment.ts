/**
 * Bulk mentor–mentee assignment: modes, issue codes, unmatched reasons and the plain record types
 * of the problem and its result (docs/mentorship-assign-format.md describes the files and JSON).
 * Types and constants only; imports nothing.
 */

/**
 * Limits of an assignment problem, for the core's validator and the contract's file schemas:
 * scores have at most 6 decimal places and |score| ≤ 10⁹ (so score × 10⁶ stays an exact integer),
 * capacities are whole numbers up to 10⁶, and validation lists at most 100 issues.
 */
export const ASSIGNMENT_LIMITS = {
  maxScoreDecimals: 6,
  maxAbsScore: 1_000_000_000,
  maxCapacity: 1_000_000,
  maxIssues: 100,
} as const;

/** `total`: maximise the total score. `fair`: most matched, then the best lowest score, then total. */
export const ASSIGNMENT_MODES = ['total', 'fair'] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

/** Codes of the issues `validateAssignmentProblem` reports (each with a path and a message). */
export const ASSIGNMENT_ISSUE_CODES = [
  'invalid-type',
  'empty-id',
  'duplicate-mentee',
  'duplicate-mentor',
  'invalid-capacity',
  'unknown-mentee',
  'unknown-mentor',
  'invalid-score',
  'score-too-precise',
  'scores-out-of-range',
  'invalid-minimum-score',
  'duplicate-pair',
  'pin-forbidden',
  'pin-not-scored',
  'pin-below-minimum',
  'mentee-pinned-twice',
  'pins-exceed-capacity',
  'too-many-issues',
] as const;
export type AssignmentIssueCode = (typeof ASSIGNMENT_ISSUE_CODES)[number];

/** Codes of the issues `certifyAssignment` reports when a result is not proven optimal. */
export const CERTIFICATE_ISSUE_CODES = [
  'invalid-problem',
  'not-a-mentee',
  'missing-mentee',
  'unknown-mentor',
  'pair-not-allowed',
  'pin-missing',
  'capacity-exceeded',
  'summary-mismatch',
  'unmatched-mismatch',
  'certificate-invalid',
  'duality-gap',
  'cover-invalid',
  'cover-too-large',
  'too-many-issues',
] as const;
export type CertificateIssueCode = (typeof CERTIFICATE_ISSUE_CODES)[number];

/** Codes of the issues `withReviewChanges` reports when a change would move a published pair. */
export const REVIEW_ISSUE_CODES = ['published-pair-moved'] as const;
export type ReviewIssueCode = (typeof REVIEW_ISSUE_CODES)[number];

/**
 * Why a mentee is left unmatched, first that applies:
 * - `no-candidates`: no scored pair names the mentee;
 * - `all-forbidden`: every scored pair is forbidden;
 * - `below-minimum-score`: every pair that is not forbidden scores below the minimum;
 * - `candidates-full`: every allowed mentor is at capacity in the result;
 * - `lowers-total` (mode total only): a mentor has room, but every pair with room scores below 0.
 */
export const UNMATCHED_REASONS = [
  'no-candidates',
  'all-forbidden',
  'below-minimum-score',
  'candidates-full',
  'lowers-total',
] as const;
export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];

export interface MentorCapacity {
  readonly id: string;
  /** Most mentees this mentor takes; a non-negative integer (0 = not taking anyone this time). */
  readonly capacity: number;
}

/** A pair that may be assigned, with its score (any finite number, at most 6 decimal places). */
export interface ScoredPair {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: number;
}

export interface PairRef {
  readonly mentee: string;
  readonly mentor: string;
}

/** The input: a pair that is not in `scores` may not be assigned. */
export interface AssignmentProblem {
  readonly mentees: readonly string[];
  readonly mentors: readonly MentorCapacity[];
  readonly scores: readonly ScoredPair[];
  /** Pairs that must not be assigned. */
  readonly forbids?: readonly PairRef[];
  /** Pairs that must be in the result (also used for published pairs when re-solving). */
  readonly pins?: readonly PairRef[];
  /** Pairs scoring below this are not allowed: the mentee stays unmatched instead. */
  readonly minimumScore?: number;
}

export interface AssignedPair {
  readonly mentee: string;
  readonly mentor: string;
  readonly score: number;
  readonly pinned: boolean;
}

export interface UnmatchedMentee {
  readonly mentee: string;
  readonly reason: UnmatchedReason;
}

/**
 * Proof that no assignment matches more mentees: a vertex cover of the allowed pairs that are not
 * pinned. Every such pair has its mentee in `mentees` or its mentor in `mentors`, so no assignment
 * can match more than `size` = |mentees| + the sum of the listed mentors' free capacities
 * (capacity minus pins); the free part of the result matches exactly `size`.
 */
export interface CoverCertificate {
  readonly method: 'vertex-cover';
  readonly mentees: readonly string[];
  readonly mentors: readonly string[];
  readonly size: number;
}

/**
 * Proof of the best total, by linear-programming duality on integer weights. Scores are multiplied
 * by `scale` to integers s; each allowed unpinned pair (scoring at least `atLeast`, if set) weighs
 * `multiplier × s + bonus`. With mentor prices v ≥ 0 (listed when not 0) and each mentee's value
 * u = max(0, max over its pairs of weight − v), every assignment weighs at most
 * `bound` = Σu + Σ free capacity × v; the result's pairs weigh `objective` = `bound`.
 */
export interface DualCertificate {
  readonly method: 'lp-duality';
  readonly scale: number;
  readonly multiplier: number;
  readonly bonus: number;
  readonly atLeast: number | null;
  readonly mentorPrices: Readonly<Record<string, number>>;
  readonly objective: number;
  readonly bound: number;
}

/**
 * Proof that no assignment with as many matched has a better lowest score: either a pin scores the
 * lowest score, or a cover of the unpinned pairs scoring above it is smaller than the unpinned
 * matched count.
 */
export type BottleneckCertificate =
  | { readonly method: 'none-matched' }
  | { readonly method: 'pinned'; readonly mentee: string; readonly mentor: string }
  | (Omit<CoverCertificate, 'method'> & {
      readonly method: 'vertex-cover-above';
      readonly above: number;
    });

export type AssignmentCertificate =
  | { readonly mode: 'total'; readonly total: DualCertificate }
  | {
      readonly mode: 'fair';
      readonly matched: CoverCertificate;
      readonly bottleneck: BottleneckCertificate;
      readonly total: DualCertificate;
    };

export interface AssignmentResult {
  readonly mode: AssignmentMode;
  /** Every mentee of the problem: its mentor, or null when unmatched. Key order is not meaningful. */
  readonly assignments: Readonly<Record<string, string | null>>;
  /** The assigned pairs, sorted by mentee id. */
  readonly pairs: readonly AssignedPair[];
  readonly total: number;
  readonly matched: number;
  /** The lowest score among the assigned pairs; null when nobody is matched. */
  readonly minScore: number | null;
  readonly optimal: true;
  readonly certificate: AssignmentCertificate;
  /** Unmatched mentees sorted by id, each with the first reason that applies. */
  readonly unmatched: readonly UnmatchedMentee[];
}

/** What changed between two assignments, per mentee (sorted by mentee id). */
export interface AssignmentDiff {
  readonly added: readonly PairRef[];
  readonly removed: readonly PairRef[];
  readonly changed: readonly {
    readonly mentee: string;
    readonly from: string;
    readonly to: string;
  }[];
}
