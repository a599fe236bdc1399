import type { ProfileFieldShareRecord } from '../mentorship/mentorship-domain.ts';
import type { ProfileShareRepository } from '../mentorship/mentorship-ports.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** In-memory fake of ProfileShareRepository; `replace` has no await, so it is atomic. */
export function createInMemoryProfileShares() {
  const rows = new Map<string, ProfileFieldShareRecord>();
  const repository: ProfileShareRepository = {
    listByRelationship: async (relationshipId) =>
      [...rows.values()]
        .filter((row) => row.relationshipId === relationshipId)
        .sort((a, b) => cmp(a.sharedAt, b.sharedAt) || cmp(a.id, b.id)),
    replace: async (relationshipId, fields, by, at, newId) => {
      const wanted = new Set<string>(fields);
      const active = [...rows.values()].filter(
        (row) => row.relationshipId === relationshipId && row.revokedAt === null,
      );
      for (const row of active)
        if (!wanted.has(row.field)) rows.set(row.id, { ...row, revokedAt: at });
      const held = new Set<string>(active.map((row) => row.field));
      for (const field of fields)
        if (!held.has(field)) {
          const id = newId();
          rows.set(id, { id, relationshipId, field, sharedBy: by, sharedAt: at, revokedAt: null });
        }
    },
  };
  return {
    repository,
    /** Mirrors ON DELETE CASCADE: shares go with their relationship or their sharer. */
    forget(keep: (row: ProfileFieldShareRecord) => boolean) {
      for (const [id, row] of rows) if (!keep(row)) rows.delete(id);
    },
  };
}
