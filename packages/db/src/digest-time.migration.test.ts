import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrateToLatest, migrateUpTo } from './migrations.ts';
import { createTimelineRepository } from './timeline.repository.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('0013-digest-time', () => {
  it('makes a reminder sent before the upgrade due the next morning, and one never sent due now', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matchready-0013-'));
    dirs.push(dir);
    const handle = openDatabase({ url: undefined, sqliteFile: join(dir, 'm.sqlite') });
    try {
      await migrateUpTo(handle.db, '0012-meeting-sequence');
      for (const [id, last] of [
        ['had-one', '2026-12-02'],
        ['never', null],
      ] as const) {
        await sql`insert into users (id, email, display_name, role, password_hash, created_at)
          values (${id}, ${`${id}@example.org`}, ${id}, 'applicant', 'x',
          ${`2025-01-0${id === 'had-one' ? 1 : 2}T00:00:00.000Z`})`.execute(handle.db);
        await sql`insert into timeline_settings (user_id, season, digest_enabled, last_digest_on,
          calendar_token_hash, completed, updated_at)
          values (${id}, null, 1, ${last}, null, '[]', '2025-01-01T00:00:00.000Z')`.execute(
          handle.db,
        );
      }
      await migrateToLatest(handle.db);
      const timeline = createTimelineRepository(handle.db);
      // The day of the upgrade: only the one who never had a reminder is due.
      expect(await timeline.listDigestRecipients('2026-12-02T20:00:00.000Z', 10)).toEqual([
        { userId: 'never', nextDigestAt: null, timeZone: null },
      ]);
      expect(await timeline.listDigestRecipients('2026-12-03T07:00:00.000Z', 10)).toEqual([
        { userId: 'had-one', nextDigestAt: '2026-12-03T07:00:00.000Z', timeZone: null },
        { userId: 'never', nextDigestAt: null, timeZone: null },
      ]);
    } finally {
      await handle.close();
    }
  });
});
