import type { z } from 'zod';
import {
  capIssues,
  type FileIssue,
  type FileResult,
  MAX_ISSUES,
  readCsvRows,
} from './file-text.ts';
import {
  type ApplicantRow,
  type CoupleRow,
  MATCH_CSV_HEADER,
  MATCH_CSV_ROWS,
  type MatchCsvRowType,
  matchCsvCommonSchema,
  type ProgramRow,
} from './match-csv.schema.ts';

/**
 * Reads the match CSV (docs/match-csv-format.md) into a match problem. Every issue names its
 * line; the problem remembers which line each entry came from, so the engine's own checks
 * (unknown ids, duplicates…) can name lines too (see locateCsvIssue).
 *
 *   type,id,detail,ranking
 *   program,P1,2,A1|A2|A3
 *   applicant,A1,,P1|P2
 *   couple,C1,A3+A4,P1+P2|P1+-
 */
export interface CsvMatchProblem {
  readonly programs: ProgramRow[];
  readonly applicants: ApplicantRow[];
  readonly couples?: CoupleRow[];
}

/** `programs[i]` → line, `applicants[i]` → line, `couples[i]` → line. */
export interface CsvLines {
  readonly programs: readonly number[];
  readonly applicants: readonly number[];
  readonly couples: readonly number[];
}

export type MatchCsvResult = FileResult<{ problem: CsvMatchProblem; lines: CsvLines }>;

const lineIssue = (line: number, message: string): FileIssue => ({
  code: 'csv',
  path: ['line', line],
  message: `Line ${line}: ${message}`,
});

const firstProblem = (result: z.ZodSafeParseResult<unknown>): string | null =>
  result.success ? null : (result.error.issues[0]?.message ?? 'invalid row');

const isRowType = (type: string): type is MatchCsvRowType => Object.hasOwn(MATCH_CSV_ROWS, type);

export function parseMatchCsv(content: string): MatchCsvResult {
  const read = readCsvRows(content, { trim: true, commentAnywhere: true });
  if (!read.ok) return read;
  const issues: FileIssue[] = [];
  let failed = 0;
  const report = (line: number, message: string) => {
    failed += 1;
    if (issues.length < MAX_ISSUES) issues.push(lineIssue(line, message));
  };
  const programs: ProgramRow[] = [];
  const applicants: ApplicantRow[] = [];
  const couples: CoupleRow[] = [];
  const lines = { programs: [] as number[], applicants: [] as number[], couples: [] as number[] };

  for (const [index, { line, cells }] of read.rows.entries()) {
    const [type = '', id = '', detail = '', ranking = ''] = cells;
    if (index === 0 && type.toLowerCase() === MATCH_CSV_HEADER[0]) continue;
    if (cells.length > MATCH_CSV_HEADER.length) {
      report(
        line,
        `expected at most ${MATCH_CSV_HEADER.length} columns (${MATCH_CSV_HEADER.join(',')}), found ${cells.length}`,
      );
      continue;
    }
    const common = firstProblem(matchCsvCommonSchema.safeParse({ id, ranking }));
    if (common !== null) {
      report(line, common);
      continue;
    }
    const kind = type.toLowerCase();
    if (!isRowType(kind)) {
      report(line, `unknown row type "${type}" (expected program, applicant or couple)`);
      continue;
    }
    const row = { id, detail, ranking };
    if (kind === 'program') {
      const parsed = MATCH_CSV_ROWS.program.safeParse(row);
      if (parsed.success) {
        programs.push(parsed.data);
        lines.programs.push(line);
      } else report(line, firstProblem(parsed) as string);
    } else if (kind === 'applicant') {
      const parsed = MATCH_CSV_ROWS.applicant.safeParse(row);
      if (parsed.success) {
        applicants.push(parsed.data);
        lines.applicants.push(line);
      } else report(line, firstProblem(parsed) as string);
    } else {
      const parsed = MATCH_CSV_ROWS.couple.safeParse(row);
      if (parsed.success) {
        couples.push(parsed.data);
        lines.couples.push(line);
      } else report(line, firstProblem(parsed) as string);
    }
  }
  if (failed > 0) return { ok: false, issues: capIssues(issues, failed) };

  // Couple members may be left out of the applicant rows: they rank through the couple's list.
  const known = new Set(applicants.map((applicant) => applicant.id));
  for (const [i, couple] of couples.entries()) {
    for (const member of couple.members) {
      if (known.has(member)) continue;
      known.add(member);
      applicants.push({ id: member, ranking: [] });
      lines.applicants.push(lines.couples[i] as number);
    }
  }
  const problem = couples.length > 0 ? { programs, applicants, couples } : { programs, applicants };
  return { ok: true, problem, lines };
}

/** Rewrites an engine issue about `programs[3]…` as one about the CSV line that entry came from. */
export function locateCsvIssue<I extends FileIssue>(issue: I, lines: CsvLines): I | FileIssue {
  const [collection, index] = issue.path;
  if (
    (collection === 'programs' || collection === 'applicants' || collection === 'couples') &&
    typeof index === 'number'
  ) {
    const line = lines[collection][index];
    if (line !== undefined) {
      return { code: issue.code, path: ['line', line], message: `Line ${line}: ${issue.message}` };
    }
  }
  return issue;
}
