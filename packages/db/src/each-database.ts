import { afterAll, afterEach, beforeEach, describe } from 'vitest';
import { createRepositories, type Repositories } from './repositories.ts';
import {
  disposeTestDatabases,
  openTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from './test-database.ts';

export interface DatabaseFixture {
  readonly database: TestDatabase;
  readonly repos: Repositories;
}

/** Runs the same suite on every configured database, each test on a fresh one. */
export function describeEachDatabase(
  name: string,
  suite: (fixture: () => DatabaseFixture) => void,
) {
  for (const kind of testDatabaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let current: DatabaseFixture | undefined;
      beforeEach(async () => {
        const database = await openTestDatabase(kind);
        current = { database, repos: createRepositories(database.db) };
      });
      afterEach(async () => {
        await current?.database.dispose();
        current = undefined;
      });
      afterAll(disposeTestDatabases);
      suite(() => {
        if (!current) throw new Error('database fixture used outside a test');
        return current;
      });
    });
  }
}
