// A namespace import: the bundle's banner already declares `createRequire` (build.mjs).
import * as nodeModule from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FromWorker, TaskKind, TaskOf, TaskResults, ToWorker } from './pool-protocol.ts';

/**
 * The server's ONE pool of worker threads (decision 042; it grew out of decision 012's
 * simulation pool): CPU-heavy work — simulation parts, match runs, explanations, program
 * drafts — runs here so the event loop stays free for other requests.
 *
 * Two queues: `interactive` tasks (a request awaits them) go before `background` ones
 * (simulations, drafts), and the interactive queue is bounded: when `maxWaiting` tasks already
 * wait, run() rejects at once with PoolBusyError and the caller answers 429 with Retry-After.
 * Background callers bound their own queues (the simulation service counts its jobs). Workers
 * start on demand and stop after `idleMs` without work.
 *
 * The worker module is pool.worker.ts when running from source (node --import tsx, Vitest):
 * worker threads do not inherit tsx's hooks on Node 20, so a tiny boot script registers them
 * first. In the esbuild bundle it is dist/pool-worker.js beside main.js.
 */
export type Priority = 'interactive' | 'background';

export interface TaskOptions {
  readonly priority: Priority;
  /** The task left the queue for a worker. */
  readonly onStart?: () => void;
  /** Progress messages of the task (simulation runs done). */
  readonly onProgress?: (done: number) => void;
  /** An aborted task still waiting is dropped (rejected) instead of run. */
  readonly signal?: AbortSignal;
}

export interface WorkerPoolOptions {
  readonly size?: number;
  readonly idleMs?: number;
  /** Interactive tasks allowed to wait for a worker; one more is refused (PoolBusyError). */
  readonly maxWaiting?: number;
  /** Told about a task that failed in a worker (the user only sees a generic message). */
  readonly onError?: (error: Error) => void;
}

export interface WorkerPool {
  readonly size: number;
  run<K extends TaskKind>(task: TaskOf<K>, options: TaskOptions): Promise<TaskResults[K]>;
  /** Tasks of this priority waiting for a worker. */
  waiting(priority: Priority): number;
  close(): Promise<void>;
}

/** The interactive queue is full: answer "busy, retry later" rather than queue without bound. */
export class PoolBusyError extends Error {
  override name = 'PoolBusyError';
}

interface Pending {
  readonly message: ToWorker;
  readonly options: TaskOptions;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker | null;
  task: Pending | null;
  idle: NodeJS.Timeout | null;
}

const BOOT = `
const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.url); });
`;

function spawnWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./pool-worker.js', here));
  const api = nodeModule
    .createRequire(here)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs');
  return new Worker(BOOT, {
    eval: true,
    workerData: { tsx: pathToFileURL(api).href, url: new URL('./pool.worker.ts', here).href },
  });
}

export function createWorkerPool(options: WorkerPoolOptions = {}): WorkerPool {
  const size = Math.max(1, options.size ?? 2);
  const idleMs = options.idleMs ?? 30_000;
  const maxWaiting = options.maxWaiting ?? 16;
  const slots: Slot[] = Array.from({ length: size }, () => ({
    worker: null,
    task: null,
    idle: null,
  }));
  const queues: Record<Priority, Pending[]> = { interactive: [], background: [] };
  let nextId = 0;
  let closed = false;

  function next(): Pending | undefined {
    for (const queue of [queues.interactive, queues.background]) {
      for (let task = queue.shift(); task !== undefined; task = queue.shift()) {
        if (!task.options.signal?.aborted) return task;
        task.reject(new Error('the task was cancelled'));
      }
    }
    return undefined;
  }

  function settle(slot: Slot, finish: (task: Pending) => void): void {
    const task = slot.task;
    slot.task = null;
    if (task) finish(task);
    dispatch();
  }

  function startWorker(slot: Slot): Worker {
    const worker = spawnWorker();
    worker.unref();
    worker.on('message', (message: FromWorker) => {
      const task = slot.task;
      if (task === null || task.message.id !== message.id) return;
      if (message.type === 'progress') task.options.onProgress?.(message.done);
      else if (message.type === 'done') settle(slot, (t) => t.resolve(message.result));
      else {
        const error = new Error(message.message);
        options.onError?.(error);
        settle(slot, (t) => t.reject(error));
      }
    });
    const lost = (error: Error) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      if (slot.task) options.onError?.(error);
      settle(slot, (task) => task.reject(error));
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`a pool worker exited with code ${code}`)));
    return worker;
  }

  function dispatch(): void {
    for (const slot of slots) {
      if (slot.task !== null) continue;
      const task = next();
      if (task === undefined) {
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
      slot.task = task;
      task.options.onStart?.();
      slot.worker.postMessage(task.message);
    }
  }

  return {
    size,
    waiting: (priority) => queues[priority].length,

    run<K extends TaskKind>(task: TaskOf<K>, taskOptions: TaskOptions) {
      return new Promise<TaskResults[K]>((resolve, reject) => {
        if (closed) return reject(new Error('the worker pool closed'));
        const queue = queues[taskOptions.priority];
        if (taskOptions.priority === 'interactive' && queue.length >= maxWaiting)
          return reject(new PoolBusyError(`${queue.length} tasks already wait for a worker`));
        queue.push({
          message: { id: nextId++, task },
          options: taskOptions,
          resolve: resolve as (result: unknown) => void,
          reject,
        });
        dispatch();
      });
    },

    async close() {
      closed = true;
      const error = new Error('the worker pool closed');
      for (const queue of [queues.interactive, queues.background])
        for (const task of queue.splice(0)) task.reject(error);
      await Promise.all(
        slots.map(async (slot) => {
          if (slot.idle !== null) clearTimeout(slot.idle);
          slot.idle = null;
          const worker = slot.worker;
          slot.worker = null;
          slot.task?.reject(error);
          slot.task = null;
          await worker?.terminate();
        }),
      );
    },
  };
}
