import { chmodSync, existsSync } from 'node:fs';
import SQLite from 'better-sqlite3';

/**
 * SQLite backup and restore with SQLite's online backup API (better-sqlite3 `backup()`): a
 * consistent copy page by page while the server keeps running. PostgreSQL uses pg_dump and
 * pg_restore (docs/deployment.md).
 */

export type BackupResult = { ok: true; pages: number } | { ok: false; message: string };

/** Copies the live database at `sqliteFile` to `outFile` (created mode 0600; must not exist). */
export async function backupSqlite(sqliteFile: string, outFile: string): Promise<BackupResult> {
  if (!existsSync(sqliteFile)) return { ok: false, message: `No database at ${sqliteFile}` };
  if (existsSync(outFile)) return { ok: false, message: `${outFile} already exists` };
  const source = new SQLite(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const progress = await source.backup(outFile);
    chmodSync(outFile, 0o600);
    return { ok: true, pages: progress.totalPages };
  } finally {
    source.close();
  }
}

/**
 * Replaces the database at `sqliteFile` with the backup `backupFile`, after checking the backup
 * is a sound MatchReady database (integrity check and migration table). The server must be
 * stopped: a running server keeps the old database open.
 */
export async function restoreSqlite(backupFile: string, sqliteFile: string): Promise<BackupResult> {
  if (!existsSync(backupFile)) return { ok: false, message: `No backup at ${backupFile}` };
  let backup: SQLite.Database;
  try {
    backup = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  } catch (error) {
    return { ok: false, message: `${backupFile} is not a SQLite database (${String(error)})` };
  }
  try {
    const check = problemOf(backup);
    if (check !== null) return { ok: false, message: `${backupFile}: ${check}` };
    const progress = await backup.backup(sqliteFile);
    chmodSync(sqliteFile, 0o600);
    return { ok: true, pages: progress.totalPages };
  } finally {
    backup.close();
  }
}

function problemOf(db: SQLite.Database): string | null {
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity check failed (${String(integrity)})`;
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    return table === undefined ? 'not a MatchReady database (no migrations table)' : null;
  } catch (error) {
    return `not a SQLite database (${error instanceof Error ? error.message : String(error)})`;
  }
}
