import type { DatabaseKind } from '@matchready/db';
import type { Logger } from '../logger.ts';
import { createInProcessJobQueue } from './in-process-job-queue.adapter.ts';
import type { JobQueue } from './job-queue.ts';

/**
 * The job queue for the database in use (decision 044): pg-boss on PostgreSQL, imported only
 * then, so laptop mode on SQLite loads nothing more than before; in process otherwise.
 */
export async function startJobQueue(options: {
  readonly database: DatabaseKind;
  readonly databaseUrl: string | undefined;
  readonly logger: Logger;
}): Promise<JobQueue> {
  if (options.database === 'postgres' && options.databaseUrl) {
    const { startPgBossJobQueue } = await import('./pg-boss-job-queue.adapter.ts');
    return startPgBossJobQueue({ connectionString: options.databaseUrl, logger: options.logger });
  }
  return createInProcessJobQueue({ logger: options.logger });
}
