/**
 * The two objectives on the compiled problem (unpinned mentees, capacities after pins):
 * - total: one max-weight b-matching with weight (n + 1)·s + 1, i.e. the best total score, then
 *   the most matched among equal totals;
 * - fair: (1) max-cardinality b-matching; (2) binary search over the distinct scores for the
 *   highest threshold whose pairs still match as many (bottleneck, Gabow & Tarjan 1988 style);
 *   (3) max-weight b-matching on the pairs at or above the lowest score with weight P + s, P large
 *   enough that the most matched comes first.
 * Each stage returns what its certificate needs, in indices.
 */
import { invariant } from '../../shared/invariant.ts';
import type { CompiledProblem } from './compile.ts';
import type { Assignment, Bipartite } from './graph.ts';
import { type Cover, maxCardinalityBMatching } from './max-cardinality-b-matching.ts';
import { maxWeightBMatching, type WeightedBipartite } from './max-weight-b-matching.ts';

export interface WeightedStage {
  readonly assignment: Assignment;
  readonly mentorPrice: Float64Array;
  readonly multiplier: number;
  readonly bonus: number;
  /** Scaled threshold of the pairs the stage considered, or null for all. */
  readonly atLeast: number | null;
  /** Σ weight of the matching, and the dual bound Σu + Σ capacity·v (equal when optimal). */
  readonly objective: number;
  readonly bound: number;
}

export type Bottleneck =
  | { readonly kind: 'none-matched' }
  | { readonly kind: 'pinned'; readonly mentee: number }
  | { readonly kind: 'cover-above'; readonly above: number; readonly cover: Cover };

export interface FairStages {
  readonly matchedCover: Cover;
  readonly bottleneck: Bottleneck;
  readonly total: WeightedStage;
}

const graphOf = (c: CompiledProblem): Bipartite & { edgeScore: Float64Array } => ({
  nMentees: c.menteeIds.length,
  nMentors: c.mentorIds.length,
  capacity: c.freeCapacity,
  start: c.start,
  edgeMentor: c.edgeMentor,
  edgeScore: c.edgeScore,
});

/** First index whose value is ≥ x in an ascending array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowestScore(c: CompiledProblem, edgeOf: Int32Array): number {
  let low = Number.POSITIVE_INFINITY;
  for (const e of edgeOf) if (e >= 0) low = Math.min(low, c.edgeScore[e]!);
  return low;
}

/** The target-th largest of the mentees' best scores: no higher threshold can match target. */
function bestScoreBound(c: CompiledProblem, target: number): number {
  const best: number[] = [];
  for (let i = 0; i < c.menteeIds.length; i++) {
    let top = Number.NEGATIVE_INFINITY;
    for (let e = c.start[i]!; e < c.start[i + 1]!; e++) top = Math.max(top, c.edgeScore[e]!);
    if (top > Number.NEGATIVE_INFINITY) best.push(top);
  }
  best.sort((a, b) => b - a);
  return best[target - 1]!;
}

/** Solves with weight multiplier·s + bonus on the pairs scoring at least `atLeast`. */
function weightedStage(
  c: CompiledProblem,
  multiplier: number,
  bonus: number,
  atLeast: number | null,
): WeightedStage {
  const base = graphOf(c);
  const keep = (e: number) => atLeast === null || c.edgeScore[e]! >= atLeast;
  const n = base.nMentees;
  const start = new Int32Array(n + 1);
  const kept: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let e = c.start[i]!; e < c.start[i + 1]!; e++) if (keep(e)) kept.push(e);
    start[i + 1] = kept.length;
  }
  const edgeMentor = Int32Array.from(kept, (e) => c.edgeMentor[e]!);
  const weight = Float64Array.from(kept, (e) => multiplier * c.edgeScore[e]! + bonus);
  const graph: WeightedBipartite = { ...base, start, edgeMentor, weight };
  const { assignment, mentorPrice } = maxWeightBMatching(graph);

  let objective = 0;
  let bound = 0;
  for (let i = 0; i < n; i++) {
    const e = assignment.edgeOf[i]!;
    if (e >= 0) objective += weight[e]!;
    let best = 0;
    for (let f = start[i]!; f < start[i + 1]!; f++) {
      best = Math.max(best, weight[f]! - mentorPrice[edgeMentor[f]!]!);
    }
    bound += best;
  }
  for (let j = 0; j < base.nMentors; j++) bound += base.capacity[j]! * mentorPrice[j]!;
  invariant(
    Number.isSafeInteger(objective) && objective === bound,
    `max-weight b-matching: dual bound ${bound} differs from weight ${objective}`,
  );
  // Edge indices refer to the kept list; map them back to the compiled edges.
  for (let i = 0; i < n; i++) {
    const e = assignment.edgeOf[i]!;
    if (e >= 0) assignment.edgeOf[i] = kept[e]!;
  }
  return { assignment, mentorPrice, multiplier, bonus, atLeast, objective, bound };
}

export function solveTotal(c: CompiledProblem): WeightedStage {
  return weightedStage(c, c.menteeIds.length + 1, 1, null);
}

export function solveFair(c: CompiledProblem): FairStages {
  const graph = graphOf(c);
  const first = maxCardinalityBMatching(graph);
  const target = first.matched;

  // Highest threshold t (a distinct score) whose pairs still match `target` mentees.
  let bottleneckFree: number | null = null;
  let above: Cover = { mentees: [], mentors: [], size: 0 };
  if (target > 0) {
    const thresholds = [...new Set(c.edgeScore)].sort((a, b) => a - b);
    const indexOf = (score: number) => lowerBound(thresholds, score);
    // Known bounds: the first matching's lowest score is feasible; a threshold above the
    // target-th best of the mentees' best scores leaves fewer than `target` mentees any pair.
    let lo = indexOf(lowestScore(c, first.assignment.edgeOf));
    let hi = Math.min(thresholds.length, indexOf(bestScoreBound(c, target)) + 1);
    let coverAt = -1;
    // Each run starts from the previous matching (minus its pairs below the new threshold).
    let warm = first.assignment.edgeOf;
    const test = (k: number) => {
      const run = maxCardinalityBMatching(graph, thresholds[k]!, warm);
      warm = run.assignment.edgeOf;
      return run;
    };
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      const run = test(mid);
      if (run.matched === target) lo = mid;
      else {
        hi = mid;
        above = run.cover;
        coverAt = mid;
      }
    }
    if (lo + 1 < thresholds.length && coverAt !== lo + 1) above = test(lo + 1).cover;
    bottleneckFree = thresholds[lo]!;
  }

  let pinned = -1;
  for (let i = 0; i < c.menteeIds.length; i++) {
    if (c.pinnedMentor[i]! >= 0 && (pinned < 0 || c.pinnedScore[i]! < c.pinnedScore[pinned]!)) {
      pinned = i;
    }
  }
  let bottleneck: Bottleneck;
  let atLeast: number | null;
  if (pinned >= 0 && (bottleneckFree === null || c.pinnedScore[pinned]! <= bottleneckFree)) {
    bottleneck = { kind: 'pinned', mentee: pinned };
    atLeast = c.pinnedScore[pinned]!;
  } else if (bottleneckFree !== null) {
    bottleneck = { kind: 'cover-above', above: bottleneckFree, cover: above };
    atLeast = bottleneckFree;
  } else {
    bottleneck = { kind: 'none-matched' };
    atLeast = null;
  }

  // P > n·(max − min) + |min| makes one more matched mentee worth more than any change of total.
  let low = 0;
  let high = 0;
  for (const s of c.edgeScore) {
    if (atLeast !== null && s < atLeast) continue;
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  const bonus = c.menteeIds.length * (high - low) - low + 1;
  const total = weightedStage(c, 1, bonus, atLeast);
  let matched = 0;
  for (const j of total.assignment.mentorOf) if (j >= 0) matched++;
  invariant(matched === target, 'fair mode: the weighted stage matches as many as the first');
  return { matchedCover: first.cover, bottleneck, total };
}
