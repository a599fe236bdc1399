import { resolve } from 'node:path';
import { databaseEnvironmentSchema, readEnvironment } from '@matchready/contract/environment';
import {
  createRepositories,
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
 * Opens the server's database (DATABASE_URL for PostgreSQL, else SQLite under DATA_DIR: the
 * contract's environment schema, as the server reads it), applies migrations, gives `work` the
 * repositories and always closes the connection.
 */
export async function withDatabase<T>(
  { env, cwd }: DatabaseEnv,
  work: (repositories: Repositories) => Promise<T>,
): Promise<T> {
  const parsed = readEnvironment(databaseEnvironmentSchema, env);
  if (!parsed.ok) throw new CliError('invalid-input', parsed.message);
  const database = openDatabase({
    url: parsed.value.DATABASE_URL,
    sqliteFile: sqliteFileIn(resolve(cwd, parsed.value.DATA_DIR)),
  });
  try {
    await migrateToLatest(database.db);
    return await work(createRepositories(database.db));
  } finally {
    await database.close();
  }
}
