import type { OutboxRepository, PasswordResetRepository } from '@matchready/services';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function createOutboxRepository(db: Kysely<Database>): OutboxRepository {
  return {
    async add(message) {
      await db
        .insertInto('outbox')
        .values({
          id: message.id,
          to_address: message.to,
          kind: message.kind,
          subject: message.subject,
          text_body: message.text,
          html_body: message.html ?? null,
          created_at: message.createdAt,
        })
        .execute();
    },

    async listForRecipient(address, limit) {
      const rows = await db
        .selectFrom('outbox')
        .selectAll()
        .where('to_address', '=', address)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        to: row.to_address,
        kind: row.kind,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body ?? undefined,
        createdAt: row.created_at,
      }));
    },
  };
}

export function createPasswordResetRepository(db: Kysely<Database>): PasswordResetRepository {
  return {
    async create(reset) {
      await db
        .insertInto('password_resets')
        .values({
          id: reset.tokenHash,
          user_id: reset.userId,
          created_at: reset.createdAt,
          expires_at: reset.expiresAt,
          used_at: null,
        })
        .execute();
    },

    consume(tokenHash, now, passwordHash) {
      return db.transaction().execute(async (trx) => {
        // The conditional update is the claim: of two concurrent uses, one updates the row.
        const used = await trx
          .updateTable('password_resets')
          .set({ used_at: now })
          .where('id', '=', tokenHash)
          .where('used_at', 'is', null)
          .where('expires_at', '>', now)
          .returning('user_id')
          .executeTakeFirst();
        if (!used) return null;
        await trx
          .updateTable('users')
          .set({ password_hash: passwordHash })
          .where('id', '=', used.user_id)
          .execute();
        await trx.deleteFrom('sessions').where('user_id', '=', used.user_id).execute();
        await trx
          .updateTable('password_resets')
          .set({ used_at: now })
          .where('user_id', '=', used.user_id)
          .where('used_at', 'is', null)
          .execute();
        return used.user_id;
      });
    },

    async deleteExpired(before) {
      const result = await db
        .deleteFrom('password_resets')
        .where('expires_at', '<', before)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
