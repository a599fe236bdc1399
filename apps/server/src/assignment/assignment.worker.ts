/**
 * Worker thread of the assignment runner: scores and solves one mentorship program draft at a
 * time (services' solveProgramJob). Bundled on its own as dist/assignment-worker.js.
 */
import { parentPort } from 'node:worker_threads';
import { solveProgramJob } from '@matchready/core/mentorship/assignment';
import type { FromAssignmentWorker, ToAssignmentWorker } from './assignment-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('assignment.worker.ts runs only as a worker thread');

port.on('message', ({ jobId, job }: ToAssignmentWorker) => {
  let reply: FromAssignmentWorker;
  try {
    reply = { type: 'done', jobId, result: solveProgramJob(job) };
  } catch (error) {
    reply = {
      type: 'error',
      jobId,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
