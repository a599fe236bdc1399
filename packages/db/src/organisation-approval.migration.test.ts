import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrateUpTo } from './migrations.ts';
import { createOrganisationRepository } from './organisation.repository.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('0008-organisation-approval', () => {
  it('approves the organisations that existed before it, as of their creation; new ones wait', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matchready-0008-'));
    dirs.push(dir);
    const handle = openDatabase({ url: undefined, sqliteFile: join(dir, 'm.sqlite') });
    try {
      await migrateUpTo(handle.db, '0007-hardening');
      await sql`insert into users (id, email, display_name, role, password_hash, created_at)
        values ('u1', 'a@example.org', 'A', 'organisation-admin', 'x', '2025-01-01T00:00:00.000Z')`.execute(
        handle.db,
      );
      await sql`insert into organisations (id, name, owner_id, created_at)
        values ('o1', 'Before', 'u1', '2025-01-02T00:00:00.000Z')`.execute(handle.db);
      await migrateToLatest(handle.db);
      const organisations = createOrganisationRepository(handle.db);
      expect(await organisations.findApproval('o1')).toEqual({
        approvedAt: '2025-01-02T00:00:00.000Z',
        approvedBy: null,
        revokedAt: null,
        revokedReason: null,
      });
      await sql`insert into organisations (id, name, owner_id, created_at)
        values ('o2', 'After', 'u1', '2025-03-01T00:00:00.000Z')`.execute(handle.db);
      expect((await organisations.findApproval('o2'))?.approvedAt).toBeNull();
    } finally {
      await handle.close();
    }
  });
});
