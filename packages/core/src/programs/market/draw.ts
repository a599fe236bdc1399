/**
 * One run's market from a BaseMarket: Bernoulli interviews over each competitor's candidates
 * (stored in the competitor's preference order, so a rank list is just the interviewed ones in
 * order), then programs' rankings from noisy scores. Rankings come from one stable LSD radix sort
 * of every interview by its quantised score (two passes of 11 and 10 bits; CLRS §8.3), then a
 * scatter into each program's slice: entries start in applicant order, so equal scores keep
 * applicant order. No comparator closures, no per-entry objects; scratch buffers are reused
 * across runs (one set per worker). O(C + E) for C candidates and E interviews.
 */

import type { SinglesMarket } from '../../matching/solve-singles.ts';
import type { Random } from '../../shared/random.ts';
import type { MatchProblem } from '../../vocabulary/matching.ts';
import { MARKET_MODEL } from './data.ts';
import { FastRandom } from './fast-random.ts';
import type { BaseMarket } from './types.ts';

// Score ∈ [-32, 32) quantised to 2^-15: 21 bits, stored inverted so that ascending = best first.
const KEY_SCALE = 2 ** 15;
const KEY_OFFSET = 32;
const KEY_MAX = 2 ** 21 - 1;
const LOW_BITS = 11;
const LOW_MASK = (1 << LOW_BITS) - 1;
const BUCKETS = 1 << LOW_BITS;

/** Higher score → smaller key; the same quantisation as before, so rankings are unchanged. */
function sortKey(score: number): number {
  return KEY_MAX - Math.min(KEY_MAX, Math.max(0, Math.floor((score + KEY_OFFSET) * KEY_SCALE)));
}

export interface MarketScratch {
  readonly interviewStart: Int32Array;
  readonly interviewProgram: Int32Array;
  readonly programStart: Int32Array;
  readonly programFill: Int32Array;
  /** Per interview: applicant and sort key; two permutation buffers and the bucket counts. */
  readonly interviewApplicant: Int32Array;
  readonly keys: Int32Array;
  readonly order: Int32Array;
  readonly swap: Int32Array;
  readonly counts: Int32Array;
  /** Programs' rankings as applicant indices, in CSR slices (programStart). */
  readonly programList: Int32Array;
  /** Raw random bits (one per candidate, then one per interview) and one normal per interview. */
  readonly bits: Int32Array;
  readonly normals: Float64Array;
  /**
   * The problem's objects and lists for drawMarket, refilled in place every run: ~10,000 arrays
   * a run would otherwise be garbage. So a problem drawn with a scratch is only valid until the
   * next draw with that scratch (the engine keeps no reference to its input).
   */
  readonly applicants: { readonly id: string; readonly ranking: string[] }[];
  readonly programs: {
    readonly id: string;
    readonly capacity: number;
    readonly ranking: string[];
  }[];
}

export function createScratch(base: BaseMarket): MarketScratch {
  const maxEntries = base.candProgram.length + base.userList.length;
  return {
    interviewStart: new Int32Array(base.applicantIds.length + 1),
    interviewProgram: new Int32Array(maxEntries),
    programStart: new Int32Array(base.programIds.length + 1),
    programFill: new Int32Array(base.programIds.length),
    interviewApplicant: new Int32Array(maxEntries),
    keys: new Int32Array(maxEntries),
    order: new Int32Array(maxEntries),
    swap: new Int32Array(maxEntries),
    counts: new Int32Array(BUCKETS),
    programList: new Int32Array(maxEntries),
    bits: new Int32Array(maxEntries),
    normals: new Float64Array(maxEntries),
    applicants: base.applicantIds.map((id) => ({ id, ranking: [] })),
    programs: base.programIds.map((id, p) => ({
      id,
      capacity: base.capacity[p] as number,
      ranking: [],
    })),
  };
}

/** One stable counting pass: `from` → `to` by the digit (key >> shift) & mask. */
function countingPass(
  keys: Int32Array,
  from: Int32Array,
  to: Int32Array,
  n: number,
  counts: Int32Array,
  shift: number,
): void {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const d = ((keys[from[i] as number] as number) >>> shift) & LOW_MASK;
    counts[d] = (counts[d] as number) + 1;
  }
  let sum = 0;
  for (let d = 0; d < BUCKETS; d++) {
    const c = counts[d] as number;
    counts[d] = sum;
    sum += c;
  }
  for (let i = 0; i < n; i++) {
    const e = from[i] as number;
    const d = ((keys[e] as number) >>> shift) & LOW_MASK;
    const at = counts[d] as number;
    to[at] = e;
    counts[d] = at + 1;
  }
}

/**
 * The random part of a run, shared by both emitters: interviews (applicant CSR lists in
 * interviewStart/interviewProgram) and programs' rankings (programStart/programList). Returns
 * the number of interview entries. Both emitters therefore describe the same market.
 */
function drawInterviews(base: BaseMarket, seedFrom: Random, scratch: MarketScratch): number {
  const random = new FastRandom(seedFrom);
  const { candStart, candProgram, candThreshold, userIndex, userList, quality, programIds } = base;
  const { interviewStart, interviewProgram, programStart, programFill, bits, normals } = scratch;
  const { interviewApplicant, keys, order, swap, counts, programList } = scratch;
  const nA = base.applicantIds.length;
  const nP = programIds.length;
  const rankSd = MARKET_MODEL.rankNoiseSd;

  // Interviews: one batch of random bits, candidate e uses bits[e]; the applicant's own list is
  // taken as given (they interviewed everywhere they rank).
  random.fill(bits, candProgram.length);
  let n = 0;
  for (let a = 0; a < nA; a++) {
    interviewStart[a] = n;
    if (a === userIndex) {
      for (let k = 0; k < userList.length; k++) interviewProgram[n++] = userList[k] as number;
    } else {
      const end = candStart[a + 1] as number;
      for (let e = candStart[a] as number; e < end; e++) {
        if ((bits[e] as number) >>> 0 < (candThreshold[e] as number)) {
          interviewProgram[n++] = candProgram[e] as number;
        }
      }
    }
  }
  interviewStart[nA] = n;

  // Programs' interviewee counts → CSR offsets.
  programStart.fill(0);
  for (let e = 0; e < n; e++) {
    const slot = (interviewProgram[e] as number) + 1;
    programStart[slot] = (programStart[slot] as number) + 1;
  }
  for (let p = 0; p < nP; p++) {
    programStart[p + 1] = (programStart[p + 1] as number) + (programStart[p] as number);
  }
  programFill.set(programStart.subarray(0, nP));

  // Each interview gets fresh noise (interview day, fit) on top of the applicant's quality.
  random.fillNormal(normals, bits, n);
  for (let a = 0; a < nA; a++) {
    const q = quality[a] as number;
    const end = interviewStart[a + 1] as number;
    for (let i = interviewStart[a] as number; i < end; i++) {
      interviewApplicant[i] = a;
      keys[i] = sortKey(q + rankSd * (normals[i] as number));
      order[i] = i;
    }
  }
  // Sort all interviews by key (stable, so ties stay in applicant order), then deal them out to
  // their programs in that order: each program's slice ends up best-first.
  countingPass(keys, order, swap, n, counts, 0);
  countingPass(keys, swap, order, n, counts, LOW_BITS);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const p = interviewProgram[i] as number;
    const slot = programFill[p] as number;
    programList[slot] = interviewApplicant[i] as number;
    programFill[p] = slot + 1;
  }
  return n;
}

/** One run's market as a MatchProblem in readable ids (the scratch's objects, refilled). */
export function drawMarket(
  base: BaseMarket,
  seedFrom: Random,
  scratch: MarketScratch = createScratch(base),
): MatchProblem {
  drawInterviews(base, seedFrom, scratch);
  const { interviewStart, interviewProgram, programStart, programList } = scratch;
  const { programIds, applicantIds } = base;
  const applicants = scratch.applicants;
  for (let a = 0; a < applicantIds.length; a++) {
    const ranking = (applicants[a] as (typeof applicants)[number]).ranking;
    ranking.length = 0;
    for (let i = interviewStart[a] as number; i < (interviewStart[a + 1] as number); i++) {
      ranking.push(programIds[interviewProgram[i] as number] as string);
    }
  }
  const programs = scratch.programs;
  for (let p = 0; p < programIds.length; p++) {
    const start = programStart[p] as number;
    const ranking = (programs[p] as (typeof programs)[number]).ranking;
    ranking.length = (programStart[p + 1] as number) - start;
    for (let i = 0; i < ranking.length; i++) {
      ranking[i] = applicantIds[programList[start + i] as number] as string;
    }
  }
  return { programs, applicants };
}

/**
 * The same run's market as integer CSR lists for solveSingles(): no strings, no objects. The
 * arrays are views into the scratch, valid until the next draw with it.
 */
export function drawIndexedMarket(
  base: BaseMarket,
  seedFrom: Random,
  scratch: MarketScratch,
): SinglesMarket {
  const n = drawInterviews(base, seedFrom, scratch);
  return {
    nPrograms: base.programIds.length,
    nApplicants: base.applicantIds.length,
    capacity: base.capacity,
    programStart: scratch.programStart,
    programList: scratch.programList.subarray(0, n),
    applicantStart: scratch.interviewStart,
    applicantList: scratch.interviewProgram.subarray(0, n),
  };
}
