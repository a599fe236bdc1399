import { resolve } from 'node:path';
import {
  createRepositories,
  isPostgresUrl,
  migrateToLatest,
  openDatabase,
  sqliteFileIn,
} from '@matchready/db';
import { createDirectoryService, type PasswordHasher, type User } from '@matchready/services';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { CliError } from '../errors.ts';

/**
 * argon2id at the server's parameters (apps/server/src/security.adapter.ts; OWASP baseline), so
 * an admin made here signs in like anyone else. `verify` reads the parameters from the hash.
 */
const passwords: PasswordHasher = {
  hash: (password) =>
    hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 as Algorithm }),
  verify: (stored, password) => verify(stored, password),
};

export interface DatabaseEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** Opens the server's database (same variables and defaults), migrates, creates the admin. */
export async function createSiteAdmin(
  input: { email: string; password: string; displayName?: string },
  { env, cwd }: DatabaseEnv,
): Promise<User> {
  const url = env.DATABASE_URL?.trim() || undefined;
  if (url !== undefined && !isPostgresUrl(url)) {
    throw new CliError(
      'invalid-input',
      'DATABASE_URL must be a postgres:// URL (unset it for SQLite)',
    );
  }
  const database = openDatabase({
    url,
    sqliteFile: sqliteFileIn(resolve(cwd, env.DATA_DIR?.trim() || './data')),
  });
  try {
    await migrateToLatest(database.db);
    const directory = createDirectoryService({
      ...createRepositories(database.db),
      passwords,
      clock: { now: () => new Date() },
      ids: { newId: () => crypto.randomUUID() },
    });
    return await directory.createSiteAdmin(input);
  } finally {
    await database.close();
  }
}
