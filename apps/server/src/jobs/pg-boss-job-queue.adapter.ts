// The job queue on PostgreSQL (decision 044), loaded only when DATABASE_URL is PostgreSQL.
// pg-boss keeps jobs in tables of its own schema and hands each to one worker (SELECT … FOR
// UPDATE SKIP LOCKED), so several server processes share the work and a restart loses no job.
import type PgBoss from 'pg-boss';
import type { Logger } from '../logger.ts';
import { assertJobName, type JobQueue, runRecurring } from './job-queue.ts';

export interface PgBossQueueOptions {
  readonly connectionString: string;
  readonly logger: Logger;
  /** How often an idle worker looks for jobs; 2 s by default (pg-boss's minimum is 0.5 s). */
  readonly pollingIntervalSeconds?: number;
  /** How long `stop` waits for running jobs before failing them back to the queue. */
  readonly stopTimeoutMs?: number;
}

/** The longest recurring slot: completed jobs are archived after it (see `archiveAfter`). */
const MAX_SLOT_SECONDS = 3600;

/**
 * Completed jobs leave the job table after an hour. Slot de-duplication only sees the job table,
 * so this must be at least the longest slot; it also keeps mail bodies out of the database soon
 * after they are sent. Archived jobs are deleted after a day.
 */
const ARCHIVE_AFTER_SECONDS = MAX_SLOT_SECONDS;

function slotSeconds(everyMs: number): number {
  const seconds = everyMs / 1000;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > MAX_SLOT_SECONDS)
    throw new Error(
      `a recurring job's cadence must be whole seconds, 1 s to 1 h; got ${everyMs} ms`,
    );
  return seconds;
}

export async function startPgBossJobQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const { logger } = options;
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 };
  // Imported here, not at the top: the server bundle keeps pg-boss external, and a static import
  // would load it in every process, SQLite ones included.
  const { default: PgBossClass } = await import('pg-boss');
  const boss = new PgBossClass({
    // pg-boss's tables live in a schema of their own, `pgboss`, which it creates and migrates.
    connectionString: options.connectionString,
    application_name: 'matchready-jobs',
    max: 4,
    // Cadence is ours (one job per slot, below), not pg-boss's minute-based cron.
    schedule: false,
    archiveCompletedAfterSeconds: ARCHIVE_AFTER_SECONDS,
    archiveFailedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 1,
  });
  boss.on('error', (error) => logger.error('job queue error', { error: error.message }));
  await boss.start();

  const timers: NodeJS.Timeout[] = [];
  let stopped = false;

  /** Creates the queue once for every process (two may race at start: the loser re-reads). */
  async function ensureQueue(name: string, settings: Omit<PgBoss.Queue, 'name'>): Promise<void> {
    if (await boss.getQueue(name)) {
      await boss.updateQueue(name, { name, ...settings });
      return;
    }
    try {
      await boss.createQueue(name, { name, policy: 'standard', ...settings });
    } catch (error) {
      if (!(await boss.getQueue(name))) throw error;
    }
  }

  return {
    kind: 'pg-boss',

    async schedule(job) {
      assertJobName(job.name);
      const seconds = slotSeconds(job.everyMs);
      // A run that fails is recorded as failed, not retried: the next slot does the work due.
      // A run whose process dies is given up after one slot and likewise left to the next.
      await ensureQueue(job.name, { retryLimit: 0, expireInSeconds: seconds });
      await boss.work<object>(job.name, { ...polling, includeMetadata: true }, async ([run]) => {
        if (!run) return;
        const slot = run.singletonOn?.toISOString() ?? null;
        if (!(await runRecurring(job, new Date(), logger, { slot, id: run.id })))
          throw new Error(`${job.name} failed (see the log line before)`);
      });
      // Every process offers a run for the current slot at start and then once per slot; the
      // unique (name, slot) index of pg-boss keeps the first offer and drops the rest.
      const offer = () => {
        if (stopped) return;
        boss
          .send(job.name, {}, { singletonSeconds: seconds })
          .catch((error: Error) =>
            logger.error(`job not queued: ${job.name}`, { error: error.message }),
          );
      };
      offer();
      const timer = setInterval(offer, job.everyMs);
      timer.unref();
      timers.push(timer);
    },

    async handle(job) {
      assertJobName(job.name);
      // Retried with exponential backoff from 30 s; a job whose process died is retried after
      // five minutes. The handler must therefore tolerate a repeat (a mail may go out twice).
      await ensureQueue(job.name, {
        retryLimit: job.retryLimit,
        retryDelay: 30,
        retryBackoff: true,
        expireInSeconds: 300,
      });
      let workerId: string | undefined;
      workerId = await boss.work<unknown>(job.name, polling, async ([queued]) => {
        if (!queued) return;
        try {
          await job.run(job.parse(queued.data));
        } catch (error) {
          // Thrown on, so pg-boss records the failure and retries; logged here, as pg-boss
          // does not report a failing handler.
          logger.error(`job failed: ${job.name}`, {
            id: queued.id,
            error: error instanceof Error ? error.message : String(error),
          });
          throw error;
        }
        logger.debug('job ran', { job: job.name, id: queued.id });
        // pg-boss waits a polling interval after every fetch, even one that found a job; asking
        // again at once lets a batch of queued mail drain without a pause per message.
        if (workerId) boss.notifyWorker(workerId);
      });
    },

    async enqueue(name, data) {
      if (stopped) throw new Error(`the job queue is stopped; "${name}" was not queued`);
      const id = await boss.send(name, data);
      if (!id) throw new Error(`job "${name}" was not queued`);
    },

    async stop() {
      if (stopped) return;
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      // Waits for running jobs; any still running at the timeout go back to the queue as failed
      // (and are retried if they have retries left).
      await boss.stop({ graceful: true, wait: true, timeout: options.stopTimeoutMs ?? 8000 });
    },
  };
}
