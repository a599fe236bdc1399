/**
 * The match problem in readable ids: the instance JSON contract (docs/instance-format.md).
 * Plain, serialisable, readonly data. The engine never mutates it.
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
