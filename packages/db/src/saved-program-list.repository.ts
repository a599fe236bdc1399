import type { ProgramNote, SavedProgramListRepository } from '@matchready/services';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function createSavedProgramListRepository(db: Kysely<Database>): SavedProgramListRepository {
  return {
    async find(userId) {
      const row = await db
        .selectFrom('program_lists')
        .selectAll()
        .where('user_id', '=', userId)
        .executeTakeFirst();
      return row
        ? { entries: JSON.parse(row.entries) as ProgramNote[], updatedAt: row.updated_at }
        : null;
    },

    async save(userId, list) {
      const entries = JSON.stringify(list.entries);
      await db
        .insertInto('program_lists')
        .values({ user_id: userId, entries, updated_at: list.updatedAt })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet({ entries, updated_at: list.updatedAt }),
        )
        .execute();
    },
  };
}
