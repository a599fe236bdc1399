import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Organisation approval (issue 12, decision 040): an organisation admin's capabilities wait for a
 * site admin. Organisations that existed before this migration are approved by it: they were
 * created under the old rule and have been working; an operator revokes any of them with
 * `matchready organisations revoke`.
 */
export const organisationApprovalMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('organisations').addColumn('approved_at', 'text').execute();
    // NULL when the approval came from the migration, the demo seed or the CLI (no site admin).
    await db.schema
      .alterTable('organisations')
      .addColumn('approved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .execute();
    await db.schema.alterTable('organisations').addColumn('revoked_at', 'text').execute();
    await db.schema.alterTable('organisations').addColumn('revoked_reason', 'text').execute();
    await sql`update organisations set approved_at = created_at`.execute(db);
  },
};
