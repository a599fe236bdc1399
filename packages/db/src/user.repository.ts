import type { Organisation, Role, User, UserRepository } from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import { isUniqueViolation } from './database.ts';
import type { Database, UsersTable } from './schema.ts';

type UserRow = Omit<Selectable<UsersTable>, 'password_hash'> & { organisation_id: string | null };

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role as Role,
  createdAt: row.created_at,
  organisationId: row.organisation_id,
  isDemo: Number(row.is_demo) === 1,
});

/** Users with their organisation id (a user belongs to at most one organisation). */
export const selectUsers = (db: Kysely<Database>) =>
  db
    .selectFrom('users')
    .leftJoin('organisation_members', 'organisation_members.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.is_demo',
      'users.created_at',
      'organisation_members.organisation_id',
    ]);

export function createUserRepository(db: Kysely<Database>): UserRepository {
  return {
    async create(user, organisation?: Organisation) {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('users')
            .values({
              id: user.id,
              email: user.email.toLowerCase(),
              display_name: user.displayName,
              role: user.role,
              password_hash: user.passwordHash,
              is_demo: user.isDemo ? 1 : 0,
              created_at: user.createdAt,
            })
            .execute();
          if (organisation) {
            await trx
              .insertInto('organisations')
              .values({
                id: organisation.id,
                name: organisation.name,
                owner_id: user.id,
                created_at: organisation.createdAt,
              })
              .execute();
            await trx
              .insertInto('organisation_members')
              .values({
                organisation_id: organisation.id,
                user_id: user.id,
                role: 'admin',
                created_at: organisation.createdAt,
              })
              .execute();
          }
        });
      } catch (error) {
        if (isUniqueViolation(error)) return 'email-taken';
        throw error;
      }
      const { passwordHash: _hash, ...rest } = user;
      return { ...rest, email: user.email.toLowerCase(), organisationId: organisation?.id ?? null };
    },

    async findById(id) {
      const row = await selectUsers(db).where('users.id', '=', id).executeTakeFirst();
      return row ? toUser(row) : null;
    },

    async findCredentials(email) {
      const row = await selectUsers(db)
        .select('users.password_hash')
        .where('users.email', '=', email.toLowerCase())
        .executeTakeFirst();
      return row ? { user: toUser(row), passwordHash: row.password_hash } : null;
    },

    async findPasswordHash(userId) {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', userId)
        .executeTakeFirst();
      return row?.password_hash ?? null;
    },

    async updatePasswordHash(userId, passwordHash) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', userId)
        .execute();
    },

    async delete(userId) {
      const result = await db.deleteFrom('users').where('id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async list(filter) {
      let query = selectUsers(db);
      if (filter?.role !== undefined) query = query.where('users.role', '=', filter.role);
      const rows = await query.orderBy('users.created_at').orderBy('users.id').execute();
      return rows.map(toUser);
    },
  };
}
