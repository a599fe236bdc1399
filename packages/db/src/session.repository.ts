import type { Session, SessionRepository } from '@matchready/services';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { selectUsers, toUser } from './user.repository.ts';

export function createSessionRepository(db: Kysely<Database>): SessionRepository {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          last_seen_at: session.lastSeenAt,
        })
        .execute();
    },

    async findWithUser(id) {
      const row = await selectUsers(db)
        .innerJoin('sessions', 'sessions.user_id', 'users.id')
        .select([
          'sessions.id as session_id',
          'sessions.created_at as session_created_at',
          'sessions.expires_at',
          'sessions.last_seen_at',
        ])
        .where('sessions.id', '=', id)
        .executeTakeFirst();
      if (!row) return null;
      const session: Session = {
        id: row.session_id,
        userId: row.id,
        createdAt: row.session_created_at,
        expiresAt: row.expires_at,
        lastSeenAt: row.last_seen_at,
      };
      return { session, user: toUser(row) };
    },

    async touch(id, lastSeenAt, expiresAt) {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
        .where('id', '=', id)
        .execute();
    },

    async delete(id) {
      await db.deleteFrom('sessions').where('id', '=', id).execute();
    },

    async deleteForUser(userId, keepId) {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (keepId !== undefined) query = query.where('id', '!=', keepId);
      const result = await query.executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deleteExpired(now) {
      const result = await db
        .deleteFrom('sessions')
        .where('expires_at', '<=', now)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
