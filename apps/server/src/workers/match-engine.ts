import type { MatchProblem } from '@matchready/core';
import { createInProcessMatchEngine, type MatchEngine } from '@matchready/services';
import { PoolBusyError, type WorkerPool } from './worker-pool.ts';

export interface WorkerMatchEngineOptions {
  /**
   * Problems whose JSON text is shorter than this (characters) are solved in process, and
   * explained in process below a tenth of it in rank entries: a few milliseconds at most, less
   * than the trip to a worker (decision 042).
   */
  readonly inProcessBelow?: number;
  /** What a refused caller is told to wait before trying again. */
  readonly retryAfterSeconds?: number;
}

/** Rank entries of a problem: the measure of its solve time. */
export function problemSize(problem: MatchProblem): number {
  let entries = 0;
  for (const program of problem.programs) entries += program.ranking.length;
  for (const applicant of problem.applicants) entries += applicant.ranking.length;
  for (const couple of problem.couples ?? []) entries += couple.ranking.length;
  return entries;
}

/**
 * Match runs and explanations of big runs on the server's worker pool as interactive tasks
 * (decision 042): the request awaits the worker, so the API stays synchronous, and a full
 * queue becomes the service's 429 with Retry-After.
 */
export function createWorkerMatchEngine(
  pool: WorkerPool,
  options: WorkerMatchEngineOptions = {},
): MatchEngine {
  const threshold = options.inProcessBelow ?? 200_000;
  const retryAfterSeconds = options.retryAfterSeconds ?? 5;
  const local = createInProcessMatchEngine();
  const orBusy = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      if (error instanceof PoolBusyError) return { busy: true as const, retryAfterSeconds };
      throw error;
    });

  return {
    solve(problemJson) {
      if (problemJson.length < threshold) return local.solve(problemJson);
      return orBusy(pool.run({ kind: 'solve', problemJson }, { priority: 'interactive' }));
    },
    explain(problem, outcome, applicantId) {
      // About 10 characters of JSON per rank entry.
      if (problemSize(problem) < threshold / 10)
        return local.explain(problem, outcome, applicantId);
      return orBusy(
        pool.run(
          {
            kind: 'explain',
            problemJson: JSON.stringify(problem),
            outcomeJson: JSON.stringify(outcome),
            applicantId,
          },
          { priority: 'interactive' },
        ),
      );
    },
  };
}
