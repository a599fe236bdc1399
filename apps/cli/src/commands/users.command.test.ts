import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { openDatabase, sqliteFileIn } from '@matchready/db';
import { verify } from '@node-rs/argon2';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../command.ts';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';
import { createUsersCommand } from './users.command.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-users-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Runs the command in process, with `input` as piped stdin; returns output or the error. */
async function run(args: string[], input = '') {
  let stdout = '';
  let stderr = '';
  const context: CliContext = {
    cwd: dir,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  };
  const stdin = Readable.from([input]) as unknown as NodeJS.ReadStream;
  const error = await createUsersCommand(stdin)
    .run(args, context)
    .then(
      () => undefined,
      (e: unknown) => e as { code: string; message: string; issues?: { message: string }[] },
    );
  return { stdout, stderr, error };
}

async function usersInDatabase() {
  const database = openDatabase({ sqliteFile: sqliteFileIn(join(dir, 'data')) });
  try {
    return await database.db
      .selectFrom('users')
      .select(['email', 'role', 'password_hash'])
      .execute();
  } finally {
    await database.close();
  }
}

describe('matchready users create-admin', { timeout: 60_000 }, () => {
  it('creates a site admin in ./data with an argon2id hash (the real bin, end to end)', async () => {
    const cli = await runCli(
      [
        'users',
        'create-admin',
        '--email',
        'Root@Example.org',
        '--password',
        'a long admin password',
      ],
      dir,
    );
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/^Created site admin root@example\.org \([0-9a-f-]{36}\)\.\n$/);
    const [admin, ...others] = await usersInDatabase();
    expect(others).toEqual([]);
    expect(admin).toMatchObject({ email: 'root@example.org', role: 'site-admin' });
    expect(admin?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(admin?.password_hash ?? '', 'a long admin password')).toBe(true);
    const taken = await runCli(
      ['users', 'create-admin', '--email', 'ROOT@example.org', '--password', 'long enough pw'],
      dir,
    );
    expect(taken.code).toBe(2);
    expect(taken.stderr).toBe('matchready: An account with this email already exists\n');
    expect(hasStackTrace(taken.stderr)).toBe(false);
  });

  it('reads the password from the first line of piped stdin', async () => {
    const result = await run(
      ['create-admin', '--email', 'root@example.org'],
      'piped password 123\nignored\n',
    );
    expect(result.error).toBeUndefined();
    expect(result.stdout).toContain('Created site admin root@example.org');
    const [admin] = await usersInDatabase();
    expect(await verify(admin?.password_hash ?? '', 'piped password 123')).toBe(true);
  });

  it('refuses a short password and a bad email as invalid input, creating nothing', async () => {
    const short = await run(['create-admin', '--email', 'root@example.org'], 'short\n');
    expect(short.error).toMatchObject({
      code: 'invalid-input',
      message: 'users: invalid --password',
      issues: [{ message: 'Passwords need at least 10 characters' }],
    });
    const email = await run(['create-admin', '--email', 'nope', '--password', 'long enough pw']);
    expect(email.error).toMatchObject({
      code: 'invalid-input',
      issues: [{ message: 'Enter a valid email address' }],
    });
    // Input is checked before the database is even opened.
    expect(existsSync(sqliteFileIn(join(dir, 'data')))).toBe(false);
  });

  it('explains missing or unknown arguments', async () => {
    expect((await run([])).error?.message).toContain('missing subcommand (expected create-admin');
    expect((await run(['delete'])).error?.message).toContain('unknown subcommand "delete"');
    expect((await run(['create-admin', '--password', 'long enough pw'])).error?.message).toBe(
      'users create-admin: --email is required',
    );
    expect((await run(['create-admin', '--mail', 'x'])).error?.code).toBe('invalid-input');
  });
});
