import type { Kysely, Migration } from 'kysely';

/**
 * 0014-pulse-reminders (decision 047, amended): who was told by mail that their program's
 * 3-month pulse survey is open, one row per person (so nobody is told twice, even by two servers
 * at once: the primary key decides).
 */
export const pulseRemindersMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('mentorship_program_pulse_reminders')
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentorship_program_pulse_reminders_pk', [
        'program_id',
        'role',
        'person_id',
      ])
      .execute();
  },
};
