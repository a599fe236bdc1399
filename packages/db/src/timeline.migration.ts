import type { Kysely, Migration } from 'kysely';

/**
 * Mail, password resets and the timeline (issue 11): the outbox (mail kept in the database when
 * no SMTP server is configured), single-use reset tokens (stored as sha-256), the applicant's
 * timeline settings (season, digest, calendar-feed token hash), personal tasks and interviews.
 * Everything personal goes with the account (ON DELETE CASCADE).
 */
export const timelineMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('text_body', 'text', (c) => c.notNull())
      .addColumn('html_body', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('outbox_to_address')
      .on('outbox')
      .columns(['to_address', 'created_at'])
      .execute();

    await db.schema
      .createTable('password_resets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .execute();
    await db.schema
      .createIndex('password_resets_user_id')
      .on('password_resets')
      .column('user_id')
      .execute();

    await db.schema
      .createTable('timeline_settings')
      .addColumn('user_id', 'text', (c) =>
        c.primaryKey().references('users.id').onDelete('cascade'),
      )
      .addColumn('season', 'integer')
      .addColumn('digest_enabled', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('last_digest_on', 'text')
      .addColumn('calendar_token_hash', 'text', (c) => c.unique())
      .addColumn('completed', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('timeline_tasks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('due', 'text', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('timeline_tasks_user_id')
      .on('timeline_tasks')
      .columns(['user_id', 'due'])
      .execute();

    await db.schema
      .createTable('timeline_interviews')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('program', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('interviewers', 'text', (c) => c.notNull())
      .addColumn('detail', 'text')
      .addColumn('thank_you_sent', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('timeline_interviews_user_id')
      .on('timeline_interviews')
      .columns(['user_id', 'date'])
      .execute();
  },
};
