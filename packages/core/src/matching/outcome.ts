/** What the engine returns, in readable ids. */

export type BlockingPair =
  | {
      readonly kind: 'single';
      readonly applicant: string;
      readonly program: string;
      /** Why the program would take the applicant. */
      readonly reason: 'free-position' | 'prefers-over-assignee';
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
      readonly reason: 'free-position' | 'prefers-over-assignee';
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
  readonly status: 'stable' | 'no-stable-matching-found';
  readonly blockingPairs: readonly BlockingPair[];
  readonly stats: MatchStats;
}
