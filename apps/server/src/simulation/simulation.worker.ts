/**
 * Worker thread of the simulation pool: runs one part of a "simulate my match" job at a time
 * with the core's simulateMatch and reports progress. Also bundled on its own as
 * dist/simulation-worker.js (apps/server/build.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { simulateMatch } from '@matchready/core/programs';
import type { FromWorker, ToWorker } from './simulation-protocol.ts';

const port = parentPort;
if (port === null) throw new Error('simulation.worker.ts runs only as a worker thread');

const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  const { partId, input } = message;
  try {
    const result = simulateMatch({
      ...input,
      onProgress: ({ done }) => send({ type: 'progress', partId, done }),
    });
    send({ type: 'done', partId, result });
  } catch (error) {
    send({
      type: 'error',
      partId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
