/**
 * Couples in instability chaining (Roth & Peranson 1999, §III; Roth & Vande Vate 1990): a couple
 * takes the most preferred pair on its joint list whose programs would admit both members (one
 * program must admit both at once when the pair repeats it), counting the couple's own current
 * positions as free. O(pairs × capacity) per couple move.
 */
import {
  admits,
  admitsTwo,
  countMove,
  hold,
  type MatchState,
  pushProgram,
  release,
} from './matching-state.ts';

/** Would pair k (absolute index) admit both members in the current state. */
function pairAdmits(s: MatchState, k: number): boolean {
  const cp = s.cp;
  const p0 = cp.pairProgram[2 * k]!;
  const p1 = cp.pairProgram[2 * k + 1]!;
  const r0 = cp.pairRank[2 * k]!;
  const r1 = cp.pairRank[2 * k + 1]!;
  if (p0 >= 0 && p0 === p1) return admitsTwo(s, p0, r0, r1);
  return (p0 < 0 || admits(s, p0, r0)) && (p1 < 0 || admits(s, p1, r1));
}

function holdPair(s: MatchState, k: number): void {
  const cp = s.cp;
  if (cp.pairProgram[2 * k]! >= 0) hold(s, cp.pairProgram[2 * k]!, cp.pairRank[2 * k]!);
  if (cp.pairProgram[2 * k + 1]! >= 0) hold(s, cp.pairProgram[2 * k + 1]!, cp.pairRank[2 * k + 1]!);
}

function releasePair(s: MatchState, k: number): void {
  const cp = s.cp;
  if (cp.pairProgram[2 * k]! >= 0) release(s, cp.pairProgram[2 * k]!, cp.pairRank[2 * k]!);
  if (cp.pairProgram[2 * k + 1]! >= 0)
    release(s, cp.pairProgram[2 * k + 1]!, cp.pairRank[2 * k + 1]!);
}

function takePair(s: MatchState, c: number, k: number): void {
  const offset = k - s.cp.pairStart[c]!;
  s.cPos[c] = offset;
  s.cNext[c] = offset + 1;
  holdPair(s, k);
}

/**
 * A couple that holds nothing proposes down its joint list from cNext. Holding a pair can itself
 * open a better one (a program the couple now occupies counts that position as free), so it then
 * tries to improve.
 */
export function walkCouple(s: MatchState, c: number): void {
  if (s.cPos[c]! >= 0) return;
  const base = s.cp.pairStart[c]!;
  const end = s.cp.pairStart[c + 1]!;
  for (let k = base + s.cNext[c]!; k < end; k++) {
    s.proposals++;
    if (!pairAdmits(s, k)) continue;
    takePair(s, c, k);
    improveCouple(s, c);
    return;
  }
  s.cNext[c] = end - base;
}

/**
 * Resolves the couple's blocking pairs: while a pair it prefers to its current one would admit it
 * (with its own positions vacated), it moves there; the programs it leaves go on the program stack.
 */
export function improveCouple(s: MatchState, c: number): void {
  const cp = s.cp;
  const base = cp.pairStart[c]!;
  while (!s.aborted && s.frozen[cp.nApplicants + c] === 0) {
    const current = s.cPos[c]!;
    const limit = current >= 0 ? current : s.cNext[c]!;
    if (limit === 0) return;
    if (current >= 0) releasePair(s, base + current);
    let found = -1;
    for (let k = base; k < base + limit; k++) {
      s.proposals++;
      if (pairAdmits(s, k)) {
        found = k;
        break;
      }
    }
    if (found < 0) {
      // Nothing better: take the released positions back (they are free, nobody is displaced).
      if (current >= 0) holdPair(s, base + current);
      return;
    }
    takePair(s, c, found);
    if (current >= 0) {
      const old = base + current;
      if (cp.pairProgram[2 * old]! >= 0) pushProgram(s, cp.pairProgram[2 * old]!);
      if (cp.pairProgram[2 * old + 1]! >= 0) pushProgram(s, cp.pairProgram[2 * old + 1]!);
      countMove(s, cp.nApplicants + c);
    }
  }
}
