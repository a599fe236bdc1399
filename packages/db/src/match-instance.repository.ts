import type { MatchProblem } from '@matchready/core';
import type {
  InstanceSummary,
  MatchInstanceListItem,
  MatchInstanceRecord,
  MatchInstanceRepository,
} from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import { insertWithinQuota } from './owner-quota.ts';
import type { Database, MatchInstancesTable } from './schema.ts';

type ListRow = Omit<Selectable<MatchInstancesTable>, 'problem' | 'owner_id'>;

const toListItem = (row: ListRow): MatchInstanceListItem => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  summary: JSON.parse(row.summary) as InstanceSummary,
});

const toRecord = (row: Selectable<MatchInstancesTable>): MatchInstanceRecord => ({
  ...toListItem(row),
  ownerId: row.owner_id,
  problem: JSON.parse(row.problem) as MatchProblem,
});

const listColumns = ['id', 'name', 'summary', 'created_at', 'updated_at'] as const;

export function createMatchInstanceRepository(db: Kysely<Database>): MatchInstanceRepository {
  return {
    create(instance, quota) {
      return insertWithinQuota(db, 'match_instances', instance.ownerId, quota, (trx) =>
        trx
          .insertInto('match_instances')
          .values({
            id: instance.id,
            owner_id: instance.ownerId,
            name: instance.name,
            problem: JSON.stringify(instance.problem),
            summary: JSON.stringify(instance.summary),
            created_at: instance.createdAt,
            updated_at: instance.updatedAt,
          })
          .execute(),
      );
    },

    async update(instance) {
      await db
        .updateTable('match_instances')
        .set({
          name: instance.name,
          problem: JSON.stringify(instance.problem),
          summary: JSON.stringify(instance.summary),
          updated_at: instance.updatedAt,
        })
        .where('id', '=', instance.id)
        .execute();
    },

    async findById(id) {
      const row = await db
        .selectFrom('match_instances')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : null;
    },

    async findProblemJson(id) {
      const row = await db
        .selectFrom('match_instances')
        .select(['owner_id', 'problem'])
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? { ownerId: row.owner_id, problemJson: row.problem } : null;
    },

    async listByOwner(ownerId) {
      const rows = await db
        .selectFrom('match_instances')
        .select(listColumns)
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toListItem);
    },

    async listRecordsByOwner(ownerId) {
      const rows = await db
        .selectFrom('match_instances')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },

    async delete(id) {
      await db.deleteFrom('match_instances').where('id', '=', id).execute();
    },
  };
}
