/**
 * Validation of an assignment problem from untrusted input: shape, ids, capacities, scores, and the
 * hard rules (pins, forbids, minimum score). Reports every problem with its path (the first
 * MAX_ISSUES, then a count); never throws. O(input size) with hash maps.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import { ASSIGNMENT_LIMITS, type AssignmentProblem } from '../../vocabulary/assignment.ts';
import { createIssueCollector, type IssueCollector } from './issues.ts';
import { decimalPlaces, MAX_ABS_SCORE, MAX_DECIMALS, scaleFor, toScaled } from './scaled-scores.ts';
import { checkShape } from './validate-shape.ts';

/** Largest mentor capacity accepted (far above any real programme; keeps counts in int32). */
const MAX_CAPACITY = ASSIGNMENT_LIMITS.maxCapacity;
/** Exact-arithmetic budget: solver weights times graph size must stay well inside 2^53. */
const SAFE_BUDGET = 2 ** 51;

const q = (id: string) => JSON.stringify(id);

/** Why a number is not an acceptable score, or undefined when it is. */
function scoreProblem(value: number): 'range' | 'precision' | undefined {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_ABS_SCORE) return 'range';
  return decimalPlaces(value) > MAX_DECIMALS ? 'precision' : undefined;
}

interface Index {
  readonly mentee: Map<string, number>;
  readonly mentor: Map<string, number>;
}

function indexIds(problem: AssignmentProblem, out: IssueCollector): Index {
  const mentee = new Map<string, number>();
  problem.mentees.forEach((id, i) => {
    if (mentee.has(id))
      out.add('duplicate-mentee', ['mentees', i], `Mentee ${q(id)} is listed twice.`);
    else mentee.set(id, i);
  });
  const mentor = new Map<string, number>();
  problem.mentors.forEach(({ id, capacity }, j) => {
    if (mentor.has(id)) {
      out.add('duplicate-mentor', ['mentors', j, 'id'], `Mentor ${q(id)} is listed twice.`);
    } else mentor.set(id, j);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > MAX_CAPACITY) {
      out.add(
        'invalid-capacity',
        ['mentors', j, 'capacity'],
        `Capacity of mentor ${q(id)} must be a whole number from 0 to ${MAX_CAPACITY}, got ${capacity}.`,
      );
    }
  });
  return { mentee, mentor };
}

/** Index key of a known pair, or -1 after reporting unknown ids (paths built only then). */
function pairKey(
  ix: Index,
  pair: { readonly mentee: string; readonly mentor: string },
  section: string,
  k: number,
  out: IssueCollector,
): number {
  const i = ix.mentee.get(pair.mentee);
  const j = ix.mentor.get(pair.mentor);
  if (i === undefined) {
    out.add('unknown-mentee', [section, k, 'mentee'], `Unknown mentee ${q(pair.mentee)}.`);
  }
  if (j === undefined) {
    out.add('unknown-mentor', [section, k, 'mentor'], `Unknown mentor ${q(pair.mentor)}.`);
  }
  return i === undefined || j === undefined ? -1 : i * ix.mentor.size + j;
}

function checkScores(problem: AssignmentProblem, ix: Index, out: IssueCollector) {
  const scores = new Map<number, number>();
  problem.scores.forEach((pair, k) => {
    const key = pairKey(ix, pair, 'scores', k, out);
    const bad = scoreProblem(pair.score);
    if (bad === 'range') {
      out.add(
        'invalid-score',
        ['scores', k, 'score'],
        `Score must be a finite number from -${MAX_ABS_SCORE} to ${MAX_ABS_SCORE}, got ${pair.score}.`,
      );
    } else if (bad === 'precision') {
      out.add(
        'score-too-precise',
        ['scores', k, 'score'],
        `Score ${pair.score} has more than ${MAX_DECIMALS} decimal places.`,
      );
    }
    if (key < 0) return;
    if (scores.has(key)) {
      out.add(
        'duplicate-pair',
        ['scores', k],
        `The pair ${q(pair.mentee)}–${q(pair.mentor)} is scored twice.`,
      );
    } else scores.set(key, pair.score);
  });
  return scores;
}

function checkForbids(problem: AssignmentProblem, ix: Index, out: IssueCollector): Set<number> {
  const forbidden = new Set<number>();
  (problem.forbids ?? []).forEach((pair, k) => {
    const key = pairKey(ix, pair, 'forbids', k, out);
    if (key < 0) return;
    if (forbidden.has(key)) {
      out.add(
        'duplicate-pair',
        ['forbids', k],
        `The pair ${q(pair.mentee)}–${q(pair.mentor)} is forbidden twice.`,
      );
    }
    forbidden.add(key);
  });
  return forbidden;
}

function checkPins(
  problem: AssignmentProblem,
  ix: Index,
  scores: ReadonlyMap<number, number>,
  forbidden: ReadonlySet<number>,
  out: IssueCollector,
): void {
  const pinnedTo = new Map<number, string>();
  const pinsPerMentor = new Map<number, number>();
  const minimum = problem.minimumScore;
  (problem.pins ?? []).forEach((pair, k) => {
    const path = ['pins', k];
    const key = pairKey(ix, pair, 'pins', k, out);
    if (key < 0) return;
    const name = `${q(pair.mentee)}–${q(pair.mentor)}`;
    const i = ix.mentee.get(pair.mentee) ?? -1;
    const before = pinnedTo.get(i);
    if (before !== undefined) {
      if (before === pair.mentor)
        out.add('duplicate-pair', path, `The pin ${name} is listed twice.`);
      else {
        out.add(
          'mentee-pinned-twice',
          path,
          `Mentee ${q(pair.mentee)} is pinned to ${q(before)} and to ${q(pair.mentor)}.`,
        );
      }
      return;
    }
    pinnedTo.set(i, pair.mentor);
    const score = scores.get(key);
    if (forbidden.has(key)) out.add('pin-forbidden', path, `The pin ${name} is also forbidden.`);
    if (score === undefined) {
      out.add(
        'pin-not-scored',
        path,
        `The pin ${name} has no score (only scored pairs may be assigned).`,
      );
    } else if (minimum !== undefined && score < minimum) {
      out.add(
        'pin-below-minimum',
        path,
        `The pin ${name} scores ${score}, below the minimum ${minimum}.`,
      );
    }
    const j = ix.mentor.get(pair.mentor) ?? -1;
    const count = (pinsPerMentor.get(j) ?? 0) + 1;
    pinsPerMentor.set(j, count);
    const capacity = problem.mentors[j]?.capacity ?? 0;
    if (count === capacity + 1) {
      out.add(
        'pins-exceed-capacity',
        path,
        `Mentor ${q(pair.mentor)} has more pins than its capacity ${capacity}.`,
      );
    }
  });
}

/** Scores beyond what the solver's integer weights can carry exactly (one issue, at `scores`). */
function checkBudget(problem: AssignmentProblem, out: IssueCollector): void {
  const scale = scaleFor(problem.scores.map((s) => s.score));
  let largest = 0;
  for (const { score } of problem.scores)
    largest = Math.max(largest, Math.abs(toScaled(score, scale)));
  const n = problem.mentees.length;
  const weight = (2 * n + 2) * largest + 1;
  if (weight * 4 * (n + problem.mentors.length + 2) > SAFE_BUDGET) {
    out.add(
      'scores-out-of-range',
      ['scores'],
      `Scores are too large or have too many decimal places for exact arithmetic with ${n} mentees; round them to fewer decimal places.`,
    );
  }
}

/** Checks untrusted input; on success the value is the same input, typed. */
export function validateAssignmentProblem(input: unknown): Result<AssignmentProblem> {
  const out = createIssueCollector();
  if (!checkShape(input, out)) return fail(out.finish());
  const problem = input as AssignmentProblem;
  if (problem.minimumScore !== undefined && scoreProblem(problem.minimumScore) !== undefined) {
    out.add(
      'invalid-minimum-score',
      ['minimumScore'],
      `The minimum score must be a finite number from -${MAX_ABS_SCORE} to ${MAX_ABS_SCORE} with at most ${MAX_DECIMALS} decimal places.`,
    );
  }
  const ix = indexIds(problem, out);
  const scores = checkScores(problem, ix, out);
  const forbidden = checkForbids(problem, ix, out);
  checkPins(problem, ix, scores, forbidden, out);
  if (out.count() === 0) checkBudget(problem, out);
  return out.count() === 0 ? ok(problem) : fail(out.finish());
}
