import type { DatabaseKind } from '@matchready/db';
import type { Services } from '@matchready/services';
import { failAbandonedRuns, startupLeaseMs } from './abandoned-runs.ts';
import type { Logger } from './logger.ts';

/**
 * Start-up work of the program features: simulations and drafts that no process runs any more
 * are marked failed (all unfinished ones on SQLite; on PostgreSQL those whose lease expired, as
 * another server may be running the rest: decision 051), and an empty catalogue gets the
 * synthetic sample (~3,000 generated programs, one transaction). Returns lines for the banner.
 */
export async function startPrograms(
  services: Services,
  logger: Logger,
  database: DatabaseKind,
): Promise<string[]> {
  const failed = await failAbandonedRuns(services, startupLeaseMs(database));
  if (failed.simulations > 0)
    logger.warn(`${failed.simulations} unfinished simulation(s) marked failed after a restart`);
  if (failed.drafts > 0)
    logger.warn(`${failed.drafts} unsolved program draft(s) marked failed after a restart`);
  const { catalogue } = services.programs;
  const started = performance.now();
  const seeded = await catalogue.seedSampleIfEmpty();
  if (seeded === 0) return [];
  const ms = Math.round(performance.now() - started);
  logger.info('seeded the synthetic program sample', { programs: seeded, ms });
  return [
    `  Programs: seeded ${seeded} SYNTHETIC sample programs in ${ms} ms (not real programs; import yours with "matchready programs import")`,
  ];
}
