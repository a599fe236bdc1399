import type { Kysely, Migration } from 'kysely';

/**
 * Interview practice: mock interviews, attempts (answer + analyser report) and FSRS practice
 * cards. Everything belongs to one user and goes with the account (ON DELETE CASCADE).
 */
export const interviewMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('interview_mocks')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('plan', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('started_at', 'text', (c) => c.notNull())
      .addColumn('completed_at', 'text')
      .execute();
    await db.schema
      .createIndex('interview_mocks_user_id')
      .on('interview_mocks')
      .columns(['user_id', 'started_at'])
      .execute();

    await db.schema
      .createTable('interview_attempts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('answer', 'text', (c) => c.notNull())
      .addColumn('speaking_seconds', 'double precision')
      .addColumn('fillers_measured', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('report', 'text', (c) => c.notNull())
      .addColumn('rating', 'text')
      .addColumn('rated_at', 'text')
      .addColumn('mock_id', 'text', (c) => c.references('interview_mocks.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('interview_attempts_user_question')
      .on('interview_attempts')
      .columns(['user_id', 'question_id', 'created_at'])
      .execute();
    // One answer per question per mock; attempts outside mocks (NULL) are not constrained.
    await db.schema
      .createIndex('interview_attempts_mock_question')
      .on('interview_attempts')
      .columns(['mock_id', 'question_id'])
      .unique()
      .execute();

    await db.schema
      .createTable('interview_cards')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('question_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('due_at', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('interview_cards_pk', ['user_id', 'question_id'])
      .execute();
    await db.schema
      .createIndex('interview_cards_user_due')
      .on('interview_cards')
      .columns(['user_id', 'due_at'])
      .execute();
  },
};
