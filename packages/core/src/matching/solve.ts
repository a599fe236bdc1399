/**
 * The NRMP match (Roth & Peranson 1999): validate, compile, chain singles then couples, apply
 * reversions; on a cycle restart with a seeded shuffle of the couples (the order couples enter is
 * what Roth & Peranson vary; docs/sources.md#roth-peranson-1999),
 * finally report the best matching found. O(Σ list length) per attempt without couples.
 *
 * Tie-breaking (all deterministic for the same input and options): singles enter in input order;
 * a displaced applicant re-proposes before anyone else (LIFO applicant stack); couples enter one
 * at a time in input order (restart i uses the i-th seeded shuffle); a program that gains room
 * reconsiders applicants in its rank order; reversions run donors in topological order (ties by
 * input order). With singles only (no couples, supplemental lists or reversions) the result is the
 * applicant-optimal stable matching, whatever the order. A couple or supplemental applicant moved
 * more than cycleLimit times is frozen (it only walks down its list from then on). Among attempts
 * that end unstable the one with the fewest blocking pairs wins (earliest on ties).
 */

import { invariant } from '../shared/invariant.ts';
import { createRandom, shuffled } from '../shared/random.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import type { BlockingPair, MatchOutcome, MatchProblem } from '../vocabulary/matching.ts';
import { findBlockingPairs } from './blocking-pairs.ts';
import { compileProblem } from './engine/compile.ts';
import { type IndexedProblem, indexProblem } from './engine/indexed-problem.ts';
import { chainSinglesThenCouples } from './engine/instability-chaining.ts';
import { createState } from './engine/matching-state.ts';
import { computeStats, readMatching, readReversions } from './engine/read-outcome.ts';
import { applyReversions } from './engine/reversion.ts';
import { scanPlainMarket } from './engine/scan-plain-market.ts';
import { createIssueCollector } from './issues.ts';
import { checkIndexedProblem } from './validate.ts';
import { checkShape } from './validate-shape.ts';

export interface SolveOptions {
  /** Seed of the couples order used by restarts (default 1). */
  readonly seed?: number;
  /** Restarts after a cycle, each with a new seeded couples order (default 5). */
  readonly maxRestarts?: number;
  /**
   * Forced moves of one couple (or supplemental applicant) in one attempt that count as a cycle
   * (default 100); that agent is then frozen and the rest of the market settles.
   */
  readonly cycleLimit?: number;
  /** Proposals within one attempt before giving up (default 50 × list entries + 100,000). */
  readonly maxProposals?: number;
  /**
   * Certify the result with findBlockingPairs(). `'auto'` (the default) runs the checker unless
   * the instance is a plain many-to-one market (no couples, supplemental lists or reversions),
   * where applicant-proposing deferred acceptance is stable by theorem (Gale & Shapley 1962;
   * docs/sources.md#gale-shapley-1962) and the checker could only repeat it. `true` always
   * checks; `false` never does: `stable` is then the solver's own claim (its chain emptied) and
   * blockingPairs stays empty, so callers can time the check separately. When no stable matching
   * is found the checker always runs.
   */
  readonly verify?: boolean | 'auto';
}

/** Options are the caller's code, not user input: a bad one is a programmer error. */
function checkOptions(options: SolveOptions): void {
  for (const name of ['maxRestarts', 'cycleLimit', 'maxProposals'] as const) {
    const value = options[name];
    invariant(
      value === undefined || (Number.isInteger(value) && value >= 0),
      `solveMatch: ${name} must be a non-negative integer`,
    );
  }
  invariant(
    options.seed === undefined || Number.isInteger(options.seed),
    'solveMatch: seed must be an integer',
  );
}

/** No couples, no supplemental lists, no reversions: the setting of the deferred-acceptance theorem. */
export function isPlainMarket(problem: MatchProblem): boolean {
  if ((problem.couples?.length ?? 0) > 0) return false;
  for (const program of problem.programs) if ((program.reversions?.length ?? 0) > 0) return false;
  for (const applicant of problem.applicants) {
    if ((applicant.supplementalLists?.length ?? 0) > 0) return false;
  }
  return true;
}

export function solveMatch(
  problem: MatchProblem,
  options: SolveOptions = {},
): Result<MatchOutcome> {
  checkOptions(options);
  const issues = createIssueCollector();
  if (!checkShape(problem, issues)) return fail(issues.issues);
  return solveIndexed(indexProblem(problem), options);
}

/** What solveMatchBytes read from the file, and the result of solving it. */
export interface SolvedBytes {
  /** The instance as read: ids are strings, a ranking becomes strings only when read. */
  readonly problem: MatchProblem;
  readonly result: Result<MatchOutcome>;
}

/**
 * solveMatch on the UTF-8 bytes of an instance file, for plain markets read without JSON.parse
 * (scanPlainMarket). Returns undefined when the file is anything else (couples, supplemental
 * lists, reversions, unusual ids, malformed JSON): the caller then parses it and calls solveMatch,
 * which also words every error. The outcome is the same as solveMatch on JSON.parse of the bytes.
 */
export function solveMatchBytes(
  bytes: Uint8Array,
  options: SolveOptions = {},
): SolvedBytes | undefined {
  checkOptions(options);
  const indexed = scanPlainMarket(bytes);
  if (indexed === undefined) return undefined;
  return { problem: indexed.problem, result: solveIndexed(indexed, options) };
}

function solveIndexed(indexed: IndexedProblem, options: SolveOptions): Result<MatchOutcome> {
  const { problem } = indexed;
  const issues = createIssueCollector();
  checkIndexedProblem(indexed, issues);
  if (issues.issues.length > 0) return fail(issues.issues);
  const capacity = new Int32Array(indexed.nPrograms);
  for (let p = 0; p < capacity.length; p++) capacity[p] = problem.programs[p]?.capacity ?? 0;
  const cp = compileProblem({ ...indexed, capacity });

  const maxRestarts = options.maxRestarts ?? 5;
  const cycleLimit = options.cycleLimit ?? 100;
  const maxProposals = options.maxProposals ?? 50 * cp.totalEntries + 100_000;
  const verify = (options.verify ?? 'auto') === 'auto' ? !isPlainMarket(problem) : options.verify;
  const random = createRandom(options.seed ?? 1);
  const inputOrder = Array.from({ length: cp.nCouples }, (_, c) => c);

  let best: { outcome: MatchOutcome; blocking: number } | undefined;
  let proposals = 0;
  let restarts = 0;
  for (let attempt = 0; attempt <= maxRestarts; attempt++) {
    const order = Int32Array.from(attempt === 0 ? inputOrder : shuffled(inputOrder, random));
    const state = createState(cp, cycleLimit, maxProposals);
    chainSinglesThenCouples(state, order);
    const moved = applyReversions(state);
    proposals += state.proposals;
    restarts = attempt;
    const read = readMatching(problem, state);
    const converged = !state.aborted && !state.cycled;
    const blockingPairs: readonly BlockingPair[] =
      converged && !verify ? [] : findBlockingPairs(problem, read);
    const stable = blockingPairs.length === 0;
    const outcome: MatchOutcome = {
      assignments: read.assignments,
      supplementalAssignments: read.supplementalAssignments,
      unfilled: read.unfilled,
      capacities: read.capacities,
      reversions: readReversions(problem, cp, moved),
      stable,
      status: stable ? 'stable' : 'no-stable-matching-found',
      blockingPairs,
      stats: computeStats(state, read, proposals, attempt),
    };
    if (stable) return ok(outcome);
    if (best === undefined || blockingPairs.length < best.blocking) {
      best = { outcome, blocking: blockingPairs.length };
    }
    // Restarts only reorder couples: without couples another attempt would repeat this one.
    if (cp.nCouples === 0) break;
  }
  invariant(best !== undefined, 'solveMatch: at least one attempt runs');
  return ok({
    ...best.outcome,
    stats: { ...best.outcome.stats, proposals, restarts },
  });
}
