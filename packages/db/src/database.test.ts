import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database.ts';
import { migrateToLatest } from './migrations.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase (SQLite)', () => {
  it('creates the database, its WAL and shared-memory files readable by the owner only (issue 12)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'matchready-mode-'));
    dirs.push(dir);
    const file = join(dir, 'data', 'matchready.sqlite');
    const handle = openDatabase({ url: undefined, sqliteFile: file });
    try {
      await migrateToLatest(handle.db);
      for (const path of [file, `${file}-wal`, `${file}-shm`]) {
        expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
      }
      expect((statSync(join(dir, 'data')).mode & 0o777).toString(8)).toBe('700');
    } finally {
      await handle.close();
    }
  });
});
