// Reading and writing file text: CSV rows, JSON, and the issues a file can have. CSV uses
// csv-parse's sync API (decision 017): Node's build here, its self-contained browser build in
// the web app (the package.json "imports" field picks it by the "browser" condition).
import { CsvError, type Options, parse } from '#csv-parse/sync';

/** One problem with a file: where (`['line', 7]`, `['programs', 2]`) and what, in plain words. */
export interface FileIssue {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type FileResult<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly issues: readonly FileIssue[] };

export const fileFailure = (
  code: string,
  path: FileIssue['path'],
  message: string,
): { ok: false; issues: FileIssue[] } => ({ ok: false, issues: [{ code, path, message }] });

/** At most this many issues are reported for one file or request; then one summary issue. */
export const MAX_ISSUES = 100;

/**
 * The first MAX_ISSUES issues and, when there were more, one `more-issues` issue with the count,
 * so a file of 99,000 bad rows gives a small answer (issue 12).
 */
export function capIssues<T extends { readonly code?: string | undefined }>(
  issues: readonly T[],
  total = issues.length,
): (T | { code: string; path: (string | number)[]; message: string })[] {
  if (total <= MAX_ISSUES && issues.length <= MAX_ISSUES) return [...issues];
  // Already capped by a parser (and capped again by the HTTP layer): keep the parser's count.
  if (
    total === issues.length &&
    issues.length === MAX_ISSUES + 1 &&
    issues[MAX_ISSUES]?.code === 'more-issues'
  )
    return [...issues];
  const more = total - Math.min(issues.length, MAX_ISSUES);
  return [
    ...issues.slice(0, MAX_ISSUES),
    { code: 'more-issues', path: [], message: `…and ${more} more issue${more === 1 ? '' : 's'}` },
  ];
}

/** A record of a CSV file and the (1-based) line it ends on. */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** Options every MatchReady CSV shares: UTF-8 with or without BOM, `#` comment lines, blank lines skipped. */
const COMMON: Options = {
  bom: true,
  skip_empty_lines: true,
  relax_column_count: true,
  comment: '#',
  info: true,
};

/**
 * Splits CSV text into rows (RFC 4180 quoting). A syntax error (an unclosed quote…) is one issue
 * naming its line. `trim` trims every cell; `commentAnywhere` lets `#` start a comment after
 * cells too (the match CSV), otherwise only at the start of a line.
 */
export function readCsvRows(
  text: string,
  options: { readonly trim: boolean; readonly commentAnywhere: boolean },
): FileResult<{ rows: CsvRow[] }> {
  try {
    const records = parse(text, {
      ...COMMON,
      trim: options.trim,
      comment_no_infix: !options.commentAnywhere,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return {
      ok: true,
      rows: records.map(({ record, info }) => ({
        line: info.lines,
        cells: record.map(undoFormulaDefusing),
      })),
    };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 1;
    return fileFailure(
      'csv',
      ['line', line],
      `Line ${line}: ${error.message.replace(/^Invalid.*?: /, '')}`,
    );
  }
}

/** JSON text, with or without a BOM; a syntax error is one issue naming the reason. */
export function readJsonText(text: string, code = 'invalid-json'): FileResult<{ value: unknown }> {
  try {
    return { ok: true, value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    return fileFailure(code, [], `The file is not valid JSON: ${reason}`);
  }
}

type Cell = string | number | boolean | null;

/** Text a spreadsheet would run as a formula (OWASP "CSV injection"): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell the writer defused: the quote is taken off again on reading, so exports round-trip. */
const DEFUSED = /^'[=+\-@\t\r]/;

/**
 * The one CSV cell writer every export uses: RFC 4180 quoting, and text that starts like a
 * formula gets a leading `'` (issue 12). Numbers and booleans are written as they are (−5 is
 * a number, not a formula).
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\n\r#]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: readonly Cell[]): string =>
  `${cells.map((c) => csvCell(c)).join(',')}\r\n`;

/** Undoes csvCell's formula defusing (reading a file MatchReady wrote). */
export const undoFormulaDefusing = (cell: string): string =>
  DEFUSED.test(cell) ? cell.slice(1) : cell;
