// The server's recurring work (decisions 039 and 044): session purge, mentorship request expiry
// and nudges (issue 9), the daily timeline digest (issue 11), telling program people their pulse
// survey opened (issue 10, decision 047), failing background runs whose process is gone (issue 12,
// decision 051). Each job is a use case that is safe
// to run twice (it marks before it mails), so a retried or repeated run only repeats a no-op.
import { RUN_LEASE_MS, type Services } from '@matchready/services';
import { failAbandonedRuns } from '../abandoned-runs.ts';
import type { RecurringJob } from './job-queue.ts';

const MINUTE = 60 * 1000;

/** The most digest (or pulse reminder) batches one run sends before yielding to the next run. */
const DIGEST_BATCHES_PER_RUN = 20;

export function housekeepingJobs(services: Services): RecurringJob[] {
  return [
    {
      // A crashed process's simulations and drafts fail within lease + a minute, restart or not.
      name: 'abandoned-runs',
      everyMs: MINUTE,
      run: (now) => failAbandonedRuns(services, RUN_LEASE_MS, now),
    },
    {
      name: 'purge-sessions',
      everyMs: 60 * MINUTE,
      run: async () => {
        await services.auth.purgeExpiredSessions();
        return {};
      },
    },
    {
      // Expiry first: a request past 14 days is closed, not nudged.
      name: 'mentorship-requests',
      everyMs: 15 * MINUTE,
      run: async (now) => ({
        expired: await services.mentorship.requests.expireDueRequests(now),
        nudged: await services.mentorship.requests.sendNudges(now),
      }),
    },
    {
      name: 'daily-digest',
      everyMs: 15 * MINUTE,
      run: async (now) => {
        let sent = 0;
        let quiet = 0;
        let waiting = 0;
        for (let batch = 0; batch < DIGEST_BATCHES_PER_RUN; batch += 1) {
          const result = await services.digest.sendDueDigests(now);
          sent += result.sent;
          quiet += result.quiet;
          waiting += result.waiting;
          if (!result.more) return { sent, quiet, waiting, more: false };
        }
        return { sent, quiet, waiting, more: true };
      },
    },
    {
      name: 'program-pulse-reminders',
      everyMs: 60 * MINUTE,
      run: async (now) => {
        let sent = 0;
        for (let batch = 0; batch < DIGEST_BATCHES_PER_RUN; batch += 1) {
          const result = await services.pulseReminders.sendDue(now);
          sent += result.sent;
          if (!result.more) return { sent, more: false };
        }
        return { sent, more: true };
      },
    },
  ];
}
