import type { z } from 'zod';
import { type CsvRow, type FileIssue, readCsvRows } from './file-text.ts';
import {
  ASSIGNMENT_FILE_HEADERS,
  ASSIGNMENT_ROW_SCHEMAS,
  type CapacityRow,
  type PairRow,
  type ScoreRow,
} from './mentorship-assign.schema.ts';

/**
 * Rows of one file and, for each, the (1-based) line it came from. On failure the rows that were
 * fine are still given, so a caller can check them against the other files and report every
 * problem at once (the result is still a failure: never use them to solve).
 */
export type CsvRecords<T> =
  | { readonly ok: true; readonly rows: T[]; readonly lines: number[] }
  | {
      readonly ok: false;
      readonly issues: readonly FileIssue[];
      readonly rows: T[];
      readonly lines: number[];
      /** The trimmed cells of each rejected row (empty when the whole file was unreadable). */
      readonly rejected: readonly (readonly string[])[];
    };

const MAX_ISSUES = 100;

/** Every issue's path is `['line', n]`; the message does not repeat the line (callers add the file). */
const lineIssue = (line: number, message: string): FileIssue => ({
  code: 'csv',
  path: ['line', line],
  message,
});

/**
 * A header row with exactly `header`, then records of as many cells, each checked by `schema`.
 * Reports every bad row (first problem of each, up to 100). Shared by the assignment files and
 * the profile files of `mentorship match`.
 */
export function parseHeaderedCsv<S extends z.ZodType>(
  content: string,
  header: readonly string[],
  schema: S,
): CsvRecords<z.output<S>> {
  const read = readCsvRows(content, { trim: true, commentAnywhere: false });
  if (!read.ok) {
    const issues = read.issues.map((i) => ({
      ...i,
      message: i.message.replace(/^Line \d+: /, ''),
    }));
    return { ok: false, issues, rows: [], lines: [], rejected: [] };
  }
  const [first, ...records] = read.rows as [CsvRow | undefined, ...CsvRow[]];
  const expected = header.join(',');
  if (first === undefined)
    return {
      ok: false,
      issues: [lineIssue(1, `the file is empty; the first row must be the header ${expected}`)],
      rows: [],
      lines: [],
      rejected: [],
    };
  if (first.cells.join(',') !== expected) {
    return {
      ok: false,
      issues: [
        lineIssue(first.line, `the header must be ${expected}, got ${first.cells.join(',')}`),
      ],
      rows: [],
      lines: [],
      rejected: [],
    };
  }
  const issues: FileIssue[] = [];
  const rows: z.output<S>[] = [];
  const lines: number[] = [];
  const rejected: (readonly string[])[] = [];
  for (const { line, cells } of records) {
    if (cells.length !== header.length) {
      rejected.push(cells);
      if (issues.length < MAX_ISSUES)
        issues.push(
          lineIssue(line, `expected ${header.length} cells (${expected}), found ${cells.length}`),
        );
      continue;
    }
    const parsed = schema.safeParse(Object.fromEntries(header.map((name, i) => [name, cells[i]])));
    if (parsed.success) {
      rows.push(parsed.data);
      lines.push(line);
    } else {
      rejected.push(cells);
      if (issues.length < MAX_ISSUES)
        issues.push(lineIssue(line, parsed.error.issues[0]?.message ?? 'invalid row'));
    }
  }
  return issues.length > 0
    ? { ok: false, issues, rows, lines, rejected }
    : { ok: true, rows, lines };
}

/** S.csv: `mentee,mentor,score`. */
export const parseScoresCsv = (content: string): CsvRecords<ScoreRow> =>
  parseHeaderedCsv(content, ASSIGNMENT_FILE_HEADERS.scores, ASSIGNMENT_ROW_SCHEMAS.scores);
/** C.csv: `mentor,capacity`. */
export const parseCapacitiesCsv = (content: string): CsvRecords<CapacityRow> =>
  parseHeaderedCsv(content, ASSIGNMENT_FILE_HEADERS.capacities, ASSIGNMENT_ROW_SCHEMAS.capacities);
/** F.csv and P.csv: `mentee,mentor`. */
export const parsePairsCsv = (content: string): CsvRecords<PairRow> =>
  parseHeaderedCsv(content, ASSIGNMENT_FILE_HEADERS.pairs, ASSIGNMENT_ROW_SCHEMAS.pairs);
