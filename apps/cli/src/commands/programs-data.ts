import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { MAX_PROGRAM_FILE_BYTES } from '@matchready/contract';
import { nothingImported, programExportFile } from '@matchready/contract/files';
import {
  createProgramCatalogueService,
  type DatasetFilter,
  isAppError,
  type ProgramCatalogueService,
} from '@matchready/services';
import { type DatabaseEnv, systemAdapters, withDatabase } from '../database.ts';
import { CliError } from '../errors.ts';
import { lineIssue, readProgramFile } from './programs-files.ts';

/** The server's database, migrated, for the duration of `work`. */
function withCatalogue<T>(
  db: DatabaseEnv,
  work: (catalogue: ProgramCatalogueService) => Promise<T>,
): Promise<T> {
  return withDatabase(db, (repositories) =>
    work(
      createProgramCatalogueService({
        catalogue: repositories.programs.catalogue,
        organisations: repositories.organisations,
        ...systemAdapters,
      }),
    ),
  );
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
  // Every row is checked before the database is opened: a bad file writes nothing.
  const { format, records } = await readProgramFile(
    file,
    db.cwd,
    (n) => `programs import: "${file}": ${nothingImported(n)}`,
  );
  await withCatalogue(db, async (catalogue) => {
    try {
      const done = await catalogue.import(null, {
        format,
        programs: records,
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
  return withCatalogue(
    db,
    async (catalogue) => programExportFile(format, await catalogue.export(dataset)).content,
  );
}
