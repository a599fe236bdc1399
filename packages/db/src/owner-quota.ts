import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Runs `insert` only while the owner has fewer than `quota` rows in `table` (issue 12). The
 * transaction first touches the owner's users row (a no-op UPDATE): PostgreSQL then holds that
 * row's lock until commit and SQLite holds its single write lock, so parallel inserts for one
 * owner queue up and each counts the rows committed before it. Portable SQL on both.
 */
export async function insertWithinQuota(
  db: Kysely<Database>,
  table: 'match_instances' | 'match_runs',
  ownerId: string,
  quota: number | undefined,
  insert: (trx: Transaction<Database>) => Promise<unknown>,
): Promise<'created' | 'over-quota'> {
  if (quota === undefined) {
    await insert(db as Transaction<Database>);
    return 'created';
  }
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ id: sql<string>`id` }).where('id', '=', ownerId).execute();
    const row = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .where('owner_id', '=', ownerId)
      .executeTakeFirstOrThrow();
    if (Number(row.n) >= quota) return 'over-quota';
    await insert(trx);
    return 'created';
  });
}
