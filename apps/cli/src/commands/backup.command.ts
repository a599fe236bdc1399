import { resolve } from 'node:path';
import { databaseEnvironmentSchema, readEnvironment } from '@matchready/contract/environment';
import { type BackupResult, backupSqlite, restoreSqlite, sqliteFileIn } from '@matchready/db';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';

const POSTGRES_HINT =
  'DATABASE_URL is PostgreSQL: use pg_dump --format=custom and pg_restore (docs/deployment.md).';

/** The SQLite file the server uses (DATA_DIR), or a CliError for PostgreSQL / bad variables. */
function sqliteFile(context: CliContext, command: string): string {
  const parsed = readEnvironment(databaseEnvironmentSchema, process.env);
  if (!parsed.ok) throw new CliError('invalid-input', parsed.message);
  if (parsed.value.DATABASE_URL !== undefined)
    throw new CliError('invalid-input', `${command}: ${POSTGRES_HINT}`);
  return sqliteFileIn(resolve(context.cwd, parsed.value.DATA_DIR));
}

function report(result: BackupResult, context: CliContext, done: string): void {
  if (!result.ok) throw new CliError('invalid-input', result.message);
  context.stdout(`${done} (${result.pages} pages).\n`);
}

export const backupCommand: Command = {
  usage: `Usage: matchready backup --out FILE

Copies the SQLite database (DATA_DIR, default ./data) to FILE with SQLite's online backup API:
consistent while the server runs. FILE must not exist; it is created readable by you only.
PostgreSQL: ${POSTGRES_HINT}

Exit codes: 0 done · 1 unexpected error · 2 invalid input`,
  async run(args, context) {
    const { values } = parseCommandArgs('backup', args, { out: { type: 'string' } });
    if (!values.out) throw new CliError('invalid-input', 'backup: --out FILE is required');
    const from = sqliteFile(context, 'backup');
    report(
      await backupSqlite(from, resolve(context.cwd, values.out)),
      context,
      `Backed up ${from}`,
    );
  },
};

export const restoreCommand: Command = {
  usage: `Usage: matchready restore FILE

Replaces the SQLite database (DATA_DIR, default ./data) with the backup FILE, after checking
that FILE is a sound MatchReady database. Stop the server first.
PostgreSQL: ${POSTGRES_HINT}

Exit codes: 0 done · 1 unexpected error · 2 invalid input`,
  async run(args, context) {
    const { positionals } = parseCommandArgs('restore', args, {});
    const file = positionals[0];
    if (file === undefined || positionals.length > 1)
      throw new CliError('invalid-input', 'restore: give exactly one backup FILE');
    const to = sqliteFile(context, 'restore');
    report(await restoreSqlite(resolve(context.cwd, file), to), context, `Restored ${to}`);
  },
};
