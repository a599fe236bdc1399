/**
 * Compiles a validated problem into the engine's integer form: mutual-acceptability cleaning of
 * applicant-side lists (a pair can match only when each ranks the other), CSR lists whose entries
 * carry the program's rank of the applicant, and the reversion order (Kahn 1962 topological sort).
 * O(total list length), sequential passes plus one counting sort ("who ranks me").
 */
import type { IndexedProblem } from './indexed-problem.ts';

/**
 * What compilation reads: the integer lists of an IndexedProblem and the capacities (the ids,
 * maps and duplicate lists only serve validation and reading results back).
 */
export type CompileInput = Omit<
  IndexedProblem,
  'problem' | 'duplicatePrograms' | 'duplicateApplicants'
> & { readonly capacity: Int32Array };

export interface CompiledProblem {
  readonly nPrograms: number;
  readonly nApplicants: number;
  readonly nCouples: number;
  readonly capacity: Int32Array;
  /** Held-slot region of program p: [slotStart[p], slotStart[p+1]), room for reverted positions. */
  readonly slotStart: Int32Array;
  /**
   * Program p's ranking as submitted: progApplicant[progStart[p] + rank]. Entries not ranked back
   * stay (nobody proposes through them); a program's rank of an applicant is this position.
   */
  readonly progStart: Int32Array;
  readonly progApplicant: Int32Array;
  /** Single a's cleaned primary list: entries [appStart[a], appStart[a+1]). */
  readonly appStart: Int32Array;
  readonly appProgram: Int32Array;
  /** The applicant's rank on that program's list. */
  readonly appRank: Int32Array;
  /** 0-based position on the list as submitted (for statistics). */
  readonly appChoice: Int32Array;
  /** Supplemental list linked to this (advanced) entry, or -1. */
  readonly appSupp: Int32Array;
  readonly suppStart: Int32Array;
  readonly suppProgram: Int32Array;
  readonly suppRank: Int32Array;
  /** Couple index of each applicant, or -1 for singles. */
  readonly coupleOf: Int32Array;
  readonly coupleMember: Int32Array;
  /** Couple c's pairs k in [pairStart[c], pairStart[c+1]): programs/ranks at 2k (first) and 2k+1 (second); -1 = no match. */
  readonly pairStart: Int32Array;
  readonly pairProgram: Int32Array;
  readonly pairRank: Int32Array;
  readonly pairChoice: Int32Array;
  /** Entries dropped because the other side does not rank back (both sides counted). */
  readonly nonReciprocated: number;
  /** Donors, receivers before their own donations (topological order). */
  readonly reversionOrder: Int32Array;
  readonly revStart: Int32Array;
  readonly revTo: Int32Array;
  readonly revPositions: Int32Array;
  readonly totalEntries: number;
}

/** "Who ranks me": per applicant, the programs ranking it and at which position (counting sort). */
function incoming(ix: CompileInput): {
  start: Int32Array;
  program: Int32Array;
  rank: Int32Array;
} {
  const { nApplicants: nA, nPrograms: nP, programStart, programList } = ix;
  const start = new Int32Array(nA + 1);
  for (let e = 0; e < programList.length; e++) {
    const a = programList[e]!;
    start[a + 1] = start[a + 1]! + 1;
  }
  for (let a = 0; a < nA; a++) start[a + 1] = start[a + 1]! + start[a]!;
  const fill = start.slice(0, nA);
  const program = new Int32Array(programList.length);
  const rank = new Int32Array(programList.length);
  for (let p = 0; p < nP; p++) {
    const base = programStart[p]!;
    for (let e = base; e < programStart[p + 1]!; e++) {
      const a = programList[e]!;
      const at = fill[a]!;
      fill[a] = at + 1;
      program[at] = p;
      rank[at] = e - base;
    }
  }
  return { start, program, rank };
}

export function compileProblem(ix: CompileInput): CompiledProblem {
  const { nPrograms: nP, nApplicants: nA, nCouples: nC, applicantStart, applicantList } = ix;
  const inc = incoming(ix);
  // Stamp arrays: rankBy[p] is applicant a's rank at p when rankedA[p] === a (two sets: couples).
  const ranked = [new Int32Array(nP).fill(-1), new Int32Array(nP).fill(-1)] as const;
  const rankBy = [new Int32Array(nP), new Int32Array(nP)] as const;
  const counted = [new Int32Array(nP).fill(-1), new Int32Array(nP).fill(-1)] as const;
  const stamp = (a: number, set: 0 | 1): void => {
    for (let i = inc.start[a]!; i < inc.start[a + 1]!; i++) {
      ranked[set][inc.program[i]!] = a;
      rankBy[set][inc.program[i]!] = inc.rank[i]!;
    }
  };
  let nonReciprocated = 0;
  let reciprocated = 0;
  /** Rank of a at p, or -1 when p does not rank a; counts each (a, p) ranked back once. */
  const rankOf = (a: number, p: number, set: 0 | 1): number => {
    if (ranked[set][p] !== a) {
      nonReciprocated++;
      return -1;
    }
    if (counted[set][p] !== a) {
      counted[set][p] = a;
      reciprocated++;
    }
    return rankBy[set][p]!;
  };

  const coupleOf = new Int32Array(nA).fill(-1);
  for (let c = 0; c < nC; c++) {
    coupleOf[ix.coupleMembers[2 * c]!] = c;
    coupleOf[ix.coupleMembers[2 * c + 1]!] = c;
  }

  // Singles' cleaned primary and supplemental lists, written in one sequential pass.
  const appStart = new Int32Array(nA + 1);
  const appProgram = new Int32Array(applicantList.length);
  const appRank = new Int32Array(applicantList.length);
  const appChoice = new Int32Array(applicantList.length);
  const appSupp = new Int32Array(applicantList.length).fill(-1);
  let nLists = 0;
  let nSupp = 0;
  for (const lists of ix.supplemental) {
    for (const list of lists ?? []) {
      nLists++;
      nSupp += list.ranking.length;
    }
  }
  const suppStart = new Int32Array(nLists + 1);
  const suppProgram = new Int32Array(nSupp);
  const suppRank = new Int32Array(nSupp);
  let at = 0;
  let list = 0;
  let sAt = 0;
  for (let a = 0; a < nA; a++) {
    appStart[a] = at;
    stamp(a, 0);
    for (let e = applicantStart[a]!; e < applicantStart[a + 1]!; e++) {
      const p = applicantList[e]!;
      const rank = rankOf(a, p, 0);
      if (rank < 0) continue;
      appProgram[at] = p;
      appRank[at] = rank;
      appChoice[at++] = e - applicantStart[a]!;
    }
    const lists = ix.supplemental[a];
    if (lists === undefined) continue;
    for (const supplemental of lists) {
      for (const p of supplemental.advanced) {
        for (let k = appStart[a]!; k < at; k++) if (appProgram[k] === p) appSupp[k] = list;
      }
      for (const p of supplemental.ranking) {
        const rank = rankOf(a, p, 0);
        if (rank < 0) continue;
        suppProgram[sAt] = p;
        suppRank[sAt++] = rank;
      }
      suppStart[++list] = sAt;
    }
  }
  appStart[nA] = at;

  // Couples: a pair survives only if each named program ranks its member.
  const pairStart = new Int32Array(nC + 1);
  const pairProgram = new Int32Array(ix.pairList.length);
  const pairRank = new Int32Array(ix.pairList.length);
  const pairChoice = new Int32Array(ix.pairList.length / 2);
  let kept = 0;
  for (let c = 0; c < nC; c++) {
    const members = [ix.coupleMembers[2 * c]!, ix.coupleMembers[2 * c + 1]!] as const;
    stamp(members[0], 0);
    stamp(members[1], 1);
    for (let k = ix.pairStart[c]!; k < ix.pairStart[c + 1]!; k++) {
      const p0 = ix.pairList[2 * k]!;
      const p1 = ix.pairList[2 * k + 1]!;
      const r0 = p0 < 0 ? -1 : rankOf(members[0], p0, 0);
      const r1 = p1 < 0 ? -1 : rankOf(members[1], p1, 1);
      if ((p0 >= 0 && r0 < 0) || (p1 >= 0 && r1 < 0)) {
        // One drop per pair, whichever side failed.
        if (p0 >= 0 && r0 < 0 && p1 >= 0 && r1 < 0) nonReciprocated--;
        continue;
      }
      pairProgram[2 * kept] = p0;
      pairRank[2 * kept] = r0;
      pairProgram[2 * kept + 1] = p1;
      pairRank[2 * kept + 1] = r1;
      pairChoice[kept++] = k - ix.pairStart[c]!;
    }
    pairStart[c + 1] = kept;
  }
  // Program-side entries nobody reciprocates.
  nonReciprocated += ix.programList.length - reciprocated;

  const capacity = ix.capacity.slice(0, nP);
  const revTo = ix.reversionTo.slice();
  const revPositions = Int32Array.from(ix.reversionPositions);
  // Room for every position that could revert to a program (the per-reversion maxima).
  const room = capacity.slice();
  for (let e = 0; e < revTo.length; e++) room[revTo[e]!] = room[revTo[e]!]! + revPositions[e]!;
  const slotStart = new Int32Array(nP + 1);
  for (let p = 0; p < nP; p++) slotStart[p + 1] = slotStart[p]! + room[p]!;

  return {
    nPrograms: nP,
    nApplicants: nA,
    nCouples: nC,
    capacity,
    slotStart,
    progStart: ix.programStart,
    progApplicant: ix.programList,
    appStart,
    appProgram,
    appRank,
    appChoice,
    appSupp,
    suppStart,
    suppProgram,
    suppRank,
    coupleOf,
    coupleMember: ix.coupleMembers,
    pairStart,
    pairProgram,
    pairRank,
    pairChoice,
    nonReciprocated,
    reversionOrder: topologicalDonors(nP, ix.reversionStart, revTo),
    revStart: ix.reversionStart,
    revTo,
    revPositions,
    totalEntries: ix.programList.length + at + sAt + kept,
  };
}

/** Kahn's algorithm over donor → receiver edges (acyclic, validated); FIFO in index order. */
function topologicalDonors(nP: number, start: Int32Array, to: Int32Array): Int32Array {
  const indegree = new Int32Array(nP);
  for (let e = 0; e < to.length; e++) indegree[to[e]!] = indegree[to[e]!]! + 1;
  const queue: number[] = [];
  for (let p = 0; p < nP; p++) if (indegree[p] === 0 && start[p + 1]! > start[p]!) queue.push(p);
  const order: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const p = queue[head]!;
    if (start[p + 1]! > start[p]!) order.push(p);
    for (let e = start[p]!; e < start[p + 1]!; e++) {
      const q = to[e]!;
      indegree[q] = indegree[q]! - 1;
      if (indegree[q] === 0) queue.push(q);
    }
  }
  return Int32Array.from(order);
}
