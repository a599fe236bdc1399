/**
 * Stability checker (Gale & Shapley 1962 for singles; couples per docs/glossary.md "Blocking
 * couple", the vacated-positions-count reading of McDermid & Manlove 2010 / Biró, Irving &
 * Schlotter 2011; NRMP supplemental lists per docs/sources.md#nrmp-supplemental-rols). Independent
 * of the solver's data structures. O(Σ list length) with stamped rank lookups.
 *
 * Definitions (a program "admits" an applicant when it has a free position or ranks the applicant
 * above its worst assignee; a program never admits someone it does not rank):
 * - single: (a, p) blocks when p is above a's assignment on a's primary list and p admits a;
 * - supplemental: a holds a linked advanced program and p is above a's preliminary program (or a
 *   has none) on the linked supplemental list, and p admits a;
 * - couple: (c, (p1, p2)) blocks when the couple ranks the pair above its current one (or is
 *   unmatched) and each member who changes program is admitted by it, where the couple's own
 *   current positions COUNT AS FREE (vacated). A member keeping its program needs no admission;
 *   "no match" needs none; when p1 = p2 the program must admit both members at once.
 */

import type { BlockingPair, MatchProblem } from '../vocabulary/matching.ts';
import {
  createMatchingView,
  freeWithout,
  type Matching,
  type MatchingView,
  rankAt,
  stampRanks,
  UNRANKED,
  worstOther,
} from './matching-view.ts';

export type { Matching } from './matching-view.ts';

type Admission =
  | { readonly reason: 'free-position' }
  | { readonly reason: 'prefers-over-assignee'; readonly displaces: number };

/** Would p admit one applicant of rank r, counting x's and y's positions as vacated. */
export function admitOne(
  v: MatchingView,
  p: number,
  r: number,
  x: number,
  y: number,
): Admission | null {
  if (r === UNRANKED) return null;
  if (freeWithout(v, p, x, y) >= 1) return { reason: 'free-position' };
  const worst = worstOther(v, p, x, y, 0);
  if (worst >= 0 && v.worstRank[worst]! > r) {
    return { reason: 'prefers-over-assignee', displaces: v.worstApplicant[worst]! };
  }
  return null;
}

/** Would p admit both members (ranks r0, r1) at once, their own positions vacated. */
export function admitBoth(
  v: MatchingView,
  p: number,
  r0: number,
  r1: number,
  x: number,
  y: number,
): boolean {
  if (r0 === UNRANKED || r1 === UNRANKED) return false;
  const free = freeWithout(v, p, x, y);
  const worse = Math.max(r0, r1);
  if (free >= 2) return true;
  const need = free === 1 ? 0 : free === 0 ? 1 : -1;
  if (need < 0) return false;
  const other = worstOther(v, p, x, y, need);
  return other >= 0 && v.worstRank[other]! > worse;
}

function singlePair(
  kind: 'single' | 'supplemental',
  v: MatchingView,
  a: number,
  p: number,
  admission: Admission,
): BlockingPair {
  const applicant = v.problem.applicants[a]?.id ?? '';
  const program = v.problem.programs[p]?.id ?? '';
  if (admission.reason === 'free-position')
    return { kind, applicant, program, reason: admission.reason };
  const displaces = v.problem.applicants[admission.displaces]?.id ?? '';
  return { kind, applicant, program, reason: admission.reason, displaces };
}

/** Position of program `held` on `list` (ids resolved into `scratch`), or the list length. */
function resolve(
  v: MatchingView,
  list: readonly string[],
  held: number,
  scratch: Int32Array,
): number {
  let current = list.length;
  for (let k = 0; k < list.length; k++) {
    const p = v.programIndex.get(list[k] as string) ?? -1;
    scratch[k] = p;
    if (p === held && held >= 0 && current === list.length) current = k;
  }
  return current;
}

function checkSingle(v: MatchingView, a: number, scratch: Int32Array, out: BlockingPair[]): void {
  const applicant = v.problem.applicants[a];
  if (applicant === undefined) return;
  const held = v.assigned[a]!;
  const current = resolve(v, applicant.ranking, held, scratch);
  stampRanks(v, a, 0);
  for (let k = 0; k < current; k++) {
    const p = scratch[k]!;
    if (p < 0) continue;
    const admission = admitOne(v, p, rankAt(v, a, p, 0), a, -1);
    if (admission) out.push(singlePair('single', v, a, p, admission));
  }
  if (held < 0 || applicant.supplementalLists === undefined) return;
  const heldId = v.problem.programs[held]?.id;
  const linked = applicant.supplementalLists.find((s) => s.advancedPrograms.includes(heldId ?? ''));
  if (linked === undefined) return;
  const currentPrelim = resolve(v, linked.ranking, v.prelim[a]!, scratch);
  for (let j = 0; j < currentPrelim; j++) {
    const p = scratch[j]!;
    if (p < 0) continue;
    const admission = admitOne(v, p, rankAt(v, a, p, 0), a, -1);
    if (admission) out.push(singlePair('supplemental', v, a, p, admission));
  }
}

function checkCouple(v: MatchingView, c: number, out: BlockingPair[]): void {
  const couple = v.problem.couples?.[c];
  if (couple === undefined) return;
  const m0 = v.applicantIndex.get(couple.members[0]) ?? -1;
  const m1 = v.applicantIndex.get(couple.members[1]) ?? -1;
  if (m0 < 0 || m1 < 0) return;
  const at = (id: string | null): number => (id === null ? -1 : (v.programIndex.get(id) ?? -2));
  const held0 = v.assigned[m0]!;
  const held1 = v.assigned[m1]!;
  const pairs = couple.ranking;
  let current = pairs.length;
  for (let k = 0; k < pairs.length && held0 + held1 > -2; k++) {
    const [first, second] = pairs[k]!;
    if (at(first) === held0 && at(second) === held1) current = k;
  }
  stampRanks(v, m0, 0);
  stampRanks(v, m1, 1);
  for (let k = 0; k < current; k++) {
    const [first, second] = pairs[k]!;
    const p0 = at(first);
    const p1 = at(second);
    if (p0 === -2 || p1 === -2) continue;
    let blocks: boolean;
    if (p0 >= 0 && p0 === p1) {
      blocks = admitBoth(v, p0, rankAt(v, m0, p0, 0), rankAt(v, m1, p1, 1), m0, m1);
    } else {
      blocks =
        (p0 < 0 || p0 === held0 || admitOne(v, p0, rankAt(v, m0, p0, 0), m0, m1) !== null) &&
        (p1 < 0 || p1 === held1 || admitOne(v, p1, rankAt(v, m1, p1, 1), m0, m1) !== null);
    }
    if (blocks) {
      out.push({
        kind: 'couple',
        couple: couple.id,
        members: [couple.members[0], couple.members[1]],
        pair: [first, second],
      });
    }
  }
}

/**
 * Every blocking pair of `matching` (singles, supplemental, couples, in input order). Empty means
 * stable. Assumes a valid matching (capacities respected); ids it does not know are skipped.
 */
export function findBlockingPairs(problem: MatchProblem, matching: Matching): BlockingPair[] {
  const view = createMatchingView(problem, matching);
  const out: BlockingPair[] = [];
  let longest = 0;
  for (const applicant of problem.applicants) {
    longest = Math.max(longest, applicant.ranking.length);
    for (const list of applicant.supplementalLists ?? [])
      longest = Math.max(longest, list.ranking.length);
  }
  const scratch = new Int32Array(longest);
  for (let a = 0; a < problem.applicants.length; a++) {
    if (view.coupleOf[a]! < 0) checkSingle(view, a, scratch, out);
  }
  for (let c = 0; c < (problem.couples?.length ?? 0); c++) checkCouple(view, c, out);
  return out;
}
