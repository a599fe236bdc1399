import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  createRepositories,
  isPostgresUrl,
  migrateToLatest,
  openDatabase,
  sqliteFileIn,
} from '@matchready/db';
import {
  createProgramCatalogueService,
  type DatasetFilter,
  detectProgramFormat,
  isAppError,
  MAX_PROGRAM_FILE_BYTES,
  type ProgramCatalogueService,
} from '@matchready/services';
import { CliError } from '../errors.ts';
import { lineIssue, readTextFile } from './programs-files.ts';

export interface DatabaseEnv {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

/** The server's database (same variables and defaults), migrated, for the duration of `work`. */
async function withCatalogue<T>(
  { env, cwd }: DatabaseEnv,
  work: (catalogue: ProgramCatalogueService) => Promise<T>,
): Promise<T> {
  const url = env.DATABASE_URL?.trim() || undefined;
  if (url !== undefined && !isPostgresUrl(url))
    throw new CliError(
      'invalid-input',
      'DATABASE_URL must be a postgres:// URL (unset it for SQLite)',
    );
  const database = openDatabase({
    url,
    sqliteFile: sqliteFileIn(resolve(cwd, env.DATA_DIR?.trim() || './data')),
  });
  try {
    await migrateToLatest(database.db);
    const catalogue = createProgramCatalogueService({
      catalogue: createRepositories(database.db).programs.catalogue,
      clock: { now: () => new Date() },
      ids: { newId: () => crypto.randomUUID() },
    });
    return await work(catalogue);
  } finally {
    await database.close();
  }
}

export async function importFile(
  file: string,
  dataset: string | undefined,
  db: DatabaseEnv,
  out: (text: string) => void,
  warn: (text: string) => void,
): Promise<void> {
  const path = resolve(db.cwd, file);
  const size = await stat(path).then(
    (s) => s.size,
    () => null,
  );
  if (size !== null && size > MAX_PROGRAM_FILE_BYTES)
    throw new CliError('invalid-input', `"${file}" is larger than 10 MB (${size} bytes)`);
  const content = await readTextFile(file, db.cwd);
  const format = detectProgramFormat(file, content);
  await withCatalogue(db, async (catalogue) => {
    try {
      const done = await catalogue.import(null, {
        format,
        content,
        dataset: dataset ?? basename(file),
        filename: basename(file),
      });
      const { programs, replaced } = done.import;
      out(
        `Imported ${programs} programs from "${file}" (${format.toUpperCase()}) as dataset "${done.import.dataset}"${replaced > 0 ? `, replacing ${replaced} with the same id` : ''}.\n`,
      );
      for (const warning of done.warnings) warn(`warning: ${warning}\n`);
    } catch (error) {
      if (isAppError(error) && error.code === 'invalid-input')
        throw new CliError(
          'invalid-input',
          `programs import: "${file}": ${error.message}`,
          (error.details.issues ?? []).map(lineIssue),
        );
      throw error;
    }
  });
}

export async function exportCatalogue(
  format: 'csv' | 'json',
  dataset: DatasetFilter,
  db: DatabaseEnv,
): Promise<string> {
  return withCatalogue(db, async (catalogue) => (await catalogue.export(format, dataset)).content);
}
