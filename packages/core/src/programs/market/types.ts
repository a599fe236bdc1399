/** Types shared by the market builder (build.ts) and its stages (setup.ts, draw.ts). */
import type { ApplicantProfile, Program } from '../../vocabulary/programs.ts';

export interface MarketInput {
  readonly profile: ApplicantProfile;
  /** Program ids, most preferred first; every one must be in `programs`. */
  readonly rankList: readonly string[];
  readonly programs: readonly Program[];
  /** Default: the specialty of the first ranked program. */
  readonly specialty?: string;
  /** Competing applicants; default scaled to the market's positions (≈1.27 per position in IM). */
  readonly competitors?: number;
  /** Needed for the years-since-graduation term; without it that term is 0. */
  readonly matchYear?: number;
  readonly seed: number;
}

export interface BaseMarket {
  readonly specialty: string;
  readonly programIds: readonly string[];
  readonly capacity: Int32Array;
  readonly desirability: Float64Array;
  /** Competitors first, the applicant last (index = userIndex). */
  readonly applicantIds: readonly string[];
  readonly applicantType: Uint8Array;
  readonly quality: Float64Array;
  readonly candStart: Int32Array;
  readonly candProgram: Int32Array;
  readonly candProb: Float64Array;
  /** candProb × 2^32, compared with a raw uint32 draw (no division in the hot loop). */
  readonly candThreshold: Float64Array;
  readonly userIndex: number;
  readonly userList: Int32Array;
  readonly positions: number;
  readonly typeCounts: readonly number[];
}
