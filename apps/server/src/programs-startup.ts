import type { Services } from '@matchready/services';
import type { Logger } from './logger.ts';

/**
 * Start-up work of the program features: simulations that were running when the server stopped
 * are marked failed (nothing runs them any more), and an empty catalogue gets the synthetic
 * sample (~3,000 generated programs, one transaction). Returns lines for the start-up banner.
 */
export async function startPrograms(services: Services, logger: Logger): Promise<string[]> {
  const { catalogue, simulations } = services.programs;
  const failed = await simulations.failUnfinished();
  if (failed > 0) logger.warn(`${failed} unfinished simulation(s) marked failed after a restart`);
  const started = performance.now();
  const seeded = await catalogue.seedSampleIfEmpty();
  if (seeded === 0) return [];
  const ms = Math.round(performance.now() - started);
  logger.info('seeded the synthetic program sample', { programs: seeded, ms });
  return [
    `  Programs: seeded ${seeded} SYNTHETIC sample programs in ${ms} ms (not real programs; import yours with "matchready programs import")`,
  ];
}
