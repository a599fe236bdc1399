/**
 * Applicant-proposing deferred acceptance for single applicants (Gale & Shapley 1962; resident-
 * oriented form in Gusfield & Irving 1989 §1.6), with NRMP supplemental lists handled as a
 * second position walked only after a linked advanced match
 * (docs/sources.md#nrmp-supplemental-rols). Each proposal is O(1) to test and O(capacity) to hold;
 * without vacancies the total is O(Σ list length).
 */
import {
  admits,
  hold,
  type MatchState,
  vacateSingle,
  vacateSupplemental,
} from './matching-state.ts';

/** Proposes down the primary list from next[a]; a linked advanced match then walks its supplemental list. */
export function walkPrimary(s: MatchState, a: number): void {
  const cp = s.cp;
  const base = cp.appStart[a]!;
  const end = cp.appStart[a + 1]!;
  for (let k = base + s.next[a]!; k < end; k++) {
    s.proposals++;
    const p = cp.appProgram[k]!;
    const r = cp.appRank[k]!;
    if (!admits(s, p, r)) continue;
    s.pos[a] = k - base;
    s.next[a] = k - base + 1;
    hold(s, p, r);
    if (cp.appSupp[k]! >= 0) {
      s.suppPos[a] = -1;
      s.suppNext[a] = 0;
      walkSupplemental(s, a);
    }
    return;
  }
  s.next[a] = end - base;
}

/**
 * Proposes down the supplemental list linked to the advanced program held. When it runs out the
 * applicant keeps the advanced position alone: NRMP never resumes the primary list here.
 */
export function walkSupplemental(s: MatchState, a: number): void {
  const cp = s.cp;
  const list = cp.appSupp[cp.appStart[a]! + s.pos[a]!]!;
  const base = cp.suppStart[list]!;
  const end = cp.suppStart[list + 1]!;
  for (let j = base + s.suppNext[a]!; j < end; j++) {
    s.proposals++;
    const p = cp.suppProgram[j]!;
    const r = cp.suppRank[j]!;
    if (!admits(s, p, r)) continue;
    s.suppPos[a] = j - base;
    s.suppNext[a] = j - base + 1;
    hold(s, p, r);
    return;
  }
  s.suppNext[a] = end - base;
}

/** A single popped from the applicant stack: resumes whichever list it lost its place on. */
export function processSingle(s: MatchState, a: number): void {
  const k = s.pos[a]!;
  if (k < 0) {
    walkPrimary(s, a);
  } else if (s.suppPos[a]! < 0 && s.cp.appSupp[s.cp.appStart[a]! + k]! >= 0) {
    walkSupplemental(s, a);
  }
}

/**
 * Program p has room for single a. If a prefers p to what it holds, (a, p) is a blocking pair: a
 * moves up, freeing its old positions (they go on the program stack). Same for p on the
 * supplemental list linked to a's advanced match. O(list length): only runs on vacancies.
 */
export function reconsiderSingle(s: MatchState, a: number, p: number): void {
  const cp = s.cp;
  const base = cp.appStart[a]!;
  const held = s.pos[a]!;
  const bound = held >= 0 ? held : s.next[a]!;
  for (let k = 0; k < bound; k++) {
    if (cp.appProgram[base + k] !== p) continue;
    vacateSingle(s, a);
    s.next[a] = k;
    walkPrimary(s, a);
    return;
  }
  if (held < 0) return;
  const list = cp.appSupp[base + held]!;
  if (list < 0) return;
  const from = cp.suppStart[list]!;
  const suppBound = s.suppPos[a]! >= 0 ? s.suppPos[a]! : s.suppNext[a]!;
  for (let j = 0; j < suppBound; j++) {
    if (cp.suppProgram[from + j] !== p) continue;
    vacateSupplemental(s, a);
    s.suppNext[a] = j;
    walkSupplemental(s, a);
    return;
  }
}
