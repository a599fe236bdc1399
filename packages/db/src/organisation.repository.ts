import type { MembershipRole, OrganisationRepository } from '@matchready/services';
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export function createOrganisationRepository(db: Kysely<Database>): OrganisationRepository {
  return {
    async findMembership(userId) {
      const row = await db
        .selectFrom('organisation_members')
        .innerJoin('organisations', 'organisations.id', 'organisation_members.organisation_id')
        .select([
          'organisations.id',
          'organisations.name',
          'organisations.created_at',
          'organisation_members.role',
        ])
        .where('organisation_members.user_id', '=', userId)
        .executeTakeFirst();
      if (!row) return null;
      return {
        organisation: { id: row.id, name: row.name, createdAt: row.created_at },
        role: row.role as MembershipRole,
      };
    },

    async countMembers(organisationId) {
      const row = await db
        .selectFrom('organisation_members')
        .select((eb) => eb.fn.countAll().as('members'))
        .where('organisation_id', '=', organisationId)
        .executeTakeFirstOrThrow();
      // PostgreSQL returns count(*) as a bigint string.
      return Number(row.members);
    },
  };
}
