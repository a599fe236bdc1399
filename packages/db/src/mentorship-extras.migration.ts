import type { Kysely, Migration } from 'kysely';

/**
 * 0010-mentorship-extras (decision 048): profile fields a mentee shares with one mentor. One row
 * per share; a revoke sets `revoked_at` and a re-share adds a row, so who shared what and when
 * stays on record. Rows go with their relationship and with the sharer's account.
 */
export const mentorshipExtrasMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('profile_field_shares')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('relationship_id', 'text', (c) =>
        c.notNull().references('mentorship_relationships.id').onDelete('cascade'),
      )
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('shared_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('shared_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema
      .createIndex('profile_field_shares_relationship')
      .on('profile_field_shares')
      .columns(['relationship_id', 'field'])
      .execute();
  },
};
