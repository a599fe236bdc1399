/**
 * Turns the engine's integer state back into readable ids and computes MatchStats. O(n + m).
 */

import type { MatchProblem, MatchStats, ReversionRecord } from '../../vocabulary/matching.ts';
import type { CompiledProblem } from './compile.ts';
import type { MatchState } from './matching-state.ts';

export interface ReadMatching {
  readonly assignments: Record<string, string | null>;
  readonly supplementalAssignments: Record<string, string>;
  readonly unfilled: Record<string, number>;
  readonly capacities: Record<string, number>;
  /** Per applicant: program index held, -1 if none (couple members included). */
  readonly primary: Int32Array;
  readonly prelim: Int32Array;
}

/** Plain record from ids; "__proto__" is defined as an own key, never as the prototype. */
function record<T>(
  items: readonly { readonly id: string }[],
  value: (i: number) => T | undefined,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (let i = 0; i < items.length; i++) {
    const v = value(i);
    if (v === undefined) continue;
    const id = (items[i] as { readonly id: string }).id;
    if (id === '__proto__') {
      Object.defineProperty(out, id, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else {
      out[id] = v;
    }
  }
  return out;
}

export function readMatching(problem: MatchProblem, s: MatchState): ReadMatching {
  const cp = s.cp;
  const primary = new Int32Array(cp.nApplicants).fill(-1);
  const prelim = new Int32Array(cp.nApplicants).fill(-1);
  for (let a = 0; a < cp.nApplicants; a++) {
    const k = s.pos[a]!;
    if (k < 0) continue;
    const at = cp.appStart[a]! + k;
    primary[a] = cp.appProgram[at]!;
    const j = s.suppPos[a]!;
    if (j >= 0) prelim[a] = cp.suppProgram[cp.suppStart[cp.appSupp[at]!]! + j]!;
  }
  for (let c = 0; c < cp.nCouples; c++) {
    const k = s.cPos[c]!;
    if (k < 0) continue;
    const at = cp.pairStart[c]! + k;
    primary[cp.coupleMember[2 * c]!] = cp.pairProgram[2 * at]!;
    primary[cp.coupleMember[2 * c + 1]!] = cp.pairProgram[2 * at + 1]!;
  }
  const programId = (p: number): string => (problem.programs[p] as { readonly id: string }).id;
  const applicants = problem.applicants;
  return {
    assignments: record(applicants, (i) => (primary[i]! >= 0 ? programId(primary[i]!) : null)),
    supplementalAssignments: record(applicants, (i) =>
      prelim[i]! >= 0 ? programId(prelim[i]!) : undefined,
    ),
    unfilled: record(problem.programs, (p) => s.cap[p]! - s.count[p]!),
    capacities: record(problem.programs, (p) => s.cap[p]!),
    primary,
    prelim,
  };
}

/** One record per (donor, receiver) with the positions moved, in donor input order. */
export function readReversions(
  problem: MatchProblem,
  cp: CompiledProblem,
  moved: Int32Array,
): ReversionRecord[] {
  const records: ReversionRecord[] = [];
  for (let p = 0; p < cp.nPrograms; p++) {
    for (let e = cp.revStart[p]!; e < cp.revStart[p + 1]!; e++) {
      if (moved[e]! <= 0) continue;
      const from = problem.programs[p]?.id ?? '';
      const to = problem.programs[cp.revTo[e]!]?.id ?? '';
      records.push({ from, to, positions: moved[e]! });
    }
  }
  return records;
}

/**
 * Statistics of the final state. couplesMatched counts couples holding a pair (one member may be
 * "no match" by their own choice); matchedAtChoice uses the position on the list as submitted
 * (a couple member counts at its couple's pair position); programsFilled counts programs with at
 * least one position and none left; filled positions include preliminary (supplemental) ones.
 */
export function computeStats(
  s: MatchState,
  read: ReadMatching,
  proposals: number,
  restarts: number,
): MatchStats {
  const cp = s.cp;
  const matchedAtChoice: number[] = [];
  const bump = (choice: number): void => {
    while (matchedAtChoice.length <= choice) matchedAtChoice.push(0);
    matchedAtChoice[choice] = (matchedAtChoice[choice] ?? 0) + 1;
  };
  let matched = 0;
  let supplementalMatches = 0;
  for (let a = 0; a < cp.nApplicants; a++) {
    if (read.primary[a]! >= 0) matched++;
    if (read.prelim[a]! >= 0) supplementalMatches++;
    if (s.pos[a]! >= 0) bump(cp.appChoice[cp.appStart[a]! + s.pos[a]!]!);
  }
  let couplesMatched = 0;
  for (let c = 0; c < cp.nCouples; c++) {
    if (s.cPos[c]! < 0) continue;
    couplesMatched++;
    const at = cp.pairStart[c]! + s.cPos[c]!;
    if (cp.pairProgram[2 * at]! >= 0) bump(cp.pairChoice[at]!);
    if (cp.pairProgram[2 * at + 1]! >= 0) bump(cp.pairChoice[at]!);
  }
  let positions = 0;
  let filled = 0;
  let programsFilled = 0;
  let programsUnfilled = 0;
  for (let p = 0; p < cp.nPrograms; p++) {
    positions += s.cap[p]!;
    filled += s.count[p]!;
    if (s.count[p]! < s.cap[p]!) programsUnfilled++;
    else if (s.cap[p]! > 0) programsFilled++;
  }
  return {
    applicants: cp.nApplicants,
    matchedApplicants: matched,
    unmatchedApplicants: cp.nApplicants - matched,
    positions,
    filledPositions: filled,
    unfilledPositions: positions - filled,
    programsFilled,
    programsUnfilled,
    proposals,
    matchedAtChoice,
    nonReciprocatedEntries: cp.nonReciprocated,
    couples: cp.nCouples,
    couplesMatched,
    supplementalMatches,
    restarts,
  };
}
