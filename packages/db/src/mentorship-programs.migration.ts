import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Organisation mentorship programs (issue 10): programs of an organisation, their imported
 * people, pins and forbids, solved drafts, published pairs and pulse-survey answers. Everything
 * goes with its program (ON DELETE CASCADE), and a program goes with its organisation.
 */
export const mentorshipProgramsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('mentorship_programs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organisation_id', 'text', (c) =>
        c.notNull().references('organisations.id').onDelete('cascade'),
      )
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('starts_on', 'text')
      .addColumn('ends_on', 'text')
      .addColumn('weights', 'text', (c) => c.notNull())
      .addColumn('mode', 'text', (c) => c.notNull())
      .addColumn('minimum_score', 'double precision')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('mentorship_programs_organisation_id')
      .on('mentorship_programs')
      .column('organisation_id')
      .execute();

    await db.schema
      .createTable('mentorship_program_people')
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text')
      // The account of this person once linked (invitations, issue 10); null until then.
      .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('capacity', 'integer')
      .addColumn('profile', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentorship_program_people_pk', ['program_id', 'role', 'person_id'])
      .execute();

    await db.schema
      .createTable('mentorship_program_rules')
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('mentee_id', 'text', (c) => c.notNull())
      .addColumn('mentor_id', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentorship_program_rules_pk', [
        'program_id',
        'kind',
        'mentee_id',
        'mentor_id',
      ])
      .execute();

    await db.schema
      .createTable('mentorship_program_drafts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('settings', 'text', (c) => c.notNull())
      .addColumn('matched', 'integer')
      .addColumn('total', 'double precision')
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createIndex('mentorship_program_drafts_program_id')
      .on('mentorship_program_drafts')
      .column('program_id')
      .execute();
    // At most one draft being solved per program, enforced by the database (partial unique
    // index: SQLite and PostgreSQL both have them), so parallel requests cannot start two.
    await db.schema
      .createIndex('mentorship_program_drafts_one_unfinished')
      .on('mentorship_program_drafts')
      .column('program_id')
      .unique()
      .where(sql.ref('status'), 'in', [sql.lit('queued'), sql.lit('running')])
      .execute();

    await db.schema
      .createTable('mentorship_program_pairs')
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('mentee_id', 'text', (c) => c.notNull())
      .addColumn('mentor_id', 'text', (c) => c.notNull())
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addColumn('draft_id', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('mentorship_program_pairs_pk', ['program_id', 'mentee_id'])
      .execute();

    await db.schema
      .createTable('mentorship_program_pulse')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('program_id', 'text', (c) =>
        c.notNull().references('mentorship_programs.id').onDelete('cascade'),
      )
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('answered_at', 'text', (c) => c.notNull())
      .execute();
  },
};
