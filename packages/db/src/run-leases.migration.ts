import type { Kysely, Migration } from 'kysely';

/**
 * 0011-run-leases (decision 051): a heartbeat on background runs. The process that runs a
 * simulation or a draft refreshes `heartbeat_at` (ISO text) while it holds the run; a queued or
 * running row whose heartbeat is missing or older than the lease has lost its process and is
 * failed, so a second server on the same PostgreSQL no longer fails the first one's live runs.
 * Rows from before this migration have none: they count as abandoned.
 */
export const runLeasesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('program_simulations').addColumn('heartbeat_at', 'text').execute();
    await db.schema
      .alterTable('mentorship_program_drafts')
      .addColumn('heartbeat_at', 'text')
      .execute();
  },
};
