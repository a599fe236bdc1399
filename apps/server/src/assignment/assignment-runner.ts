// A namespace import: the bundle's banner already declares `createRequire` (build.mjs).
import * as nodeModule from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '@matchready/core';
import type { ProgramSolveJob } from '@matchready/core/mentorship/assignment';
import type { AssignmentResult } from '@matchready/core/vocabulary';
import type { AssignmentRunner } from '@matchready/services';
import type { FromAssignmentWorker, ToAssignmentWorker } from './assignment-protocol.ts';

/**
 * Program drafts off the request thread: ONE worker thread, jobs one at a time in FIFO order
 * (a 5,000 × 1,000 cohort takes about a second; decision 021), started on demand and stopped
 * after `idleMs` without work. Kept deliberately small, like the simulation pool it follows
 * (apps/server/src/simulation/), so a later shared pool can replace both.
 */
export interface AssignmentRunnerOptions {
  readonly idleMs?: number;
  readonly onError?: (error: Error) => void;
}

export interface WorkerAssignmentRunner extends AssignmentRunner {
  close(): Promise<void>;
}

interface Pending {
  readonly message: ToAssignmentWorker;
  resolve(result: Result<AssignmentResult>): void;
  reject(error: Error): void;
}

const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.url); });
`;

function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./assignment-worker.js', here));
  // From source (tsx, Vitest): worker threads do not inherit tsx's hooks on Node 20.
  const api = nodeModule
    .createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return new Worker(BOOT, {
    eval: true,
    workerData: {
      tsx: pathToFileURL(api).href,
      url: new URL('./assignment.worker.ts', here).href,
    },
  });
}

export function createWorkerAssignmentRunner(
  options: AssignmentRunnerOptions = {},
): WorkerAssignmentRunner {
  const idleMs = options.idleMs ?? 30_000;
  const queue: Pending[] = [];
  let worker: Worker | null = null;
  let current: Pending | null = null;
  let idle: NodeJS.Timeout | null = null;
  let nextId = 0;

  function settle(finish: (job: Pending) => void): void {
    const job = current;
    current = null;
    if (job) finish(job);
    dispatch();
  }

  function start(): Worker {
    const w = spawnWorker();
    w.unref();
    w.on('message', (message: FromAssignmentWorker) => {
      if (current?.message.jobId !== message.jobId) return;
      settle((job) =>
        message.type === 'done'
          ? job.resolve(message.result)
          : job.reject(new Error(message.message)),
      );
    });
    const lost = (error: Error) => {
      if (worker !== w) return;
      worker = null;
      options.onError?.(error);
      settle((job) => job.reject(error));
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`assignment worker exited with code ${code}`)));
    return w;
  }

  function dispatch(): void {
    if (current !== null) return;
    const next = queue.shift();
    if (next === undefined) {
      if (worker !== null && idle === null) {
        idle = setTimeout(() => {
          idle = null;
          const w = worker;
          worker = null;
          void w?.terminate();
        }, idleMs);
        idle.unref();
      }
      return;
    }
    if (idle !== null) clearTimeout(idle);
    idle = null;
    worker ??= start();
    current = next;
    worker.postMessage(next.message);
  }

  return {
    run(job: ProgramSolveJob) {
      return new Promise<Result<AssignmentResult>>((resolve, reject) => {
        queue.push({ message: { jobId: nextId++, job }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      for (const job of queue.splice(0)) job.reject(new Error('the assignment runner closed'));
      if (idle !== null) clearTimeout(idle);
      idle = null;
      const w = worker;
      worker = null;
      current?.reject(new Error('the assignment runner closed'));
      current = null;
      await w?.terminate();
    },
  };
}
