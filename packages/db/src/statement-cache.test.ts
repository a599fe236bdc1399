import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

const open: SQLite.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
});
function memory(): SQLite.Database {
  const db = new SQLite(':memory:');
  open.push(db);
  return db;
}

describe('withStatementCache', () => {
  it('prepares a statement once and hands the same one back for the same SQL', () => {
    const cached = withStatementCache(memory());
    const first = cached.prepare('SELECT 1 AS one');
    expect(cached.prepare('SELECT 1 AS one')).toBe(first);
    expect(cached.prepare('SELECT 2 AS two')).not.toBe(first);
    expect(first.all([])).toEqual([{ one: 1 }]);
  });

  it('keeps at most `limit` statements, dropping the least recently used', () => {
    const cached = withStatementCache(memory(), 2);
    const a = cached.prepare('SELECT 1');
    const b = cached.prepare('SELECT 2');
    expect(cached.prepare('SELECT 1')).toBe(a); // now the most recent
    cached.prepare('SELECT 3'); // evicts SELECT 2
    expect(cached.prepare('SELECT 1')).toBe(a);
    expect(cached.prepare('SELECT 2')).not.toBe(b);
  });

  it('gives Kysely the right rows, writes and transactions when statements are reused', async () => {
    const sqlite = memory();
    const db = new Kysely<{ t: { id: number; name: string } }>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    });
    await sql`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`.execute(db);
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto('t')
        .values({ id: i, name: `n${i}` })
        .execute();
    const read = (id: number) =>
      db.selectFrom('t').select('name').where('id', '=', id).executeTakeFirst();
    expect(await read(2)).toEqual({ name: 'n2' });
    expect(await read(4)).toEqual({ name: 'n4' });
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.updateTable('t').set({ name: 'changed' }).where('id', '=', 1).execute();
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('t').set({ name: 'kept' }).where('id', '=', 3).execute();
    });
    expect(await db.selectFrom('t').select(['id', 'name']).orderBy('id').execute()).toEqual([
      { id: 1, name: 'n1' },
      { id: 2, name: 'n2' },
      { id: 3, name: 'kept' },
      { id: 4, name: 'n4' },
      { id: 5, name: 'n5' },
    ]);
    await db.destroy();
    expect(sqlite.open).toBe(false);
  });
});
