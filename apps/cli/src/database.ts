import { resolve } from 'node:path';
import {
  createRepositories,
  isPostgresUrl,
  migrateToLatest,
  openDatabase,
  type Repositories,
  sqliteFileIn,
} from '@matchready/db';
import { CliError } from './errors.ts';

/** Where a command finds the server's database: the same variables and defaults as the server. */
export interface DatabaseEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The system clock and UUIDs, as the server composes them. */
export const systemAdapters = {
  clock: { now: () => new Date() },
  ids: { newId: () => crypto.randomUUID() },
} as const;

/**
 * Opens the server's database (DATABASE_URL for PostgreSQL, else SQLite under DATA_DIR), applies
 * migrations, gives `work` the repositories and always closes the connection.
 */
export async function withDatabase<T>(
  { env, cwd }: DatabaseEnv,
  work: (repositories: Repositories) => Promise<T>,
): Promise<T> {
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
    return await work(createRepositories(database.db));
  } finally {
    await database.close();
  }
}
