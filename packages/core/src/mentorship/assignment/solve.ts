/**
 * Bulk mentor–mentee assignment with capacities, pins, forbids and a minimum score, in two modes
 * (stages.ts), returning the assignment with a certificate of optimality that is checked by the
 * independent `certifyAssignment` before the result is returned (unless `verify: false`).
 *
 * Deterministic: ids are sorted first, so the result depends on the problem's content and not on
 * the order of its rows. Among equally good assignments, the one returned is the first found when
 * mentees are routed in id order (code-unit order) and equal distances settle the lower index first.
 */
import { invariant } from '../../shared/invariant.ts';
import { formatPath, ok, type Result } from '../../shared/result.ts';
import type {
  AssignedPair,
  AssignmentCertificate,
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
  BottleneckCertificate,
  DualCertificate,
  UnmatchedMentee,
  UnmatchedReason,
} from '../../vocabulary/assignment.ts';
import { certifyValidAssignment } from './certify.ts';
import { type CompiledProblem, compileProblem } from './compile.ts';
import type { Cover } from './max-cardinality-b-matching.ts';
import { fromScaled } from './scaled-scores.ts';
import { type Bottleneck, solveFair, solveTotal, type WeightedStage } from './stages.ts';
import { validateAssignmentProblem } from './validate.ts';

export interface SolveAssignmentOptions {
  readonly mode?: AssignmentMode;
  /** Check the certificate with certifyAssignment before returning (default true). */
  readonly verify?: boolean;
}

export function solveAssignment(
  problem: AssignmentProblem,
  options: SolveAssignmentOptions = {},
): Result<AssignmentResult> {
  const valid = validateAssignmentProblem(problem);
  if (!valid.ok) return valid;
  const mode = options.mode ?? 'total';
  const c = compileProblem(problem);
  let certificate: AssignmentCertificate;
  let stage: WeightedStage;
  if (mode === 'total') {
    stage = solveTotal(c);
    certificate = { mode, total: dualCertificate(c, stage) };
  } else {
    const fair = solveFair(c);
    stage = fair.total;
    certificate = {
      mode,
      matched: { method: 'vertex-cover', ...coverIds(c, fair.matchedCover) },
      bottleneck: bottleneckCertificate(c, fair.bottleneck),
      total: dualCertificate(c, stage),
    };
  }
  const result = buildResult(problem, c, mode, stage, certificate);
  if (options.verify ?? true) {
    const check = certifyValidAssignment(problem, result);
    if (!check.ok) {
      const why = check.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
      invariant(false, `assignment certificate rejected: ${why}`);
    }
  }
  return ok(result);
}

function coverIds(c: CompiledProblem, cover: Cover) {
  return {
    mentees: cover.mentees.map((i) => c.menteeIds[i]!),
    mentors: cover.mentors.map((j) => c.mentorIds[j]!),
    size: cover.size,
  };
}

function dualCertificate(c: CompiledProblem, stage: WeightedStage): DualCertificate {
  const entries: [string, number][] = [];
  stage.mentorPrice.forEach((price, j) => {
    if (price !== 0) entries.push([c.mentorIds[j]!, price]);
  });
  return {
    method: 'lp-duality',
    scale: c.scale,
    multiplier: stage.multiplier,
    bonus: stage.bonus,
    atLeast: stage.atLeast === null ? null : fromScaled(stage.atLeast, c.scale),
    mentorPrices: Object.fromEntries(entries),
    objective: stage.objective,
    bound: stage.bound,
  };
}

function bottleneckCertificate(c: CompiledProblem, b: Bottleneck): BottleneckCertificate {
  if (b.kind === 'none-matched') return { method: 'none-matched' };
  if (b.kind === 'pinned') {
    return {
      method: 'pinned',
      mentee: c.menteeIds[b.mentee]!,
      mentor: c.mentorIds[c.pinnedMentor[b.mentee]!]!,
    };
  }
  return {
    method: 'vertex-cover-above',
    above: fromScaled(b.above, c.scale),
    ...coverIds(c, b.cover),
  };
}

function unmatchedReason(
  c: CompiledProblem,
  i: number,
  full: (mentor: number) => boolean,
): UnmatchedReason {
  const scored = c.scoredCount[i]!;
  if (scored === 0) return 'no-candidates';
  if (c.forbiddenCount[i] === scored) return 'all-forbidden';
  if (c.forbiddenCount[i]! + c.belowMinimumCount[i]! === scored) return 'below-minimum-score';
  for (let e = c.start[i]!; e < c.start[i + 1]!; e++) {
    if (!full(c.edgeMentor[e]!)) return 'lowers-total';
  }
  return 'candidates-full';
}

function buildResult(
  problem: AssignmentProblem,
  c: CompiledProblem,
  mode: AssignmentMode,
  stage: WeightedStage,
  certificate: AssignmentCertificate,
): AssignmentResult {
  const { mentorOf, edgeOf, load } = stage.assignment;
  const n = c.menteeIds.length;
  const mentorById: (string | null)[] = new Array(n).fill(null);
  const pairs: AssignedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let total = 0;
  let lowest = Number.POSITIVE_INFINITY;
  const full = (j: number) => load[j]! >= c.freeCapacity[j]!;
  for (let i = 0; i < n; i++) {
    const pinned = c.pinnedMentor[i]! >= 0;
    const j = pinned ? c.pinnedMentor[i]! : mentorOf[i]!;
    if (j < 0) {
      unmatched.push({ mentee: c.menteeIds[i]!, reason: unmatchedReason(c, i, full) });
      continue;
    }
    const scaled = pinned ? c.pinnedScore[i]! : c.edgeScore[edgeOf[i]!]!;
    total += scaled;
    lowest = Math.min(lowest, scaled);
    mentorById[i] = c.mentorIds[j]!;
    pairs.push({
      mentee: c.menteeIds[i]!,
      mentor: c.mentorIds[j]!,
      score: fromScaled(scaled, c.scale),
      pinned,
    });
  }
  const index = new Map(c.menteeIds.map((id, i) => [id, i]));
  const assignments = Object.fromEntries(
    problem.mentees.map((id) => [id, mentorById[index.get(id)!] ?? null]),
  );
  return {
    mode,
    assignments,
    pairs,
    total: fromScaled(total, c.scale),
    matched: pairs.length,
    minScore: pairs.length === 0 ? null : fromScaled(lowest, c.scale),
    optimal: true,
    certificate,
    unmatched,
  };
}
