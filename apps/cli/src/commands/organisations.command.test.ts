import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRepositories, migrateToLatest, openDatabase, sqliteFileIn } from '@matchready/db';
import { newUser } from '@matchready/services/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../command.ts';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';
import { organisationsCommand } from './organisations.command.ts';

let dir: string;

/** Two organisations waiting for approval, in the database the command will open (./data). */
async function seed() {
  const database = openDatabase({ sqliteFile: sqliteFileIn(join(dir, 'data')) });
  try {
    await migrateToLatest(database.db);
    const { users } = createRepositories(database.db);
    await users.create(newUser(1, { role: 'organisation-admin' }), {
      id: 'org-bridge',
      name: 'Bridge Network',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await users.create(newUser(2, { role: 'organisation-admin' }), {
      id: 'org-other',
      name: 'Other Society',
      createdAt: '2026-01-02T00:00:00.000Z',
    });
  } finally {
    await database.close();
  }
}

async function approvalOf(id: string) {
  const database = openDatabase({ sqliteFile: sqliteFileIn(join(dir, 'data')) });
  try {
    return await createRepositories(database.db).organisations.findApproval(id);
  } finally {
    await database.close();
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-orgs-'));
  await seed();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let stdout = '';
  const context: CliContext = {
    cwd: dir,
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
  };
  const error = await organisationsCommand.run(args, context).then(
    () => undefined,
    (e: unknown) => e as { code: string; message: string },
  );
  return { stdout, error };
}

describe('matchready organisations', { timeout: 60_000 }, () => {
  it('lists waiting organisations and approves one by name (the real bin, end to end)', async () => {
    const listed = await runCli(['organisations', 'list'], dir);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toContain('pending  org-bridge  Bridge Network\n');
    expect(listed.stdout).toContain('admins user1@example.org · 1 member(s) · 0 program(s)');
    expect(listed.stdout).toContain('pending  org-other  Other Society\n');

    const approved = await runCli(['organisations', 'approve', 'bridge NETWORK'], dir);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.stdout).toBe('Approved Bridge Network (org-bridge).\n');
    expect(await approvalOf('org-bridge')).toMatchObject({ approvedBy: null, revokedAt: null });
    expect((await approvalOf('org-bridge'))?.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await approvalOf('org-other'))?.approvedAt).toBeNull();

    const unknown = await runCli(['organisations', 'approve', 'Nobody'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('matchready: Organisation "Nobody" was not found\n');
    expect(hasStackTrace(unknown.stderr)).toBe(false);
  });

  it('revokes by id with a reason, shown in the JSON list; waiting ones come first', async () => {
    await run(['approve', 'org-other']);
    const missing = await run(['revoke', 'org-other']);
    expect(missing.error).toMatchObject({
      code: 'invalid-input',
      message: 'organisations revoke: --reason TEXT is required',
    });
    expect((await approvalOf('org-other'))?.approvedAt).not.toBeNull();

    const revoked = await run(['revoke', 'org-other', '--reason', 'Not a real organisation']);
    expect(revoked.error).toBeUndefined();
    expect(revoked.stdout).toBe('Revoked Other Society (org-other).\n');
    const json = await run(['list', '--json']);
    const rows = JSON.parse(json.stdout) as { id: string; status: string; revokedReason: string }[];
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      ['org-bridge', 'pending'],
      ['org-other', 'revoked'],
    ]);
    expect(rows[1]?.revokedReason).toBe('Not a real organisation');
  });

  it('explains missing or unknown arguments', async () => {
    expect((await run([])).error?.message).toContain('missing subcommand');
    expect((await run(['promote', 'x'])).error?.message).toContain('unknown subcommand "promote"');
    expect((await run(['approve'])).error?.code).toBe('invalid-input');
    expect((await run(['approve', 'a', 'b'])).error?.code).toBe('invalid-input');
    expect((await run(['approve', 'org-bridge', '--reason', 'x'])).error?.code).toBe(
      'invalid-input',
    );
    expect((await approvalOf('org-bridge'))?.approvedAt).toBeNull();
  });
});
