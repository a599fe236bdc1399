import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, type DatabaseKind, openDatabase } from './database.ts';
import { migrateToLatest } from './migrations.ts';

export interface TestDatabase extends DatabaseHandle {
  /** Closes the connection and removes the file or schema. */
  dispose(): Promise<void>;
}

/** SQLite always; PostgreSQL too when TEST_POSTGRES_URL is set (CI: scripts/with-postgres.sh). */
export function testDatabaseKinds(): DatabaseKind[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

const randomName = (prefix: string) => `${prefix}_${randomUUID().replaceAll('-', '')}`;

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * One PostgreSQL database per test file (module instance), one schema per test inside it:
 * Kysely's migrator introspects every schema of its database, so schemas dropped by tests
 * running in parallel elsewhere must live in other databases.
 */
let fileDatabase: Promise<{ url: string; name: string }> | undefined;

function postgresDatabase(baseUrl: string) {
  fileDatabase ??= (async () => {
    const name = randomName('matchready_test');
    await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
    const url = new URL(baseUrl);
    url.pathname = `/${name}`;
    return { url: url.toString(), name };
  })();
  return fileDatabase;
}

/** Drops this file's PostgreSQL test database (after its last test). */
export async function disposeTestDatabases(): Promise<void> {
  const base = process.env.TEST_POSTGRES_URL;
  const current = fileDatabase;
  fileDatabase = undefined;
  if (!base || !current) return;
  const { name } = await current;
  await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

/**
 * A migrated, empty database for one test: a temp SQLite file, or a fresh PostgreSQL schema
 * (so runs never see each other's data).
 */
export async function openTestDatabase(kind: DatabaseKind = 'sqlite'): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'matchready-db-'));
    const handle = openDatabase({ sqliteFile: join(dir, 'test.sqlite') });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      dispose: async () => {
        await handle.close();
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  const base = process.env.TEST_POSTGRES_URL;
  if (!base) throw new Error('TEST_POSTGRES_URL is not set');
  const { url } = await postgresDatabase(base);
  const schema = randomName('test');
  await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const handle = openDatabase({ sqliteFile: ':memory:', url, postgresSchema: schema });
  await migrateToLatest(handle.db, { schema });
  return {
    ...handle,
    dispose: async () => {
      await handle.close();
      await adminQuery(url, `DROP SCHEMA ${schema} CASCADE`);
    },
  };
}

/**
 * A fresh, migrated PostgreSQL database of its own (public schema) and its URL: for tests that
 * start server processes on it (apps/server/src/jobs/*.postgres.test.ts). Dropped by `dispose`.
 */
export async function openTestPostgresDatabase(): Promise<TestDatabase & { readonly url: string }> {
  const base = process.env.TEST_POSTGRES_URL;
  if (!base)
    throw new Error('TEST_POSTGRES_URL is not set: run the tests through scripts/with-postgres.sh');
  const name = randomName('matchready_test');
  await adminQuery(base, `CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = openDatabase({ sqliteFile: ':memory:', url: url.toString() });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await adminQuery(base, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
