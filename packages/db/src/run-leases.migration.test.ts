import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrateUpTo } from './migrations.ts';
import { createSimulationRepository } from './simulation.repository.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('0011-run-leases', () => {
  it('leaves runs from before it without a heartbeat: abandoned whatever the cut-off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matchready-0011-'));
    dirs.push(dir);
    const handle = openDatabase({ url: undefined, sqliteFile: join(dir, 'm.sqlite') });
    try {
      await migrateUpTo(handle.db, '0010-mentorship-extras');
      await sql`insert into users (id, email, display_name, role, password_hash, created_at)
        values ('u1', 'a@example.org', 'A', 'applicant', 'x', '2025-01-01T00:00:00.000Z')`.execute(
        handle.db,
      );
      for (const [id, status] of [
        ['old-running', 'running'],
        ['old-done', 'done'],
      ])
        await sql`insert into program_simulations (id, owner_id, rank_list_id, program_ids, runs,
          competitors, seed, status, progress, result, error, created_at, updated_at, finished_at)
          values (${id}, 'u1', null, '["SYN-0001"]', 10, null, 1, ${status}, 0.5, null, null,
          '2025-01-02T00:00:00.000Z', '2025-01-02T00:00:00.000Z', null)`.execute(handle.db);
      await migrateToLatest(handle.db);
      const simulations = createSimulationRepository(handle.db);
      const now = '2025-01-02T00:00:01.000Z';
      // A cut-off long before the row was written still fails it: no heartbeat, no process.
      expect(await simulations.failAbandoned('gone', '2000-01-01T00:00:00.000Z', now)).toBe(1);
      expect(await simulations.findById('old-running')).toMatchObject({
        status: 'failed',
        finishedAt: now,
      });
      expect((await simulations.findById('old-done'))?.status).toBe('done');
    } finally {
      await handle.close();
    }
  });
});
