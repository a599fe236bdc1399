import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateToLatest, openDatabase, sqliteFileIn } from '@matchready/db';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from '../errors.ts';
import { backupCommand, restoreCommand } from './backup.command.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const context = (cwd: string) => {
  const out: string[] = [];
  return { cwd, out, stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t) };
};

describe('matchready backup / restore', () => {
  it('backs up the DATA_DIR database and restores it; refuses bad arguments with exit 2', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'matchready-cli-backup-'));
    dirs.push(cwd);
    delete process.env.DATABASE_URL;
    delete process.env.DATA_DIR;
    const db = openDatabase({ sqliteFile: sqliteFileIn(join(cwd, 'data')) });
    await migrateToLatest(db.db);
    await db.close();
    const ctx = context(cwd);
    await backupCommand.run(['--out', 'b.sqlite'], ctx);
    expect(existsSync(join(cwd, 'b.sqlite'))).toBe(true);
    expect(ctx.out.join('')).toMatch(/^Backed up .*matchready\.sqlite \(\d+ pages\)\.\n$/);
    await restoreCommand.run(['b.sqlite'], ctx);
    expect(ctx.out.join('')).toContain('Restored');

    const fail = (promise: Promise<void>) =>
      promise.then(
        () => null,
        (e: unknown) => (e instanceof CliError ? e.code : 'other'),
      );
    expect(await fail(backupCommand.run([], ctx))).toBe('invalid-input');
    expect(await fail(backupCommand.run(['--out', 'b.sqlite'], ctx))).toBe('invalid-input');
    expect(await fail(restoreCommand.run(['nothing.sqlite'], ctx))).toBe('invalid-input');
    process.env.DATABASE_URL = 'postgres://u@127.0.0.1:1/x';
    try {
      expect(await fail(backupCommand.run(['--out', 'c.sqlite'], ctx))).toBe('invalid-input');
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
