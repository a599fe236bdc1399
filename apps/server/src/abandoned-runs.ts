import type { DatabaseKind } from '@matchready/db';
import { RUN_LEASE_MS, type Services } from '@matchready/services';

/**
 * How old a run's heartbeat must be for the start-up to fail it (decision 051). On SQLite this
 * process is the only one on the file, so nothing begun before it started is still running: 0
 * fails every unfinished run, as before leases. On PostgreSQL other server processes may be
 * running theirs: only runs whose lease has expired are failed.
 */
export const startupLeaseMs = (database: DatabaseKind): number =>
  database === 'sqlite' ? 0 : RUN_LEASE_MS;

/** Fails the simulations and drafts whose process is gone (heartbeat older than `olderThanMs`). */
export async function failAbandonedRuns(
  services: Services,
  olderThanMs: number,
  now?: Date,
): Promise<{ simulations: number; drafts: number }> {
  const options = { olderThanMs, ...(now ? { now } : {}) };
  return {
    simulations: await services.programs.simulations.failAbandoned(options),
    drafts: await services.programDrafts.failAbandoned(options),
  };
}
