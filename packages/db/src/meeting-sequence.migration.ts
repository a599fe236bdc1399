import type { Kysely, Migration } from 'kysely';

/**
 * 0012-meeting-sequence (decision 048, amended): how many times a meeting was moved. Its calendar
 * invite keeps one UID and carries this as SEQUENCE, so a calendar that imported the invite
 * replaces the event with the moved one instead of keeping both. Existing meetings start at 0.
 */
export const meetingSequenceMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('mentorship_meetings')
      .addColumn('sequence', 'integer', (column) => column.notNull().defaultTo(0))
      .execute();
  },
};
