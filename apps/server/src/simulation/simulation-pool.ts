// A namespace import: the bundle's banner already declares `createRequire` (build.mjs).
import * as nodeModule from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '@matchready/core';
import { mergeSimulations, type SimulationResult } from '@matchready/core/programs';
import type { SimulationEvents, SimulationJob, SimulationRunner } from '@matchready/services';
import type { FromWorker, ToWorker } from './simulation-protocol.ts';

/**
 * "Simulate my match" off the request thread: a small pool of worker threads (2 by default).
 * Each job is split into one part per worker (`firstRun`), the parts run in parallel and the
 * core's mergeSimulations() joins them into exactly the single-thread result. Jobs queue FIFO;
 * workers start on demand and stop after `idleMs` without work.
 *
 * The worker module is simulation.worker.ts when running from source (node --import tsx, or
 * Vitest): worker threads do not inherit tsx's hooks on Node 20, so a tiny boot script
 * registers them first. In the esbuild bundle it is dist/simulation-worker.js beside main.js.
 */

export interface PoolOptions {
  readonly size?: number;
  readonly idleMs?: number;
  /** Told about a job that failed in a worker (the user only sees a generic message). */
  readonly onError?: (error: Error) => void;
}

export interface WorkerSimulationRunner extends SimulationRunner {
  close(): Promise<void>;
}

interface Job {
  readonly job: SimulationJob;
  readonly events: SimulationEvents;
  readonly parts: number;
  readonly done: number[];
  readonly results: (SimulationResult | null)[];
  started: boolean;
  failed: boolean;
  resolve(result: Result<SimulationResult>): void;
  reject(error: Error): void;
}

interface Part {
  readonly id: number;
  readonly job: Job;
  readonly index: number;
  readonly message: ToWorker;
}

interface Slot {
  worker: Worker | null;
  part: Part | null;
  idle: NodeJS.Timeout | null;
}

const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.url); });
`;

function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./simulation-worker.js', here));
  const api = nodeModule
    .createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return new Worker(BOOT, {
    eval: true,
    workerData: {
      tsx: pathToFileURL(api).href,
      url: new URL('./simulation.worker.ts', here).href,
    },
  });
}

export function createWorkerSimulationRunner(options: PoolOptions = {}): WorkerSimulationRunner {
  const size = Math.max(1, options.size ?? 2);
  const idleMs = options.idleMs ?? 30_000;
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    part: null,
    idle: null,
  }));
  const queue: Part[] = [];
  let nextPart = 0;

  function fail(job: Job, error: Error): void {
    if (job.failed) return;
    job.failed = true;
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i]?.job === job) queue.splice(i, 1);
    options.onError?.(error);
    job.reject(error);
  }

  function finishPart(slot: Slot, message: FromWorker): void {
    const part = slot.part;
    if (part === null || part.id !== message.partId) return;
    const { job } = part;
    if (message.type === 'progress') {
      job.done[part.index] = message.done;
      if (!job.failed)
        job.events.onProgress(
          job.done.reduce((a, b) => a + b, 0),
          job.job.runs,
        );
      return;
    }
    slot.part = null;
    if (message.type === 'error') fail(job, new Error(message.message));
    else if (!message.result.ok) {
      if (!job.failed) {
        job.failed = true;
        job.resolve(message.result);
      }
    } else {
      job.results[part.index] = message.result.value;
      const results = job.results.filter((r): r is SimulationResult => r !== null);
      if (!job.failed && results.length === job.parts) job.resolve(mergeSimulations(results));
    }
    dispatch();
  }

  function startWorker(slot: Slot): Worker {
    const worker = spawnWorker();
    worker.unref();
    worker.on('message', (message: FromWorker) => finishPart(slot, message));
    const lost = (error: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const part = slot.part;
      slot.part = null;
      if (part) fail(part.job, error);
      dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`simulation worker exited with code ${code}`)));
    return worker;
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.part !== null) continue;
      const part = queue.shift();
      if (part === undefined) {
        if (slot.worker !== null && slot.idle === null) {
          slot.idle = setTimeout(() => {
            slot.idle = null;
            const worker = slot.worker;
            slot.worker = null;
            void worker?.terminate();
          }, idleMs);
          slot.idle.unref();
        }
        continue;
      }
      if (slot.idle !== null) clearTimeout(slot.idle);
      slot.idle = null;
      slot.worker ??= startWorker(slot);
      slot.part = part;
      if (!part.job.started) {
        part.job.started = true;
        part.job.events.onStart();
      }
      slot.worker.postMessage(part.message);
    }
  }

  return {
    queued: () => new Set(queue.filter((p) => !p.job.started).map((p) => p.job)).size,

    run(job, events) {
      return new Promise<Result<SimulationResult>>((resolve, reject) => {
        const parts = Math.min(size, job.runs);
        const entry: Job = {
          job,
          events,
          parts,
          done: new Array<number>(parts).fill(0),
          results: new Array<SimulationResult | null>(parts).fill(null),
          started: false,
          failed: false,
          resolve,
          reject,
        };
        // Parts of floor(runs / parts) runs, the first `runs % parts` one longer.
        const base = Math.floor(job.runs / parts);
        let firstRun = 0;
        for (let index = 0; index < parts; index++) {
          const runs = base + (index < job.runs % parts ? 1 : 0);
          const id = nextPart++;
          queue.push({
            id,
            job: entry,
            index,
            message: {
              type: 'run',
              partId: id,
              input: { ...job, firstRun, runs, progressEvery: Math.max(1, Math.ceil(runs / 50)) },
            },
          });
          firstRun += runs;
        }
        dispatch();
      });
    },

    async close() {
      for (const part of queue.splice(0)) fail(part.job, new Error('the simulation pool closed'));
      await Promise.all(
        slots.map(async (slot) => {
          if (slot.idle !== null) clearTimeout(slot.idle);
          const worker = slot.worker;
          slot.worker = null;
          if (slot.part) fail(slot.part.job, new Error('the simulation pool closed'));
          slot.part = null;
          await worker?.terminate();
        }),
      );
    },
  };
}
