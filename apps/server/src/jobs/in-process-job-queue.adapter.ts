// The job queue in one process (decision 039, now behind the port of decision 044): laptop mode
// on SQLite, zero setup. Nothing survives a restart, which is why mail is not queued here.
import type { Logger } from '../logger.ts';
import { assertJobName, type JobQueue, type OneOffJob, runRecurring } from './job-queue.ts';

export interface InProcessQueueOptions {
  readonly logger: Logger;
  /** The clock handed to recurring jobs (tests move it). */
  readonly now?: () => Date;
}

/**
 * Recurring jobs run once at `schedule`, then on their own interval; a job still running when its
 * next tick comes is not started twice. One-off jobs run on the next turn of the event loop.
 * Timers are unref'd: they never keep the process alive.
 */
export function createInProcessJobQueue(options: InProcessQueueOptions): JobQueue {
  const now = options.now ?? (() => new Date());
  const { logger } = options;
  const handlers = new Map<string, OneOffJob<unknown>>();
  const scheduled = new Set<string>();
  const runningRecurring = new Map<string, Promise<unknown>>();
  const runningOneOff = new Set<Promise<unknown>>();
  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  const track = (work: Promise<unknown>) => {
    runningOneOff.add(work);
    void work.finally(() => runningOneOff.delete(work));
  };

  return {
    kind: 'in-process',

    async schedule(job) {
      assertJobName(job.name);
      if (scheduled.has(job.name)) throw new Error(`job "${job.name}" is already scheduled`);
      if (stopped) throw new Error(`the job queue is stopped; "${job.name}" was not scheduled`);
      scheduled.add(job.name);
      const tick = () => {
        if (stopped || runningRecurring.has(job.name)) return;
        const done = runRecurring(job, now(), logger).finally(() =>
          runningRecurring.delete(job.name),
        );
        runningRecurring.set(job.name, done);
      };
      tick();
      const timer = setInterval(tick, job.everyMs);
      timer.unref();
      timers.push(timer);
    },

    async handle(job) {
      assertJobName(job.name);
      handlers.set(job.name, job as OneOffJob<unknown>);
    },

    async enqueue(name, data) {
      const job = handlers.get(name);
      if (!job) throw new Error(`no handler for job "${name}"`);
      if (stopped) throw new Error(`the job queue is stopped; "${name}" was not queued`);
      const parsed = job.parse(data);
      track(
        new Promise<void>((resolve) => setImmediate(resolve))
          .then(() => job.run(parsed))
          .catch((error: unknown) =>
            logger.error(`job failed: ${name}`, {
              error: error instanceof Error ? error.message : String(error),
            }),
          ),
      );
    },

    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all([...runningRecurring.values(), ...runningOneOff]);
    },
  };
}
