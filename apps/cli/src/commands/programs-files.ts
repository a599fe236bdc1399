import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  detectProgramFormat,
  type FileIssue,
  type ProgramFileRecord,
  parseProgramFile,
} from '@matchready/contract/files';
import type { Issue } from '@matchready/core';
import { CliError } from '../errors.ts';

/** A text file (relative to cwd), with the CLI's usual file errors. */
export async function readTextFile(file: string, cwd: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
    if (code === 'ENOENT') throw new CliError('not-found', `cannot read "${file}": no such file`);
    if (code === 'EISDIR')
      throw new CliError('invalid-input', `cannot read "${file}": it is a directory`);
    throw new CliError('invalid-input', `cannot read "${file}"`);
  }
}

/** "Line 5: …" issues read better as `line 5: …` on a terminal. */
export const lineIssue = (issue: Issue | FileIssue): Issue => {
  const [where, n] = issue.path;
  return where === 'line' && typeof n === 'number'
    ? { ...issue, path: [`line ${n}`], message: issue.message.replace(/^Line \d+: /, '') }
    : issue;
};

/**
 * A program file (CSV or JSON) read whole with the contract's parser, and its format; every bad
 * row is an issue, and then nothing is used.
 */
export async function readProgramFile(
  file: string,
  cwd: string,
  problems = (n: number) => `"${file}" has ${n === 1 ? '1 problem' : `${n} problems`}:`,
): Promise<{ format: 'csv' | 'json'; records: ProgramFileRecord[] }> {
  const content = await readTextFile(file, cwd);
  const format = detectProgramFormat(file, content);
  const parsed = parseProgramFile(format, content);
  if (!parsed.ok)
    throw new CliError(
      'invalid-input',
      problems(parsed.issues.length),
      parsed.issues.map(lineIssue),
    );
  return { format, records: parsed.records };
}
