/**
 * Readable ids → integer indices, once: every list becomes a slice of one flat Int32Array (CSR).
 * Shared by validation and compilation so each id is hashed once. O(total list length).
 * Unknown ids become UNKNOWN_ID; duplicate ids map to their first occurrence.
 */
import type { MatchProblem } from '../../vocabulary/matching.ts';

/** A couple member's "no match" entry. */
export const NO_PROGRAM = -1;
/** An id that names nothing. */
export const UNKNOWN_ID = -2;

export interface IndexedSupplementalList {
  readonly advanced: Int32Array;
  readonly ranking: Int32Array;
}

export interface IndexedProblem {
  readonly problem: MatchProblem;
  readonly nPrograms: number;
  readonly nApplicants: number;
  readonly nCouples: number;
  /** Positions whose id repeats an earlier one. */
  readonly duplicatePrograms: readonly number[];
  readonly duplicateApplicants: readonly number[];
  /** Program p ranks applicants programList[programStart[p] .. programStart[p+1]). */
  readonly programStart: Int32Array;
  readonly programList: Int32Array;
  /** Applicant a ranks programs applicantList[applicantStart[a] .. applicantStart[a+1]). */
  readonly applicantStart: Int32Array;
  readonly applicantList: Int32Array;
  /** Per applicant: its supplemental lists, or undefined (most applicants). */
  readonly supplemental: readonly (readonly IndexedSupplementalList[] | undefined)[];
  /** Couple c = members coupleMembers[2c], coupleMembers[2c+1]. */
  readonly coupleMembers: Int32Array;
  /** Couple c's pair k = (pairList[2k], pairList[2k+1]), k in [pairStart[c], pairStart[c+1]). */
  readonly pairStart: Int32Array;
  readonly pairList: Int32Array;
  /** Donor p's reversions: reversionTo/reversionPositions[reversionStart[p] .. reversionStart[p+1]). */
  readonly reversionStart: Int32Array;
  readonly reversionTo: Int32Array;
  readonly reversionPositions: Float64Array;
}

/** Id → first position, and the positions repeating an earlier id; one map operation per id. */
export function indexIds(items: readonly { readonly id: string }[]): {
  index: Map<string, number>;
  duplicates: number[];
} {
  const index = new Map<string, number>();
  const duplicates: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const size = index.size;
    index.set((items[i] as { readonly id: string }).id, i);
    if (index.size === size) duplicates.push(i);
  }
  if (duplicates.length > 0) {
    for (let i = items.length - 1; i >= 0; i--)
      index.set((items[i] as { readonly id: string }).id, i);
  }
  return { index, duplicates };
}

function flatten<T>(
  items: readonly T[],
  listOf: (item: T) => readonly string[],
  index: ReadonlyMap<string, number>,
): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) {
    start[i + 1] = start[i]! + listOf(items[i] as T).length;
  }
  const list = new Int32Array(start[items.length]!);
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    const ids = listOf(items[i] as T);
    for (let j = 0; j < ids.length; j++) list[at++] = index.get(ids[j] as string) ?? UNKNOWN_ID;
  }
  return { start, list };
}

// A plain loop: Int32Array.from with a map function is several times slower in V8.
function toIndices(ids: readonly string[], index: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(ids.length);
  for (let i = 0; i < ids.length; i++) out[i] = index.get(ids[i] as string) ?? UNKNOWN_ID;
  return out;
}

/** Indexes a problem whose shape has been checked (see checkShape). */
export function indexProblem(problem: MatchProblem): IndexedProblem {
  const { programs, applicants } = problem;
  const couples = problem.couples ?? [];
  const { index: programIndex, duplicates: duplicatePrograms } = indexIds(programs);
  const { index: applicantIndex, duplicates: duplicateApplicants } = indexIds(applicants);
  const programsFlat = flatten(programs, (p) => p.ranking, applicantIndex);
  const applicantsFlat = flatten(applicants, (a) => a.ranking, programIndex);

  const supplemental: (IndexedSupplementalList[] | undefined)[] = new Array(applicants.length);
  for (let a = 0; a < applicants.length; a++) {
    const lists = (applicants[a] as (typeof applicants)[number]).supplementalLists;
    if (lists === undefined || lists.length === 0) continue;
    supplemental[a] = lists.map((list) => ({
      advanced: toIndices(list.advancedPrograms, programIndex),
      ranking: toIndices(list.ranking, programIndex),
    }));
  }

  const coupleMembers = new Int32Array(couples.length * 2);
  const pairStart = new Int32Array(couples.length + 1);
  couples.forEach((couple, c) => {
    coupleMembers[2 * c] = applicantIndex.get(couple.members[0]) ?? UNKNOWN_ID;
    coupleMembers[2 * c + 1] = applicantIndex.get(couple.members[1]) ?? UNKNOWN_ID;
    pairStart[c + 1] = pairStart[c]! + couple.ranking.length;
  });
  const pairList = new Int32Array(pairStart[couples.length]! * 2);
  let at = 0;
  for (const couple of couples) {
    for (const [first, second] of couple.ranking) {
      pairList[at++] = first === null ? NO_PROGRAM : (programIndex.get(first) ?? UNKNOWN_ID);
      pairList[at++] = second === null ? NO_PROGRAM : (programIndex.get(second) ?? UNKNOWN_ID);
    }
  }

  const reversionStart = new Int32Array(programs.length + 1);
  programs.forEach((program, p) => {
    reversionStart[p + 1] = reversionStart[p]! + (program.reversions?.length ?? 0);
  });
  const reversionTo = new Int32Array(reversionStart[programs.length]!);
  const reversionPositions = new Float64Array(reversionTo.length);
  at = 0;
  for (const program of programs) {
    for (const reversion of program.reversions ?? []) {
      reversionTo[at] = programIndex.get(reversion.to) ?? UNKNOWN_ID;
      reversionPositions[at++] = reversion.positions;
    }
  }

  return {
    problem,
    nPrograms: programs.length,
    nApplicants: applicants.length,
    nCouples: couples.length,
    duplicatePrograms,
    duplicateApplicants,
    programStart: programsFlat.start,
    programList: programsFlat.list,
    applicantStart: applicantsFlat.start,
    applicantList: applicantsFlat.list,
    supplemental,
    coupleMembers,
    pairStart,
    pairList,
    reversionStart,
    reversionTo,
    reversionPositions,
  };
}
