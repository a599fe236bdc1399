import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Serialises a transaction's check-then-write with every other one about the same user: a no-op
 * update of the user's row takes its row lock on PostgreSQL until the transaction ends (SQLite
 * runs write transactions one at a time already). Used where a count or an overlap is checked
 * and then written (open requests, goals, capacity, bookings and moves).
 */
export async function lockUserRow(trx: Kysely<Database>, userId: string): Promise<void> {
  await trx
    .updateTable('users')
    .set({ is_demo: sql<number>`is_demo` })
    .where('id', '=', userId)
    .execute();
}
