import type { Kysely, Migration } from 'kysely';

/**
 * Hardening (issue 12, decision 032): attempt counters that are counted and recorded in one
 * statement, and the addresses a user has signed in from (so a stranger's failures cannot lock
 * the owner out from a known address).
 */
export const hardeningMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('attempt_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('window_start', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('attempt_counters_window_start')
      .on('attempt_counters')
      .column('window_start')
      .execute();
    await db.schema
      .createTable('known_addresses')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('address_hash', 'text', (c) => c.notNull())
      .addColumn('last_success_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('known_addresses_pk', ['user_id', 'address_hash'])
      .execute();
    // Who may replace or delete a program: 'org:<id>' or 'user:<id>' for organisation imports;
    // NULL for the synthetic sample and operator (CLI, site-admin) imports.
    await db.schema.alterTable('programs').addColumn('owner_scope', 'text').execute();
    await db.schema
      .createIndex('programs_owner_scope')
      .on('programs')
      .column('owner_scope')
      .execute();
  },
};
