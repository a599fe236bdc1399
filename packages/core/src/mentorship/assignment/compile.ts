/**
 * Turns a valid problem into integer-indexed arrays for the solver: ids sorted (so the result
 * depends on the problem's content, not its row order), pins fixed first (capacity reduced), and
 * the allowed unpinned pairs in CSR form (by mentee, then mentor) with scores as exact integers.
 * O(E log E).
 */
import type { AssignmentProblem } from '../../vocabulary/assignment.ts';
import { scaleFor, toScaled } from './scaled-scores.ts';

export interface CompiledProblem {
  /** Mentee and mentor ids in code-unit order; index i / j below refers to these. */
  readonly menteeIds: readonly string[];
  readonly mentorIds: readonly string[];
  /** Scores × scale are integers. */
  readonly scale: number;
  /** Pinned mentor of each mentee, or -1; and the pin's scaled score. */
  readonly pinnedMentor: Int32Array;
  readonly pinnedScore: Float64Array;
  /** Capacity left after pins. */
  readonly freeCapacity: Int32Array;
  /** Allowed pairs of unpinned mentees: edges start[i]..start[i+1]-1 of mentee i. */
  readonly start: Int32Array;
  readonly edgeMentor: Int32Array;
  readonly edgeScore: Float64Array;
  /** Per mentee: scored pairs, forbidden ones among them, and those below the minimum. */
  readonly scoredCount: Int32Array;
  readonly forbiddenCount: Int32Array;
  readonly belowMinimumCount: Int32Array;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function compileProblem(problem: AssignmentProblem): CompiledProblem {
  const menteeIds = [...problem.mentees].sort(byCodeUnits);
  const mentorIds = problem.mentors.map((m) => m.id).sort(byCodeUnits);
  const menteeIndex = new Map(menteeIds.map((id, i) => [id, i]));
  const mentorIndex = new Map(mentorIds.map((id, j) => [id, j]));
  const n = menteeIds.length;
  const m = mentorIds.length;
  const key = (mentee: string, mentor: string) =>
    (menteeIndex.get(mentee) ?? 0) * m + (mentorIndex.get(mentor) ?? 0);

  const scale = scaleFor(problem.scores.map((s) => s.score));
  const freeCapacity = new Int32Array(m);
  for (const mentor of problem.mentors) {
    freeCapacity[mentorIndex.get(mentor.id) ?? 0] = mentor.capacity;
  }
  const forbidden = new Set((problem.forbids ?? []).map((f) => key(f.mentee, f.mentor)));
  const pinnedMentor = new Int32Array(n).fill(-1);
  const pinnedScore = new Float64Array(n);
  for (const pin of problem.pins ?? []) {
    const i = menteeIndex.get(pin.mentee) ?? 0;
    const j = mentorIndex.get(pin.mentor) ?? 0;
    pinnedMentor[i] = j;
    freeCapacity[j] = (freeCapacity[j] ?? 0) - 1;
  }

  const scoredCount = new Int32Array(n);
  const forbiddenCount = new Int32Array(n);
  const belowMinimumCount = new Int32Array(n);
  const minimum = problem.minimumScore ?? Number.NEGATIVE_INFINITY;
  const rows = problem.scores.length;
  const rowMentee = new Int32Array(rows).fill(-1);
  const rowMentor = new Int32Array(rows);
  const rowScore = new Float64Array(rows);
  const start = new Int32Array(n + 1);
  problem.scores.forEach(({ mentee, mentor, score }, r) => {
    const i = menteeIndex.get(mentee) ?? 0;
    const j = mentorIndex.get(mentor) ?? 0;
    const scaled = toScaled(score, scale);
    scoredCount[i]!++;
    if (pinnedMentor[i] === j) pinnedScore[i] = scaled;
    if (forbidden.size > 0 && forbidden.has(i * m + j)) forbiddenCount[i]!++;
    else if (score < minimum) belowMinimumCount[i]!++;
    else if (pinnedMentor[i] === -1) {
      rowMentee[r] = i;
      rowMentor[r] = j;
      rowScore[r] = scaled;
      start[i + 1]!++;
    }
  });
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  // Bucket the kept rows by mentee, then order each mentee's edges by mentor.
  const edges = start[n]!;
  const edgeMentor = new Int32Array(edges);
  const edgeScore = new Float64Array(edges);
  const fill = start.slice(0, n);
  const order = new Int32Array(edges);
  for (let r = 0; r < rows; r++) {
    const i = rowMentee[r]!;
    if (i >= 0) order[fill[i]!++] = r;
  }
  for (let i = 0; i < n; i++) {
    const segment = order.subarray(start[i]!, start[i + 1]!);
    segment.sort((a, b) => rowMentor[a]! - rowMentor[b]!);
    for (let e = start[i]!; e < start[i + 1]!; e++) {
      edgeMentor[e] = rowMentor[order[e]!]!;
      edgeScore[e] = rowScore[order[e]!]!;
    }
  }
  return {
    menteeIds,
    mentorIds,
    scale,
    pinnedMentor,
    pinnedScore,
    freeCapacity,
    start,
    edgeMentor,
    edgeScore,
    scoredCount,
    forbiddenCount,
    belowMinimumCount,
  };
}
