import type {
  MembershipRole,
  OrganisationApproval,
  OrganisationListing,
  OrganisationRepository,
} from '@matchready/services';
import type { Kysely } from 'kysely';
import type { OrganisationApprovalColumns } from './organisation-approval-tables.ts';
import type { Database, OrganisationsTable } from './schema.ts';

const toApproval = (row: OrganisationApprovalColumns): OrganisationApproval => ({
  approvedAt: row.approved_at,
  approvedBy: row.approved_by,
  revokedAt: row.revoked_at,
  revokedReason: row.revoked_reason,
});

export function createOrganisationRepository(db: Kysely<Database>): OrganisationRepository {
  // 0008-organisation-approval adds the approval columns (decision 040).
  const approvals = db.withTables<{
    organisations: OrganisationsTable & OrganisationApprovalColumns;
  }>();
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

    async findApproval(organisationId) {
      const row = await approvals
        .selectFrom('organisations')
        .select(['approved_at', 'approved_by', 'revoked_at', 'revoked_reason'])
        .where('id', '=', organisationId)
        .executeTakeFirst();
      return row ? toApproval(row) : null;
    },

    async setApproval(organisationId, approval) {
      const result = await approvals
        .updateTable('organisations')
        .set({
          approved_at: approval.approvedAt,
          approved_by: approval.approvedBy,
          revoked_at: approval.revokedAt,
          revoked_reason: approval.revokedReason,
        })
        .where('id', '=', organisationId)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async list() {
      const rows = await approvals
        .selectFrom('organisations')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const members = await db
        .selectFrom('organisation_members')
        .innerJoin('users', 'users.id', 'organisation_members.user_id')
        .select([
          'organisation_members.organisation_id',
          'organisation_members.role',
          'users.email',
        ])
        .execute();
      return rows.map((row): OrganisationListing => {
        const mine = members.filter((m) => m.organisation_id === row.id);
        return {
          organisation: { id: row.id, name: row.name, createdAt: row.created_at },
          approval: toApproval(row),
          adminEmails: mine
            .filter((m) => m.role === 'admin')
            .map((m) => m.email)
            .sort(),
          members: mine.length,
        };
      });
    },
  };
}
