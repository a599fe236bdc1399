// Background work of one server process (decision 039): session purge, mentorship request expiry
// and nudges (issue 9), the daily timeline digest (issue 11). Each job is a use case that is safe
// to run twice (it marks before it mails), so a restart or a second server only repeats a no-op.
import type { Services } from '@matchready/services';
import type { Logger } from './logger.ts';

export interface ScheduledJob {
  readonly name: string;
  readonly everyMs: number;
  /** Does the work due at `now`; returns counts for the log. */
  readonly run: (now: Date) => Promise<Record<string, number | boolean>>;
}

const MINUTE = 60 * 1000;

/** The most digest batches one run sends before yielding to the next tick. */
const DIGEST_BATCHES_PER_RUN = 20;

export function housekeepingJobs(services: Services): ScheduledJob[] {
  return [
    {
      name: 'purge expired sessions',
      everyMs: 60 * MINUTE,
      run: async () => {
        await services.auth.purgeExpiredSessions();
        return {};
      },
    },
    {
      // Expiry first: a request past 14 days is closed, not nudged.
      name: 'mentorship requests',
      everyMs: 15 * MINUTE,
      run: async (now) => ({
        expired: await services.mentorship.requests.expireDueRequests(now),
        nudged: await services.mentorship.requests.sendNudges(now),
      }),
    },
    {
      name: 'daily digest',
      everyMs: 15 * MINUTE,
      run: async (now) => {
        let sent = 0;
        let quiet = 0;
        for (let batch = 0; batch < DIGEST_BATCHES_PER_RUN; batch += 1) {
          const result = await services.digest.sendDueDigests(now);
          sent += result.sent;
          quiet += result.quiet;
          if (!result.more) return { sent, quiet, more: false };
        }
        return { sent, quiet, more: true };
      },
    },
  ];
}

/**
 * Runs one job and logs what it did. A failure is logged and swallowed: one broken job must not
 * stop the others or the server.
 */
export async function runJob(job: ScheduledJob, now: Date, logger: Logger): Promise<boolean> {
  try {
    const counts = await job.run(now);
    const worked = Object.values(counts).some(
      (v) => v === true || (typeof v === 'number' && v > 0),
    );
    if (worked) logger.info(`scheduled: ${job.name}`, counts);
    return true;
  } catch (error) {
    logger.error(`scheduled job failed: ${job.name}`, {
      error: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

export interface Scheduler {
  /** Resolves once every job that is running has finished; no job starts afterwards. */
  stop(): Promise<void>;
}

/**
 * Runs every job once now, then each on its own interval. A job still running when its next tick
 * comes is not started twice. Timers are unref'd: they never keep the process alive.
 */
export function startScheduler(
  jobs: readonly ScheduledJob[],
  options: { readonly logger: Logger; readonly now?: () => Date },
): Scheduler {
  const now = options.now ?? (() => new Date());
  const running = new Map<string, Promise<boolean>>();
  let stopped = false;
  const tick = (job: ScheduledJob) => {
    if (stopped || running.has(job.name)) return;
    const done = runJob(job, now(), options.logger).finally(() => running.delete(job.name));
    running.set(job.name, done);
  };
  const timers = jobs.map((job) => {
    tick(job);
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    return timer;
  });
  return {
    async stop() {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running.values());
    },
  };
}
