import type { Result } from '@matchready/core';
import { mergeSimulations, type SimulationResult } from '@matchready/core/programs';
import type { SimulationRunner } from '@matchready/services';
import { createWorkerPool, type WorkerPool } from '../workers/worker-pool.ts';

/**
 * "Simulate my match" off the request thread, on the server's one worker pool (decisions 012
 * and 042). Each job is split into parts of at most PART_RUNS runs (`firstRun`), the parts run
 * in parallel as background tasks and the core's mergeSimulations() joins them into exactly the
 * single-thread result. Short parts let a match run (an interactive task) take the next free
 * worker within about a second instead of waiting for a whole simulation.
 */
export const PART_RUNS = 50;

export interface SimulationRunnerOptions {
  /** The shared pool; without one the runner makes (and closes) its own. */
  readonly pool?: WorkerPool;
  readonly size?: number;
  readonly idleMs?: number;
  readonly onError?: (error: Error) => void;
}

export interface WorkerSimulationRunner extends SimulationRunner {
  close(): Promise<void>;
}

export function createWorkerSimulationRunner(
  options: SimulationRunnerOptions = {},
): WorkerSimulationRunner {
  const own = options.pool === undefined;
  const pool =
    options.pool ??
    createWorkerPool({ size: options.size, idleMs: options.idleMs, onError: options.onError });
  /** Jobs none of whose parts has started yet (the simulation service bounds them). */
  let waitingJobs = 0;
  const controllers = new Set<AbortController>();

  return {
    queued: () => waitingJobs,

    async run(job, events): Promise<Result<SimulationResult>> {
      const parts = Math.max(Math.min(pool.size, job.runs), Math.ceil(job.runs / PART_RUNS));
      const base = Math.floor(job.runs / parts);
      const done = new Array<number>(parts).fill(0);
      const controller = new AbortController();
      controllers.add(controller);
      let started = false;
      waitingJobs++;
      const onStart = () => {
        if (started) return;
        started = true;
        waitingJobs--;
        events.onStart();
      };
      let firstRun = 0;
      const results = Array.from({ length: parts }, (_, index) => {
        // Parts of floor(runs / parts) runs, the first `runs % parts` one longer.
        const runs = base + (index < job.runs % parts ? 1 : 0);
        const input = {
          ...job,
          firstRun,
          runs,
          progressEvery: Math.max(1, Math.ceil(runs / 50)),
        };
        firstRun += runs;
        return pool
          .run(
            { kind: 'simulate', input },
            {
              priority: 'background',
              signal: controller.signal,
              onStart,
              onProgress: (count) => {
                done[index] = count;
                if (!controller.signal.aborted)
                  events.onProgress(
                    done.reduce((a, b) => a + b, 0),
                    job.runs,
                  );
              },
            },
          )
          .then((result) => {
            // The core's issues (e.g. a program not in the market): the other parts are moot.
            if (!result.ok) controller.abort();
            return result;
          });
      });
      try {
        // allSettled: a part that failed has cancelled the waiting ones; its issues are the answer.
        const settled = await Promise.allSettled(results);
        const values: SimulationResult[] = [];
        for (const outcome of settled) {
          if (outcome.status === 'fulfilled' && !outcome.value.ok) return outcome.value;
          if (outcome.status === 'fulfilled' && outcome.value.ok) values.push(outcome.value.value);
        }
        const rejected = settled.find((outcome) => outcome.status === 'rejected');
        if (rejected) throw rejected.reason;
        return mergeSimulations(values);
      } finally {
        controller.abort();
        if (!started) waitingJobs--;
        controllers.delete(controller);
      }
    },

    async close() {
      for (const controller of controllers) controller.abort();
      if (own) await pool.close();
    },
  };
}
