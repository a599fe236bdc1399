import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * better-sqlite3 behind Kysely, with prepared statements kept and reused by their SQL text.
 * Kysely's SQLite driver prepares every statement anew, and under load that was the largest single
 * cost of a read (docs/benchmarks.md, "Load"): a request runs the same few statements (session,
 * user, the data) every time. The cache is bounded, least recently used first out, because SQL
 * with an IN list of varying length makes new texts. A statement is reused only after the
 * previous run finished: Kysely's driver runs one query at a time on its single connection and
 * this code never streams (a streaming `iterate` would hold its statement until drained).
 */
export function withStatementCache(sqlite: SQLite.Database, limit = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql) {
      const cached = cache.get(sql);
      if (cached !== undefined) {
        // Move to the most recent end; Map keeps insertion order.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = sqlite.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > limit) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}
