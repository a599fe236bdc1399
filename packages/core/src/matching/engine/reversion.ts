/**
 * NRMP reversions (docs/sources.md#nrmp-reversions, #nms-reversions):
 * after the match, positions a donor left unfilled move to its receivers, donors in topological
 * order, and the chain continues so applicants can take them; repeated to a fixpoint, which the
 * acyclic donor graph and the per-reversion maximum guarantee. O(R) passes of O(R) plus chaining.
 */
import { runChain } from './instability-chaining.ts';
import { type MatchState, pushProgram } from './matching-state.ts';

/** Applies reversions; returns the positions moved per reversion entry (same index as cp.revTo). */
export function applyReversions(s: MatchState): Int32Array {
  const cp = s.cp;
  const remaining = cp.revPositions.slice();
  const moved = new Int32Array(remaining.length);
  let changed = true;
  while (changed && !s.aborted) {
    changed = false;
    for (let i = 0; i < cp.reversionOrder.length && !s.aborted; i++) {
      const donor = cp.reversionOrder[i]!;
      for (let e = cp.revStart[donor]!; e < cp.revStart[donor + 1]!; e++) {
        const free = s.cap[donor]! - s.count[donor]!;
        const n = Math.min(free, remaining[e]!);
        if (n <= 0) continue;
        const receiver = cp.revTo[e]!;
        s.cap[donor] = s.cap[donor]! - n;
        s.cap[receiver] = s.cap[receiver]! + n;
        remaining[e] = remaining[e]! - n;
        moved[e] = moved[e]! + n;
        changed = true;
        pushProgram(s, receiver);
        runChain(s);
      }
    }
  }
  return moved;
}
