/**
 * An index-based entry point to the same engine as solveMatch (Roth & Peranson 1999 instability
 * chaining, here with singles only, i.e. applicant-proposing deferred acceptance), for callers
 * that solve many markets they build themselves (the "simulate my match" runs): CSR lists of
 * integer indices in, an assignment array out. It skips what solveMatch does around the engine —
 * shape checks, id hashing, validation, readable records — so the caller must pass lists that
 * are already valid: indices in range, no repeats within a list, capacities ≥ 0. O(Σ list length).
 */
import { compileProblem } from './engine/compile.ts';
import { chainSinglesThenCouples } from './engine/instability-chaining.ts';
import { createState } from './engine/matching-state.ts';

export interface SinglesMarket {
  readonly nPrograms: number;
  readonly nApplicants: number;
  readonly capacity: Int32Array;
  /** Program p ranks applicants programList[programStart[p] .. programStart[p+1]), best first. */
  readonly programStart: Int32Array;
  readonly programList: Int32Array;
  /** Applicant a ranks programs applicantList[applicantStart[a] .. applicantStart[a+1]). */
  readonly applicantStart: Int32Array;
  readonly applicantList: Int32Array;
}

export interface SinglesOutcome {
  /** Program index per applicant, -1 when unmatched. */
  readonly assignment: Int32Array;
  /** 0-based position of that program on the applicant's list, -1 when unmatched. */
  readonly choice: Int32Array;
  readonly filledPositions: number;
  readonly proposals: number;
}

const NO_SUPPLEMENTAL: readonly undefined[] = [];
const EMPTY = new Int32Array(0);
const NO_COUPLES = new Int32Array(0);

/**
 * The applicant-optimal stable matching of a singles market: the result solveMatch gives for the
 * same lists (deferred acceptance without couples, supplemental lists or reversions), as indices.
 */
export function solveSingles(market: SinglesMarket): SinglesOutcome {
  const nA = market.nApplicants;
  const nP = market.nPrograms;
  const cp = compileProblem({
    nPrograms: nP,
    nApplicants: nA,
    nCouples: 0,
    capacity: market.capacity,
    programStart: market.programStart,
    programList: market.programList,
    applicantStart: market.applicantStart,
    applicantList: market.applicantList,
    supplemental: NO_SUPPLEMENTAL,
    coupleMembers: EMPTY,
    pairStart: new Int32Array(1),
    pairList: EMPTY,
    reversionStart: new Int32Array(nP + 1),
    reversionTo: EMPTY,
    reversionPositions: new Float64Array(0),
  });
  // Singles only: the chain always empties within Σ list length proposals.
  const state = createState(cp, 100, Number.MAX_SAFE_INTEGER);
  chainSinglesThenCouples(state, NO_COUPLES);
  const assignment = new Int32Array(nA).fill(-1);
  const choice = new Int32Array(nA).fill(-1);
  for (let a = 0; a < nA; a++) {
    const k = state.pos[a]!;
    if (k < 0) continue;
    const at = cp.appStart[a]! + k;
    assignment[a] = cp.appProgram[at]!;
    choice[a] = cp.appChoice[at]!;
  }
  let filled = 0;
  for (let p = 0; p < nP; p++) filled += state.count[p]!;
  return { assignment, choice, filledPositions: filled, proposals: state.proposals };
}
