import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite, restoreSqlite } from './backup.ts';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrations.ts';
import { createRepositories } from './repositories.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'matchready-backup-'));
  dirs.push(dir);
  return dir;
};
const user = (n: number) => ({
  id: `00000000-0000-4000-8000-00000000000${n}`,
  email: `u${n}@example.org`,
  displayName: `U${n}`,
  role: 'applicant' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  isDemo: false,
  passwordHash: 'h',
});

describe('SQLite backup and restore', () => {
  it('backs up a live database (0600) and restores it over a later state', async () => {
    const dir = tempDir();
    const file = join(dir, 'matchready.sqlite');
    const live = openDatabase({ sqliteFile: file });
    try {
      await migrateToLatest(live.db);
      const repos = createRepositories(live.db);
      await repos.users.create(user(1));
      const out = join(dir, 'backup.sqlite');
      const backedUp = await backupSqlite(file, out);
      expect(backedUp.ok).toBe(true);
      expect((statSync(out).mode & 0o777).toString(8)).toBe('600');
      expect(await backupSqlite(file, out)).toEqual({
        ok: false,
        message: `${out} already exists`,
      });
      await repos.users.create(user(2));
    } finally {
      await live.close();
    }
    expect((await restoreSqlite(join(dir, 'backup.sqlite'), file)).ok).toBe(true);
    const restored = openDatabase({ sqliteFile: file });
    try {
      const users = await createRepositories(restored.db).users.list();
      expect(users.map((u) => u.email)).toEqual(['u1@example.org']);
    } finally {
      await restored.close();
    }
  });

  it('refuses to restore a file that is not a MatchReady database, leaving the target alone', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database at all');
    const result = await restoreSqlite(junk, join(dir, 'target.sqlite'));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain('junk.sqlite');
    expect(await restoreSqlite(join(dir, 'missing'), join(dir, 't'))).toEqual({
      ok: false,
      message: `No backup at ${join(dir, 'missing')}`,
    });
  });
});
