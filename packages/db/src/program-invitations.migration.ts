import type { Kysely, Migration } from 'kysely';

/**
 * Program invitations (issue 10, decision 046): single-use, expiring links that prove a person
 * owns the email the organisation imported (only the sha-256 of the token is stored), when each
 * person was invited and when they last corrected their own details, and one pulse answer per
 * person (decision 047).
 */
export const programInvitationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('mentorship_program_invitations')
      .addColumn('token_hash', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('mentorship_program_invitations_person')
      .on('mentorship_program_invitations')
      .columns(['program_id', 'role', 'person_id'])
      .execute();
    await db.schema
      .alterTable('mentorship_program_people')
      .addColumn('invited_at', 'text')
      .execute();
    await db.schema
      .alterTable('mentorship_program_people')
      .addColumn('edited_at', 'text')
      .execute();
    // An account is at most one mentor and one mentee per program (NULLs, not yet linked, are
    // distinct in both databases); parallel accepts cannot link one account twice.
    await db.schema
      .createIndex('mentorship_program_people_one_account')
      .on('mentorship_program_people')
      .columns(['program_id', 'role', 'user_id'])
      .unique()
      .execute();
    await db.schema
      .createIndex('mentorship_program_people_user_id')
      .on('mentorship_program_people')
      .column('user_id')
      .execute();
    // Each side of a pair answers the pulse once: the database refuses a second answer.
    await db.schema
      .createIndex('mentorship_program_pulse_once')
      .on('mentorship_program_pulse')
      .columns(['program_id', 'role', 'person_id'])
      .unique()
      .execute();
  },
};
