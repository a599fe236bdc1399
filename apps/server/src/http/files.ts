import {
  type CreateInstanceRequest,
  MAX_PROGRAM_FILE_BYTES,
  type ProgramImportRequest,
} from '@matchready/contract';
import { nothingImported, parseInstanceFile, parseProgramFile } from '@matchready/contract/files';
import {
  AppError,
  type InstanceUpload,
  invalidInput,
  type ProgramUpload,
} from '@matchready/services';

/**
 * Uploaded files are read here, at the edge, with the contract's parsers: a file that does not
 * parse is a 400 with every issue (and its line), and the services only ever see records.
 */

/** A match instance file: its syntax here; its shape, rules and size in the match service. */
export function instanceFromUpload(
  body: Pick<CreateInstanceRequest, 'format' | 'content'>,
): Pick<InstanceUpload, 'problem' | 'locate'> {
  const file = parseInstanceFile(body.format, body.content);
  if (!file.ok) {
    const n = file.issues.length;
    throw invalidInput(`The instance is not valid (${n === 1 ? '1 issue' : `${n} issues`})`, [
      ...file.issues,
    ]);
  }
  return { problem: file.problem, locate: file.locate };
}

/** A program file: every row checked here (all or nothing), then imported by the catalogue. */
export function programsFromUpload({ content, ...body }: ProgramImportRequest): ProgramUpload {
  if (Buffer.byteLength(content, 'utf8') > MAX_PROGRAM_FILE_BYTES)
    throw new AppError('payload-too-large', 'Program files are limited to 10 MB');
  const file = parseProgramFile(body.format, content);
  if (!file.ok) throw invalidInput(nothingImported(file.issues.length), [...file.issues]);
  return { ...body, programs: file.records };
}
