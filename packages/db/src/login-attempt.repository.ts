import type { LoginAttemptRepository } from '@matchready/services';
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Attempt counters (decision 032). `hit` is one INSERT … ON CONFLICT DO UPDATE … RETURNING: the
 * row lock (PostgreSQL) or the single writer (SQLite) serialises parallel hits on one key, so each
 * gets its own count. Portable on SQLite ≥ 3.35 and PostgreSQL.
 */
export function createLoginAttemptRepository(db: Kysely<Database>): LoginAttemptRepository {
  return {
    async hit(key, now, expiredBefore) {
      const current = sql<boolean>`attempt_counters.window_start > ${expiredBefore}`;
      const row = await db
        .insertInto('attempt_counters')
        .values({ key, window_start: now, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`CASE WHEN ${current} THEN attempt_counters.count + 1 ELSE 1 END`,
            window_start: sql<string>`CASE WHEN ${current} THEN attempt_counters.window_start ELSE excluded.window_start END`,
          }),
        )
        .returning(['count', 'window_start'])
        .executeTakeFirstOrThrow();
      return { count: Number(row.count), windowStart: row.window_start };
    },

    async release(key) {
      await db
        .updateTable('attempt_counters')
        .set({ count: sql<number>`count - 1` })
        .where('key', '=', key)
        .where('count', '>', 0)
        .execute();
    },

    async reset(key) {
      await db.deleteFrom('attempt_counters').where('key', '=', key).execute();
    },

    async deleteBefore(before) {
      const result = await db
        .deleteFrom('attempt_counters')
        .where('window_start', '<=', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async rememberAddress(userId, addressHash, at) {
      await db
        .insertInto('known_addresses')
        .values({ user_id: userId, address_hash: addressHash, last_success_at: at })
        .onConflict((oc) =>
          oc.columns(['user_id', 'address_hash']).doUpdateSet({ last_success_at: at }),
        )
        .execute();
    },

    async isKnownAddress(userId, addressHash, since) {
      const row = await db
        .selectFrom('known_addresses')
        .select('user_id')
        .where('user_id', '=', userId)
        .where('address_hash', '=', addressHash)
        .where('last_success_at', '>', since)
        .executeTakeFirst();
      return row !== undefined;
    },
  };
}
