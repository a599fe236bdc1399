import type { ProgramNote, RankListRecord, RankListRepository } from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type { RankListsTable } from './program-tables.ts';
import type { Database } from './schema.ts';

const toRecord = (row: Selectable<RankListsTable>): RankListRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  entries: JSON.parse(row.entries) as ProgramNote[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function createRankListRepository(db: Kysely<Database>): RankListRepository {
  const byOwner = (ownerId: string) =>
    db
      .selectFrom('rank_lists')
      .selectAll()
      .where('owner_id', '=', ownerId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
  return {
    async create(list) {
      await db
        .insertInto('rank_lists')
        .values({
          id: list.id,
          owner_id: list.ownerId,
          name: list.name,
          entries: JSON.stringify(list.entries),
          created_at: list.createdAt,
          updated_at: list.updatedAt,
        })
        .execute();
    },

    async update(list) {
      await db
        .updateTable('rank_lists')
        .set({ name: list.name, entries: JSON.stringify(list.entries), updated_at: list.updatedAt })
        .where('id', '=', list.id)
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('rank_lists')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async listByOwner(ownerId) {
      return (await byOwner(ownerId)).map((row) => {
        const { ownerId: _o, entries, ...rest } = toRecord(row);
        return { ...rest, programs: entries.length };
      });
    },

    async listRecordsByOwner(ownerId) {
      return (await byOwner(ownerId)).map(toRecord);
    },

    async delete(id) {
      await db.deleteFrom('rank_lists').where('id', '=', id).execute();
    },
  };
}
