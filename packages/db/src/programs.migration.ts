import type { Kysely, Migration } from 'kysely';

/**
 * Programs: the shared catalogue with its imports, and the applicant's saved list, rank lists
 * and simulations. The catalogue is not personal: deleting the account that imported rows keeps
 * them (imported_by → NULL); everything else belongs to one user (ON DELETE CASCADE).
 */
export const programsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('program_imports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('filename', 'text')
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('programs', 'integer', (c) => c.notNull())
      .addColumn('replaced', 'integer', (c) => c.notNull())
      .addColumn('imported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();

    let programs = db.schema
      .createTable('programs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('specialty', 'text', (c) => c.notNull());
    for (const column of ['institution', 'track', 'state', 'region', 'city', 'affiliation'])
      programs = programs.addColumn(column, 'text');
    programs = programs
      .addColumn('positions', 'integer')
      .addColumn('img_share', 'double precision');
    for (const column of [
      'accepts_imgs',
      'j1',
      'h1b',
      'min_step2',
      'yog_cutoff',
      'max_attempts',
      'usce_required',
      'signals',
    ])
      programs = programs.addColumn(column, 'integer');
    programs = programs
      .addColumn('application_deadline', 'text')
      .addColumn('interview_invitations', 'text')
      .addColumn('website', 'text')
      .addColumn('synthetic', 'integer', (c) => c.notNull())
      .addColumn('typical_step2', 'integer')
      .addColumn('step2_p10', 'integer')
      .addColumn('step2_p90', 'integer')
      .addColumn('dataset', 'text', (c) => c.notNull())
      .addColumn('import_id', 'text', (c) =>
        c.notNull().references('program_imports.id').onDelete('cascade'),
      )
      .addColumn('imported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('updated_at', 'text', (c) => c.notNull());
    await programs.execute();
    await db.schema.createIndex('programs_specialty').on('programs').column('specialty').execute();
    await db.schema.createIndex('programs_import_id').on('programs').column('import_id').execute();
    await db.schema
      .createIndex('programs_updated_at')
      .on('programs')
      .column('updated_at')
      .execute();

    await db.schema
      .createTable('program_lists')
      .addColumn('user_id', 'text', (c) =>
        c.primaryKey().references('users.id').onDelete('cascade'),
      )
      .addColumn('entries', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('rank_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('entries', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('rank_lists_owner_id')
      .on('rank_lists')
      .columns(['owner_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('program_simulations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('rank_list_id', 'text')
      .addColumn('program_ids', 'text', (c) => c.notNull())
      .addColumn('runs', 'integer', (c) => c.notNull())
      .addColumn('competitors', 'integer')
      .addColumn('seed', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('progress', 'double precision', (c) => c.notNull())
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema
      .createIndex('program_simulations_owner_id')
      .on('program_simulations')
      .columns(['owner_id', 'created_at'])
      .execute();
    await db.schema
      .createIndex('program_simulations_status')
      .on('program_simulations')
      .column('status')
      .execute();
  },
};
