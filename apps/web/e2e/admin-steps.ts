import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type RunningServer, repoRoot } from './harness.ts';

const bin = join(repoRoot, 'apps', 'cli', 'bin', 'matchready.js');

/**
 * Runs the real `matchready` command against the journey server's database, as an operator
 * would on the host (site admins and organisation approval: decision 040).
 */
export function operatorCli(server: RunningServer, args: readonly string[]): string {
  if (server.dataDir === '')
    throw new Error('this journey runs the CLI on the server database: unset E2E_BASE_URL');
  return execFileSync(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    // The server's environment and data directory, so both use the same database.
    env: { ...process.env, DATA_DIR: server.dataDir },
    encoding: 'utf8',
  });
}

/** The operator makes a site admin (site admins cannot sign up). */
export function createSiteAdmin(
  server: RunningServer,
  person: { email: string; password: string; name: string },
): void {
  operatorCli(server, [
    'users',
    'create-admin',
    '--email',
    person.email,
    '--password',
    person.password,
    '--name',
    person.name,
  ]);
}

/** On a fresh page: signs in and waits for the app. */
export async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel(/^Password/).fill(person.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
