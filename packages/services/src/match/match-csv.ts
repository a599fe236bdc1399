import type {
  ApplicantInput,
  CoupleInput,
  Issue,
  MatchProblem,
  ProgramInput,
  ProgramPair,
  Result,
} from '@matchready/core';
import { CsvError, parse } from 'csv-parse/sync';

/**
 * The "NRMP-like" CSV layout (docs/match-csv-format.md): one row per program, applicant or
 * couple, with a `type` column. Every issue names its line; a problem built from CSV remembers
 * which line each entry came from, so the engine's issues can name lines too.
 *
 *   type,id,detail,ranking
 *   program,P1,2,A1|A2|A3
 *   applicant,A1,,P1|P2
 *   couple,C1,A3+A4,P1+P2|P1+-
 */
export interface CsvProblem {
  readonly problem: MatchProblem;
  /** `programs[i]` → line, `applicants[i]` → line, `couples[i]` → line. */
  readonly lines: {
    readonly programs: readonly number[];
    readonly applicants: readonly number[];
    readonly couples: readonly number[];
  };
}

const NO_MATCH = '-';
const HEADER = ['type', 'id', 'detail', 'ranking'];
const MAX_CSV_ISSUES = 100;

const lineIssue = (line: number, message: string, code = 'csv'): Issue => ({
  code,
  path: ['line', line],
  message: `Line ${line}: ${message}`,
});

const splitList = (cell: string): string[] =>
  cell === '' ? [] : cell.split('|').map((part) => part.trim());

interface Row {
  readonly line: number;
  readonly cells: readonly string[];
}

function readRows(content: string): Result<Row[]> {
  try {
    const records = parse(content, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      comment: '#',
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return {
      ok: true,
      value: records.map(({ record, info }) => ({ line: info.lines, cells: record })),
    };
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === 'number' ? error.lines : 1;
      return { ok: false, issues: [lineIssue(line, error.message.replace(/^Invalid.*?: /, ''))] };
    }
    throw error;
  }
}

export function parseMatchCsv(content: string): Result<CsvProblem> {
  const rows = readRows(content);
  if (!rows.ok) return rows;
  const issues: Issue[] = [];
  const report = (line: number, message: string) => {
    if (issues.length < MAX_CSV_ISSUES) issues.push(lineIssue(line, message));
  };
  const programs: ProgramInput[] = [];
  const applicants: ApplicantInput[] = [];
  const couples: CoupleInput[] = [];
  const lines = { programs: [] as number[], applicants: [] as number[], couples: [] as number[] };

  for (const [index, { line, cells }] of rows.value.entries()) {
    const [type = '', id = '', detail = '', ranking = ''] = cells;
    if (index === 0 && type.toLowerCase() === HEADER[0]) continue;
    if (cells.length > HEADER.length) {
      report(
        line,
        `expected at most ${HEADER.length} columns (${HEADER.join(',')}), found ${cells.length}`,
      );
      continue;
    }
    if (id === '') {
      report(line, 'the id column is empty');
      continue;
    }
    const list = splitList(ranking);
    if (list.some((entry) => entry === '')) {
      report(line, 'the ranking has an empty entry (two "|" in a row?)');
      continue;
    }
    switch (type.toLowerCase()) {
      case 'program': {
        const capacity = /^\d+$/.test(detail) ? Number(detail) : Number.NaN;
        if (!Number.isSafeInteger(capacity)) {
          report(line, `capacity must be a whole number ≥ 0, got "${detail}"`);
          continue;
        }
        programs.push({ id, capacity, ranking: list });
        lines.programs.push(line);
        break;
      }
      case 'applicant':
        if (detail !== '') {
          report(line, `applicant rows leave the third column empty, got "${detail}"`);
          continue;
        }
        applicants.push({ id, ranking: list });
        lines.applicants.push(line);
        break;
      case 'couple': {
        const members = detail.split('+').map((member) => member.trim());
        if (members.length !== 2 || members.some((member) => member === '')) {
          report(line, `couple members must be written "member1+member2", got "${detail}"`);
          continue;
        }
        const pairs: ProgramPair[] = [];
        for (const entry of list) {
          const pair = entry.split('+').map((part) => part.trim());
          if (pair.length !== 2 || pair.some((part) => part === '')) {
            report(
              line,
              `couple ranking entries are "program1+program2" ("-" = no match), got "${entry}"`,
            );
            break;
          }
          const [first, second] = pair.map((part) => (part === NO_MATCH ? null : part));
          pairs.push([first ?? null, second ?? null]);
        }
        if (pairs.length !== list.length) continue;
        couples.push({ id, members: [members[0] as string, members[1] as string], ranking: pairs });
        lines.couples.push(line);
        break;
      }
      default:
        report(line, `unknown row type "${type}" (expected program, applicant or couple)`);
    }
  }
  if (issues.length > 0) return { ok: false, issues };

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
  const problem: MatchProblem =
    couples.length > 0 ? { programs, applicants, couples } : { programs, applicants };
  return { ok: true, value: { problem, lines } };
}

/** Rewrites an engine issue about `programs[3]…` as one about the CSV line that entry came from. */
export function locateCsvIssue(issue: Issue, lines: CsvProblem['lines']): Issue {
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
