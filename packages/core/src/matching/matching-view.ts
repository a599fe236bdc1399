/**
 * A read-only view of a matching in readable ids, built straight from the problem and the
 * assignments (not from the solver's structures) for the stability checker and explanations.
 * O(Σ list length): ranks come from per-applicant "who ranks me" lists and a stamp array
 * (no per-program hash maps); each program keeps its four worst holders so the worst holder
 * "other than this couple" is O(1).
 */
import type { MatchProblem } from '../vocabulary/matching.ts';

/** A matching to inspect: an outcome of solveMatch() or one built by hand. */
export interface Matching {
  readonly assignments: Readonly<Record<string, string | null>>;
  readonly supplementalAssignments?: Readonly<Record<string, string>>;
  /** Capacities after reversions; the problem's capacities when absent. */
  readonly capacities?: Readonly<Record<string, number>>;
}

/** Rank of an applicant a program holds without ranking it: worse than anyone it ranks. */
export const UNRANKED = 0x3fffffff;
const KEEP = 4;

export interface MatchingView {
  readonly problem: MatchProblem;
  readonly programIndex: ReadonlyMap<string, number>;
  readonly applicantIndex: ReadonlyMap<string, number>;
  readonly capacity: Int32Array;
  /** Per applicant: the program it holds (primary), or -1; its preliminary program, or -1. */
  readonly assigned: Int32Array;
  readonly prelim: Int32Array;
  readonly coupleOf: Int32Array;
  readonly holderCount: Int32Array;
  /** Per program, its KEEP worst holders, worst first: rank and applicant (-1 = none). */
  readonly worstRank: Int32Array;
  readonly worstApplicant: Int32Array;
  /** Stamped rank lookups, two independent slots (a couple's two members). */
  readonly stamp: [Int32Array, Int32Array];
  readonly stampRank: [Int32Array, Int32Array];
  readonly inStart: Int32Array;
  readonly inProgram: Int32Array;
  readonly inRank: Int32Array;
}

const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

const lookupProgram = (
  index: ReadonlyMap<string, number>,
  id: string | null | undefined,
): number => (id == null ? -1 : (index.get(id) ?? -1));

/** Id → first position (duplicate ids are a validation error; the first one wins here). */
function indexOf(items: readonly { readonly id: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--)
    index.set((items[i] as { readonly id: string }).id, i);
  return index;
}

export function createMatchingView(problem: MatchProblem, matching: Matching): MatchingView {
  const { programs, applicants } = problem;
  const nP = programs.length;
  const nA = applicants.length;
  const programIndex = indexOf(programs);
  const applicantIndex = indexOf(applicants);
  const capacity = new Int32Array(nP);
  for (let p = 0; p < nP; p++) {
    const program = programs[p] as (typeof programs)[number];
    const final = own(matching.capacities, program.id);
    capacity[p] = typeof final === 'number' ? final : program.capacity;
  }
  const assigned = new Int32Array(nA);
  const prelim = new Int32Array(nA);
  for (let a = 0; a < nA; a++) {
    const id = (applicants[a] as (typeof applicants)[number]).id;
    assigned[a] = lookupProgram(programIndex, own(matching.assignments, id));
    prelim[a] = lookupProgram(programIndex, own(matching.supplementalAssignments, id));
  }
  const coupleOf = new Int32Array(nA).fill(-1);
  for (const [c, couple] of (problem.couples ?? []).entries()) {
    for (const member of couple.members) {
      const a = applicantIndex.get(member);
      if (a !== undefined) coupleOf[a] = c;
    }
  }

  // Who ranks each applicant, and at which position (counting sort by applicant).
  const rankStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) {
    rankStart[p + 1] = rankStart[p]! + (programs[p] as (typeof programs)[number]).ranking.length;
  }
  const ranked = new Int32Array(rankStart[nP]!);
  const inStart = new Int32Array(nA + 1);
  for (let p = 0; p < nP; p++) {
    const ranking = (programs[p] as (typeof programs)[number]).ranking;
    for (let r = 0; r < ranking.length; r++) {
      const a = applicantIndex.get(ranking[r] as string) ?? -1;
      ranked[rankStart[p]! + r] = a;
      if (a >= 0) inStart[a + 1] = inStart[a + 1]! + 1;
    }
  }
  for (let a = 0; a < nA; a++) inStart[a + 1] = inStart[a + 1]! + inStart[a]!;
  const fill = inStart.slice(0, nA);
  const inProgram = new Int32Array(inStart[nA]!);
  const inRank = new Int32Array(inStart[nA]!);
  for (let p = 0; p < nP; p++) {
    for (let e = rankStart[p]!; e < rankStart[p + 1]!; e++) {
      const a = ranked[e]!;
      if (a < 0) continue;
      const at = fill[a]!;
      fill[a] = at + 1;
      inProgram[at] = p;
      inRank[at] = e - rankStart[p]!;
    }
  }

  const view: MatchingView = {
    problem,
    programIndex,
    applicantIndex,
    capacity,
    assigned,
    prelim,
    coupleOf,
    holderCount: new Int32Array(nP),
    worstRank: new Int32Array(nP * KEEP).fill(-1),
    worstApplicant: new Int32Array(nP * KEEP).fill(-1),
    stamp: [new Int32Array(nP).fill(-1), new Int32Array(nP).fill(-1)],
    stampRank: [new Int32Array(nP), new Int32Array(nP)],
    inStart,
    inProgram,
    inRank,
  };
  for (let a = 0; a < nA; a++) {
    if (assigned[a]! < 0 && prelim[a]! < 0) continue;
    stampRanks(view, a, 0);
    if (assigned[a]! >= 0) addHolder(view, assigned[a]!, a, rankAt(view, a, assigned[a]!, 0));
    if (prelim[a]! >= 0) addHolder(view, prelim[a]!, a, rankAt(view, a, prelim[a]!, 0));
  }
  return view;
}

function addHolder(v: MatchingView, p: number, a: number, rank: number): void {
  v.holderCount[p] = v.holderCount[p]! + 1;
  const base = p * KEEP;
  let i = KEEP - 1;
  if (v.worstApplicant[base + i]! >= 0 && v.worstRank[base + i]! >= rank) return;
  // Insertion into the worst-first window (ties keep the earlier holder first).
  while (i > 0 && (v.worstApplicant[base + i - 1]! < 0 || v.worstRank[base + i - 1]! < rank)) {
    v.worstRank[base + i] = v.worstRank[base + i - 1]!;
    v.worstApplicant[base + i] = v.worstApplicant[base + i - 1]!;
    i--;
  }
  v.worstRank[base + i] = rank;
  v.worstApplicant[base + i] = a;
}

/** Makes rankAt(view, a, p, slot) answer for applicant a. O(number of programs ranking a). */
export function stampRanks(v: MatchingView, a: number, slot: 0 | 1): void {
  const stamp = v.stamp[slot];
  const ranks = v.stampRank[slot];
  for (let i = v.inStart[a]!; i < v.inStart[a + 1]!; i++) {
    stamp[v.inProgram[i]!] = a;
    ranks[v.inProgram[i]!] = v.inRank[i]!;
  }
}

/** Position of applicant a on program p's list (0 = first), or UNRANKED. Stamp a first. */
export function rankAt(v: MatchingView, a: number, p: number, slot: 0 | 1): number {
  return v.stamp[slot][p] === a ? v.stampRank[slot][p]! : UNRANKED;
}

const holds = (v: MatchingView, a: number, p: number): boolean =>
  a >= 0 && (v.assigned[a] === p || v.prelim[a] === p);

/** The n-th worst holder of p (n = 0, 1) other than applicants x and y, or -1. */
export function worstOther(v: MatchingView, p: number, x: number, y: number, n: number): number {
  let seen = 0;
  for (let i = p * KEEP; i < p * KEEP + KEEP; i++) {
    const a = v.worstApplicant[i]!;
    if (a < 0) return -1;
    if (a === x || a === y) continue;
    if (seen++ === n) return i;
  }
  return -1;
}

/** Positions of p free once applicants x and y (the ones who would move) leave it. */
export function freeWithout(v: MatchingView, p: number, x: number, y: number): number {
  const vacated = (holds(v, x, p) ? 1 : 0) + (x !== y && holds(v, y, p) ? 1 : 0);
  return v.capacity[p]! - v.holderCount[p]! + vacated;
}
