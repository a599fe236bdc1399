import {
  capIssues,
  type FileIssue,
  type FileResult,
  fileFailure,
  MAX_ISSUES,
  readCsvRows,
  readJsonText,
} from './file-text.ts';
import {
  type CellType,
  IGNORED_PROGRAM_COLUMNS,
  MAX_PROGRAMS_PER_FILE,
  PROGRAM_FILE_COLUMNS,
  type ProgramFileColumn,
  type ProgramFileKey,
  type ProgramFileRecord,
  programFileRowSchema,
  REQUIRED_PROGRAM_COLUMNS,
  SYNTHETIC_ID_PREFIX,
} from './program-file.schema.ts';

/**
 * Program files (docs/program-data-format.md): CSV with a header row, or JSON (an array of
 * programs or `{ "programs": [...] }`). Every bad row is reported (CSV by line number, JSON by
 * position) and a file with any bad row yields no records at all.
 */
export type ProgramFileResult = FileResult<{ records: ProgramFileRecord[] }>;

type Values = Partial<Record<ProgramFileKey, unknown>>;

const COLUMN_BY_KEY = new Map(PROGRAM_FILE_COLUMNS.map((c) => [c.key, c]));
const COLUMN_BY_NAME = new Map(PROGRAM_FILE_COLUMNS.map((c) => [c.column, c]));
const columnName = (key: ProgramFileKey) => COLUMN_BY_KEY.get(key)?.column ?? key;

/** A CSV cell as the row's value: trimmed, empty = null, numbers and booleans typed when they parse. */
function cellValue(type: CellType, cell: string): unknown {
  const s = cell.trim();
  if (s === '') return null;
  if (type === 'boolean') {
    const v = s.toLowerCase();
    return v === 'true' ? true : v === 'false' ? false : s;
  }
  if (type === 'integer') return /^-?\d+$/.test(s) ? Number(s) : s;
  if (type === 'decimal') return /^\d*\.?\d+$/.test(s) ? Number(s) : s;
  return s;
}

/** A JSON value as the row's value: strings trimmed, empty strings and missing keys = null. */
const jsonValue = (value: unknown): unknown =>
  typeof value === 'string' ? (value.trim() === '' ? null : value.trim()) : (value ?? null);

const shown = (raw: unknown) => (typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw));

/**
 * Checks one row: field problems in `order`, then missing required fields, then the rules
 * between fields. Returns the record, or null with `errors` filled.
 */
function checkRow(
  values: Values,
  raw: (key: ProgramFileKey) => unknown,
  order: readonly ProgramFileKey[],
  errors: string[],
): ProgramFileRecord | null {
  const row = Object.fromEntries(PROGRAM_FILE_COLUMNS.map((c) => [c.key, values[c.key] ?? null]));
  const parsed = programFileRowSchema.safeParse(row);
  const problems = new Map<ProgramFileKey, string>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = issue.path[0] as ProgramFileKey;
    if (!problems.has(key)) problems.set(key, issue.message);
  }
  for (const key of order) {
    const message = problems.get(key);
    if (message !== undefined && message !== 'is required')
      errors.push(`${columnName(key)} ${message} (got ${shown(raw(key))})`);
  }
  for (const key of REQUIRED_PROGRAM_COLUMNS) {
    if (problems.get(key) === 'is required') errors.push(`${columnName(key)} is required`);
  }
  const valid = (key: ProgramFileKey) => (problems.has(key) ? null : row[key]);
  const id = valid('id');
  if (
    typeof id === 'string' &&
    id.startsWith(SYNTHETIC_ID_PREFIX) &&
    valid('synthetic') === false
  ) {
    errors.push(`ids starting with ${SYNTHETIC_ID_PREFIX} are reserved for synthetic records`);
  }
  const [p10, p90] = [valid('step2P10'), valid('step2P90')];
  if (typeof p10 === 'number' && typeof p90 === 'number' && p10 > p90)
    errors.push('step2_p10 is above step2_p90');
  if (!parsed.success || errors.length > 0) return null;
  const { applicationDeadline, interviewInvitations, synthetic, ...record } = parsed.data;
  return {
    ...record,
    deadlines:
      applicationDeadline === null && interviewInvitations === null
        ? null
        : { application: applicationDeadline, interviewInvitations },
    synthetic: synthetic ?? record.id.startsWith(SYNTHETIC_ID_PREFIX),
  };
}

/** Gathers the rows: one issue per bad row (with every problem on it), ids unique in the file. */
class Collector {
  /** The first MAX_ISSUES issues (memory stays small for a file of bad rows); `failed` counts all. */
  readonly issues: FileIssue[] = [];
  private failed = 0;
  readonly records: ProgramFileRecord[] = [];
  private readonly seen = new Map<string, string>();

  add(record: ProgramFileRecord | null, errors: string[], where: string, path: FileIssue['path']) {
    if (record !== null) {
      const first = this.seen.get(record.id);
      if (first !== undefined) errors.push(`id ${record.id} is already used (${first})`);
    }
    if (errors.length > 0 || record === null) {
      this.failed += 1;
      if (this.issues.length >= MAX_ISSUES) return;
      this.issues.push({
        code: 'invalid-program',
        path,
        message: `${where}: ${errors.join('; ')}`,
      });
      return;
    }
    this.seen.set(record.id, where.toLowerCase());
    this.records.push(record);
  }

  result(): ProgramFileResult {
    if (this.records.length + this.failed > MAX_PROGRAMS_PER_FILE)
      return fileFailure(
        'too-many-programs',
        [],
        `A file holds at most ${MAX_PROGRAMS_PER_FILE} programs.`,
      );
    if (this.failed > 0) return { ok: false, issues: capIssues(this.issues, this.failed) };
    if (this.records.length === 0)
      return fileFailure('empty-file', [], 'The file has no programs.');
    return { ok: true, records: this.records };
  }
}

export function parseProgramCsv(content: string): ProgramFileResult {
  const read = readCsvRows(content, { trim: false, commentAnywhere: false });
  if (!read.ok) return read;
  const [header, ...rows] = read.rows;
  if (header === undefined) return fileFailure('empty-file', [], 'The file has no header row.');
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const unknown = names.filter(
    (c) => !COLUMN_BY_NAME.has(c) && !IGNORED_PROGRAM_COLUMNS.includes(c),
  );
  const missing = REQUIRED_PROGRAM_COLUMNS.map(columnName).filter((c) => !names.includes(c));
  const repeated = names.filter((c, i) => names.indexOf(c) !== i);
  const problems = [
    ...unknown.map((c) => `unknown column "${c}"`),
    ...missing.map((c) => `missing column "${c}"`),
    ...repeated.map((c) => `column "${c}" appears twice`),
  ];
  if (problems.length > 0) {
    const known = PROGRAM_FILE_COLUMNS.map((c) => c.column).join(', ');
    return fileFailure(
      'csv-header',
      ['line', header.line],
      `Line ${header.line}: ${problems.join('; ')} (columns: ${known})`,
    );
  }
  const columns = names.map((c) => COLUMN_BY_NAME.get(c) ?? null);
  const order = columns.flatMap((c) => (c === null ? [] : [c.key]));
  const out = new Collector();
  for (const { line, cells } of rows) {
    const where = `Line ${line}`;
    if (cells.length !== columns.length) {
      out.add(null, [`expected ${columns.length} columns, found ${cells.length}`], where, [
        'line',
        line,
      ]);
      continue;
    }
    const values: Values = {};
    const raw = new Map<ProgramFileKey, string>();
    columns.forEach((c: ProgramFileColumn | null, i) => {
      if (c === null) return;
      const cell = cells[i] ?? '';
      raw.set(c.key, cell);
      values[c.key] = cellValue(c.cell, cell);
    });
    const errors: string[] = [];
    const record = checkRow(values, (key) => raw.get(key), order, errors);
    out.add(record, errors, where, ['line', line]);
  }
  return out.result();
}

const JSON_KEYS = new Set<string>([...COLUMN_BY_KEY.keys(), 'dataset', 'deadlines']);
const JSON_ORDER = PROGRAM_FILE_COLUMNS.map((c) => c.key);

function programsOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null && 'programs' in data)
    return Array.isArray(data.programs) ? data.programs : null;
  return null;
}

export function parseProgramJson(content: string): ProgramFileResult {
  const read = readJsonText(content, 'json');
  if (!read.ok) return read;
  const list = programsOf(read.value);
  if (list === null)
    return fileFailure(
      'json',
      [],
      'Expected an array of programs or an object with a "programs" array.',
    );
  const out = new Collector();
  list.forEach((item, i) => {
    const where = `Program ${i + 1}`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      out.add(null, ['expected an object'], where, ['programs', i]);
      return;
    }
    const record = item as Record<string, unknown>;
    const errors = Object.keys(record)
      .filter((key) => !JSON_KEYS.has(key))
      .map((key) => `unknown field "${key}"`);
    const flat: Record<string, unknown> = { ...record };
    const deadlines = record.deadlines;
    if (typeof deadlines === 'object' && deadlines !== null) {
      flat.applicationDeadline = (deadlines as Record<string, unknown>).application;
      flat.interviewInvitations = (deadlines as Record<string, unknown>).interviewInvitations;
    } else if (deadlines !== undefined && deadlines !== null) {
      errors.push('deadlines must be an object { application, interviewInvitations } or null');
    }
    const values: Values = Object.fromEntries(JSON_ORDER.map((key) => [key, jsonValue(flat[key])]));
    const label = typeof record.id === 'string' ? `${where} (id ${record.id})` : where;
    const program = checkRow(values, (key) => flat[key], JSON_ORDER, errors);
    out.add(program, errors, label, ['programs', i]);
  });
  return out.result();
}

export type ProgramFileFormat = 'csv' | 'json';

export const parseProgramFile = (format: ProgramFileFormat, content: string): ProgramFileResult =>
  format === 'json' ? parseProgramJson(content) : parseProgramCsv(content);

/** JSON when the name or the first character says so, CSV otherwise. */
export function detectProgramFormat(filename: string, content: string): ProgramFileFormat {
  if (/\.json$/i.test(filename)) return 'json';
  if (/\.csv$/i.test(filename)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(content) ? 'json' : 'csv';
}

/** The one-line summary of a rejected program file (the issues follow it). */
export const nothingImported = (problems: number): string =>
  `Nothing was imported: the file has ${problems === 1 ? '1 problem' : `${problems} problems`}`;
