import type { LoginAttemptRepository } from '@matchready/services';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function createLoginAttemptRepository(db: Kysely<Database>): LoginAttemptRepository {
  return {
    async record(key, attemptedAt) {
      await db.insertInto('login_attempts').values({ key, attempted_at: attemptedAt }).execute();
    },

    async failuresSince(key, since) {
      const rows = await db
        .selectFrom('login_attempts')
        .select('attempted_at')
        .where('key', '=', key)
        .where('attempted_at', '>', since)
        .orderBy('attempted_at')
        .execute();
      return rows.map((row) => row.attempted_at);
    },

    async clear(key) {
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
    },

    async deleteBefore(before) {
      const result = await db
        .deleteFrom('login_attempts')
        .where('attempted_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
