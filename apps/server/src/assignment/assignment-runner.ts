import type { AssignmentRunner } from '@matchready/services';
import { createWorkerPool, type WorkerPool } from '../workers/worker-pool.ts';

/**
 * Program drafts off the request thread (decision 021), as background tasks of the server's one
 * worker pool (decision 042): a 5,000 × 1,000 cohort takes about a second.
 */
export interface AssignmentRunnerOptions {
  /** The shared pool; without one the runner makes (and closes) its own. */
  readonly pool?: WorkerPool;
  readonly idleMs?: number;
  readonly onError?: (error: Error) => void;
}

export interface WorkerAssignmentRunner extends AssignmentRunner {
  close(): Promise<void>;
}

export function createWorkerAssignmentRunner(
  options: AssignmentRunnerOptions = {},
): WorkerAssignmentRunner {
  const own = options.pool === undefined;
  const pool =
    options.pool ?? createWorkerPool({ size: 1, idleMs: options.idleMs, onError: options.onError });
  return {
    run: (job) => pool.run({ kind: 'assign', job }, { priority: 'background' }),
    async close() {
      if (own) await pool.close();
    },
  };
}
