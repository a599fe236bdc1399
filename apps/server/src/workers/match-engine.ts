import type { MatchProblem } from '@matchready/core';
import { createInProcessMatchEngine, type MatchEngine } from '@matchready/services';
import { PoolBusyError, type WorkerPool } from './worker-pool.ts';

export interface WorkerMatchEngineOptions {
  /**
   * Problems with fewer rank entries than this are solved and explained in process: a few
   * milliseconds at most, less than the trip to a worker (decision 042).
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
  const threshold = options.inProcessBelow ?? 20_000;
  const retryAfterSeconds = options.retryAfterSeconds ?? 5;
  const local = createInProcessMatchEngine();
  const orBusy = <T>(promise: Promise<T>) =>
    promise.catch((error: unknown) => {
      if (error instanceof PoolBusyError) return { busy: true as const, retryAfterSeconds };
      throw error;
    });

  return {
    solve(problem) {
      if (problemSize(problem) < threshold) return local.solve(problem);
      return orBusy(
        pool.run(
          { kind: 'solve', problemJson: JSON.stringify(problem) },
          { priority: 'interactive' },
        ),
      );
    },
    explain(problem, outcome, applicantId) {
      if (problemSize(problem) < threshold) return local.explain(problem, outcome, applicantId);
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
