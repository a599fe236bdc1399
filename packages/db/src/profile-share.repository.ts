import type { ShareableProfileField } from '@matchready/core/vocabulary';
import type { ProfileFieldShareRecord, ProfileShareRepository } from '@matchready/services';
import type { Kysely, Selectable } from 'kysely';
import type { ProfileFieldSharesTable } from './mentorship-extras-tables.ts';
import type { Database } from './schema.ts';

const toShare = (row: Selectable<ProfileFieldSharesTable>): ProfileFieldShareRecord => ({
  id: row.id,
  relationshipId: row.relationship_id,
  // Written only from SHAREABLE_PROFILE_FIELDS (the service checks the input).
  field: row.field as ShareableProfileField,
  sharedBy: row.shared_by,
  sharedAt: row.shared_at,
  revokedAt: row.revoked_at,
});

/** Profile fields shared within a relationship (decision 048). */
export function createProfileShareRepository(db: Kysely<Database>): ProfileShareRepository {
  return {
    async listByRelationship(relationshipId) {
      const rows = await db
        .selectFrom('profile_field_shares')
        .selectAll()
        .where('relationship_id', '=', relationshipId)
        .orderBy('shared_at')
        .orderBy('id')
        .execute();
      return rows.map(toShare);
    },
    async replace(relationshipId, fields, by, at, newId) {
      await db.transaction().execute(async (trx) => {
        const active = await trx
          .selectFrom('profile_field_shares')
          .select(['id', 'field'])
          .where('relationship_id', '=', relationshipId)
          .where('revoked_at', 'is', null)
          .execute();
        const wanted = new Set<string>(fields);
        const revoke = active.filter((row) => !wanted.has(row.field)).map((row) => row.id);
        if (revoke.length > 0)
          await trx
            .updateTable('profile_field_shares')
            .set({ revoked_at: at })
            .where('id', 'in', revoke)
            .execute();
        const held = new Set(active.map((row) => row.field));
        const added = [...wanted].filter((field) => !held.has(field));
        if (added.length > 0)
          await trx
            .insertInto('profile_field_shares')
            .values(
              added.map((field) => ({
                id: newId(),
                relationship_id: relationshipId,
                field,
                shared_by: by,
                shared_at: at,
                revoked_at: null,
              })),
            )
            .execute();
      });
    },
  };
}
