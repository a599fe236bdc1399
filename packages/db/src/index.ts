export { type BackupResult, backupSqlite, restoreSqlite } from './backup.ts';
export {
  type DatabaseHandle,
  type DatabaseKind,
  type DatabaseOptions,
  isPostgresUrl,
  openDatabase,
  sqliteFileIn,
} from './database.ts';
export { MIGRATION_NAMES, migrateToLatest } from './migrations.ts';
export { ARGON2_DEFAULTS, type Argon2Parameters, createArgon2Hasher } from './password-hasher.ts';
export { createRepositories, type Repositories } from './repositories.ts';
export type { Database } from './schema.ts';
export {
  disposeTestDatabases,
  openTestDatabase,
  openTestPostgresDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from './test-database.ts';
