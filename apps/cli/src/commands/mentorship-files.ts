import {
  type CsvRecords,
  type FileIssue,
  type PairRow,
  parseCapacitiesCsv,
  parsePairsCsv,
  parseScoresCsv,
} from '@matchready/contract/files';
import type { Issue } from '@matchready/core';
import type { AssignmentProblem, PairRef } from '@matchready/core/vocabulary';
import type { CliContext } from '../command.ts';
import { CliError } from '../errors.ts';
import { readTextFile } from './programs-files.ts';

/**
 * Where each part of an assignment problem came from: for a core issue at `scores[k]`,
 * `sources.scores` names the file and the line of row k. Parts built by the command itself
 * (scores computed from profiles) have no file.
 */
export interface PartSource {
  readonly file: string;
  readonly lines: readonly number[];
}
export type ProblemSources = Partial<
  Record<'mentees' | 'mentors' | 'scores' | 'forbids' | 'pins', PartSource>
>;

/** A problem found in the input, with a key that orders it by file, then line. */
export interface Located {
  readonly order: number;
  readonly line: number;
  readonly issue: Issue;
}

/** `S.csv line 5` (and `, column` when given): the one path element the CLI prints. */
export const locate = (file: string, line: number | undefined, column?: string): string =>
  `${file}${line === undefined ? '' : ` line ${line}`}${column === undefined ? '' : `, ${column}`}`;

/** A contract file issue (`['line', n]`) as a CLI issue naming the file. */
export function fileIssue(file: string, order: number, issue: FileIssue): Located {
  const [where, n] = issue.path;
  const line = where === 'line' && typeof n === 'number' ? n : 0;
  return {
    order,
    line,
    issue: { code: issue.code, path: [locate(file, line || undefined)], message: issue.message },
  };
}

/** A core issue about `scores[k]…` as one about the file and line that row came from. */
export function coreIssue(issue: Issue, sources: ProblemSources, minScoreOption: string): Located {
  const [part, index] = issue.path;
  if (part === 'minimumScore')
    return { order: 99, line: 0, issue: { ...issue, path: [minScoreOption] } };
  const source = typeof part === 'string' ? sources[part as keyof ProblemSources] : undefined;
  if (source === undefined) return { order: 100, line: 0, issue };
  const order = Object.keys(sources).indexOf(part as string);
  const line = typeof index === 'number' ? source.lines[index] : undefined;
  return { order, line: line ?? 0, issue: { ...issue, path: [locate(source.file, line)] } };
}

/** Every problem, ordered by file then line, as one exit-2 error. */
export function problemsError(command: string, problems: readonly Located[]): CliError {
  const sorted = [...problems].sort((a, b) => a.order - b.order || a.line - b.line);
  const n = sorted.length;
  return new CliError(
    'invalid-input',
    `${command}: ${n === 1 ? '1 problem' : `${n} problems`} in the input files`,
    sorted.map((p) => p.issue),
  );
}

/** Reads and parses one CSV file; its issues are appended to `problems`. */
export async function readCsv<T>(
  file: string,
  order: number,
  parse: (text: string) => CsvRecords<T>,
  problems: Located[],
  context: CliContext,
): Promise<CsvRecords<T>> {
  const records = parse(await readTextFile(file, context.cwd));
  if (!records.ok) for (const issue of records.issues) problems.push(fileIssue(file, order, issue));
  return records;
}

export interface RuleFiles {
  readonly forbid?: string | undefined;
  readonly pin?: string | undefined;
}

/** F.csv and P.csv, when given. */
export async function readRuleFiles(
  files: RuleFiles,
  firstOrder: number,
  problems: Located[],
  context: CliContext,
): Promise<{ forbids?: CsvRecords<PairRow>; pins?: CsvRecords<PairRow> }> {
  const out: { forbids?: CsvRecords<PairRow>; pins?: CsvRecords<PairRow> } = {};
  if (files.forbid !== undefined)
    out.forbids = await readCsv(files.forbid, firstOrder, parsePairsCsv, problems, context);
  if (files.pin !== undefined)
    out.pins = await readCsv(files.pin, firstOrder + 1, parsePairsCsv, problems, context);
  return out;
}

/** Ids (or pairs) that a rejected row may have defined: `all` when a file could not be read. */
export type Excused = ReadonlySet<string> | 'all';

/**
 * What a malformed file explains: with a bad row in C.csv, "unknown mentor" in another file may
 * only mean that row was bad, so it is not reported until the file is fixed.
 */
export interface Excuses {
  readonly mentees: Excused;
  readonly mentors: Excused;
  /** Pairs as `mentee\u0000mentor`: "pin not scored" excused by a rejected S.csv row. */
  readonly scored: Excused;
}

export const pairKey = (mentee: string, mentor: string): string => `${mentee}\u0000${mentor}`;

/** The ids in `column` of a file's rejected rows; `all` when nothing of the file was read. */
export function excusedBy<T>(
  records: CsvRecords<T>,
  key: (cells: readonly string[]) => string,
): Excused {
  if (records.ok) return new Set();
  if (records.rows.length === 0 && records.rejected.length === 0) return 'all';
  return new Set(records.rejected.map(key));
}

export const union = (...sets: Excused[]): Excused =>
  sets.includes('all') ? 'all' : new Set(sets.flatMap((s) => [...(s as ReadonlySet<string>)]));

const pairs = (rows: readonly PairRow[]): PairRef[] =>
  rows.map(({ mentee, mentor }) => ({ mentee, mentor }));

export interface AssignFiles extends RuleFiles {
  readonly scores: string;
  readonly capacities: string;
}

/**
 * `assign`: S.csv, C.csv, F.csv and P.csv read into a problem (mentees: the distinct S.csv
 * mentees in order of first appearance) and where each row came from. When a file has bad rows,
 * the problem holds its good rows only, so the core's checks can still find the other problems.
 */
export async function readAssignFiles(
  files: AssignFiles,
  minimumScore: number | undefined,
  context: CliContext,
): Promise<{
  problem: AssignmentProblem;
  sources: ProblemSources;
  problems: Located[];
  excuses: Excuses;
}> {
  const problems: Located[] = [];
  const scores = await readCsv(files.scores, 0, parseScoresCsv, problems, context);
  const capacities = await readCsv(files.capacities, 1, parseCapacitiesCsv, problems, context);
  const rules = await readRuleFiles(files, 2, problems, context);
  const mentees = [...new Set(scores.rows.map((row) => row.mentee))];
  const problem: AssignmentProblem = {
    mentees,
    mentors: capacities.rows.map(({ mentor, capacity }) => ({ id: mentor, capacity })),
    scores: scores.rows,
    ...(rules.forbids ? { forbids: pairs(rules.forbids.rows) } : {}),
    ...(rules.pins ? { pins: pairs(rules.pins.rows) } : {}),
    ...(minimumScore === undefined ? {} : { minimumScore }),
  };
  const sources: ProblemSources = {
    scores: { file: files.scores, lines: scores.lines },
    mentors: { file: files.capacities, lines: capacities.lines },
    ...(rules.forbids && files.forbid
      ? { forbids: { file: files.forbid, lines: rules.forbids.lines } }
      : {}),
    ...(rules.pins && files.pin ? { pins: { file: files.pin, lines: rules.pins.lines } } : {}),
  };
  const excuses: Excuses = {
    mentees: excusedBy(scores, (cells) => cells[0] ?? ''),
    mentors: excusedBy(capacities, (cells) => cells[0] ?? ''),
    scored: excusedBy(scores, (cells) => pairKey(cells[0] ?? '', cells[1] ?? '')),
  };
  return { problem, sources, problems, excuses };
}
