/**
 * Worker thread of the server's one worker pool (worker-pool.ts, decision 042): runs one task
 * at a time with the core — a part of a simulation, a match run, an explanation or a mentorship
 * program draft. Bundled on its own as dist/pool-worker.js (apps/server/build.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { explainOutcome, type MatchOutcome, type MatchProblem, solveMatch } from '@matchready/core';
import { solveProgramJob } from '@matchready/core/mentorship/assignment';
import { simulateMatch } from '@matchready/core/programs';
import type { FromWorker, PoolTask, TaskResults, ToWorker } from './pool-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('pool.worker.ts runs only as a worker thread');

const send = (message: FromWorker) => port.postMessage(message);

function perform(id: number, task: PoolTask): TaskResults[PoolTask['kind']] {
  switch (task.kind) {
    case 'simulate':
      return simulateMatch({
        ...task.input,
        onProgress: ({ done }) => send({ type: 'progress', id, done }),
      });
    case 'solve':
      // The problem was checked when it was saved (the service's readProblem).
      return solveMatch(JSON.parse(task.problemJson) as MatchProblem);
    case 'explain':
      return explainOutcome(
        JSON.parse(task.problemJson) as MatchProblem,
        JSON.parse(task.outcomeJson) as MatchOutcome,
        task.applicantId,
      );
    case 'assign':
      return solveProgramJob(task.job);
  }
}

port.on('message', ({ id, task }: ToWorker) => {
  try {
    send({ type: 'done', id, result: perform(id, task) });
  } catch (error) {
    send({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
});
