// The job queue port (decision 044): work that runs off the request path. Two adapters implement
// it: in process (SQLite, laptop mode, decision 039's timers) and pg-boss (PostgreSQL, several
// server processes sharing the work). Jobs are written once and run on either.
import type { Logger } from '../logger.ts';

/** What a run did, for the log (a job that did nothing logs at debug level only). */
export type JobCounts = Record<string, number | boolean>;

/** Work due on a fixed cadence: expiring requests, nudges, digests, purges. */
export interface RecurringJob {
  /** Queue name: lower-case words joined by dashes, unique among jobs. */
  readonly name: string;
  /**
   * Cadence. In process: an interval from start. On pg-boss: one run per slot of this length
   * (aligned to the database clock) across every server process; at most one hour.
   */
  readonly everyMs: number;
  /** Does the work due at `now`. Must be safe to repeat: a run can be retried after a crash. */
  readonly run: (now: Date) => Promise<JobCounts>;
}

/** A kind of one-off job (e.g. one mail to send) and what a worker does with its data. */
export interface OneOffJob<T> {
  readonly name: string;
  /** Checks stored data before it is used (the job table is an edge, like a request body). */
  readonly parse: (data: unknown) => T;
  readonly run: (data: T) => Promise<void>;
  /** Further attempts after a failure (pg-boss, with backoff); in process a failure is logged. */
  readonly retryLimit: number;
}

export interface JobQueue {
  /** `in-process` keeps nothing across a restart; `pg-boss` keeps queued jobs in PostgreSQL. */
  readonly kind: 'in-process' | 'pg-boss';
  /** Starts running `job` on its cadence, the first run as soon as possible. */
  schedule(job: RecurringJob): Promise<void>;
  /** Registers a one-off job kind; this process then works on queued jobs of that kind. */
  handle<T>(job: OneOffJob<T>): Promise<void>;
  /** Queues one job of a registered kind; resolves once it is stored (pg-boss) or accepted. */
  enqueue(name: string, data: object): Promise<void>;
  /** Stops taking work and resolves once the jobs this process is running have finished. */
  stop(): Promise<void>;
}

/** Whether a run's counts say it did something worth an info line. */
export const didWork = (counts: JobCounts): boolean =>
  Object.values(counts).some((v) => v === true || (typeof v === 'number' && v > 0));

/**
 * Runs one recurring job and logs what it did. A failure is logged and reported as `false`, never
 * thrown: one broken job must not stop the others or the server. `detail` names the run (the
 * pg-boss slot) in the debug line every run writes.
 */
export async function runRecurring(
  job: RecurringJob,
  now: Date,
  logger: Logger,
  detail: Record<string, unknown> = {},
): Promise<boolean> {
  try {
    const counts = await job.run(now);
    if (didWork(counts)) logger.info(`scheduled: ${job.name}`, counts);
    logger.debug('job ran', { job: job.name, ...detail, ...counts });
    return true;
  } catch (error) {
    logger.error(`scheduled job failed: ${job.name}`, {
      ...detail,
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/** Queue names pg-boss accepts and a log can show: lower-case words joined by dashes. */
export function assertJobName(name: string): void {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || name.length > 50)
    throw new Error(`job name "${name}" must be lower-case words joined by dashes (≤ 50 chars)`);
}
