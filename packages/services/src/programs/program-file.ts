import type { Issue, Result } from '@matchready/core';
import { normalizeSpecialty, type Program, unknownProgram } from '@matchready/core/programs';
import { CsvError, parse } from 'csv-parse/sync';
import {
  type CellValue,
  FIELD_BY_COLUMN,
  type FieldSpec,
  IGNORED_COLUMNS,
  PROGRAM_FIELDS,
  type ProgramKey,
  type Read,
  readCsvCell,
  readJsonValue,
  regionFor,
} from './program-fields.ts';
import { specialtyId } from './program-profile.ts';

/**
 * Program files (docs/program-data-format.md): CSV with a header row, or JSON (an array of
 * programs or `{ "programs": [...] }`). Every bad row is reported — CSV by line number, JSON by
 * position — and a file with any bad row yields no programs at all.
 */

export interface ProgramFile {
  readonly programs: readonly Program[];
  /** Non-blocking notes (e.g. a specialty the core does not know). */
  readonly warnings: readonly string[];
}

export const MAX_PROGRAMS_PER_FILE = 100_000;
export const SYNTHETIC_ID_PREFIX = 'SYN-';

type Values = Map<ProgramKey, CellValue>;

const str = (v: CellValue | undefined): string | null => (typeof v === 'string' ? v : null);
const num = (v: CellValue | undefined): number | null => (typeof v === 'number' ? v : null);
const flag = (v: CellValue | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

/** Cross-field rules and the Program record; problems are added to `errors`. */
function toProgram(values: Values, errors: string[]): Program | null {
  const id = str(values.get('id'));
  const name = str(values.get('name'));
  const specialty = str(values.get('specialty'));
  for (const [value, column] of [
    [id, 'id'],
    [name, 'name'],
    [specialty, 'specialty'],
  ] as const) {
    if (value === null) errors.push(`${column} is required`);
  }
  const synthetic = flag(values.get('synthetic'));
  if (id?.startsWith(SYNTHETIC_ID_PREFIX) && synthetic === false) {
    errors.push(`ids starting with ${SYNTHETIC_ID_PREFIX} are reserved for synthetic records`);
  }
  const p10 = num(values.get('step2P10'));
  const p90 = num(values.get('step2P90'));
  if (p10 !== null && p90 !== null && p10 > p90) errors.push('step2_p10 is above step2_p90');
  if (errors.length > 0 || id === null || name === null || specialty === null) return null;

  const state = str(values.get('state'));
  const application = str(values.get('applicationDeadline'));
  const invitations = str(values.get('interviewInvitations'));
  return {
    ...unknownProgram(id, name, specialtyId(specialty)),
    institution: str(values.get('institution')),
    track: str(values.get('track')) as Program['track'],
    state,
    region: regionFor(state, str(values.get('region'))) as Program['region'],
    city: str(values.get('city')),
    affiliation: str(values.get('affiliation')) as Program['affiliation'],
    positions: num(values.get('positions')),
    imgShare: num(values.get('imgShare')),
    acceptsImgs: flag(values.get('acceptsImgs')),
    j1: flag(values.get('j1')),
    h1b: flag(values.get('h1b')),
    minStep2: num(values.get('minStep2')),
    yogCutoff: num(values.get('yogCutoff')),
    maxAttempts: num(values.get('maxAttempts')),
    usceRequired: flag(values.get('usceRequired')),
    signals: flag(values.get('signals')),
    deadlines:
      application === null && invitations === null
        ? null
        : { application, interviewInvitations: invitations },
    website: str(values.get('website')),
    synthetic: synthetic ?? id.startsWith(SYNTHETIC_ID_PREFIX),
    typicalStep2: num(values.get('typicalStep2')),
    step2P10: p10,
    step2P90: p90,
  };
}

function readFields(
  specs: readonly (FieldSpec | null)[],
  raw: readonly unknown[],
  read: (spec: FieldSpec, value: unknown) => Read,
  errors: string[],
): Values {
  const values: Values = new Map();
  specs.forEach((spec, i) => {
    if (spec === null) return;
    const result = read(spec, raw[i]);
    if ('error' in result) {
      const shown = typeof raw[i] === 'string' ? `"${raw[i]}"` : JSON.stringify(raw[i]);
      errors.push(`${spec.column} must be ${result.error} (got ${shown})`);
    } else values.set(spec.key, result.value);
  });
  return values;
}

class Collector {
  readonly issues: Issue[] = [];
  readonly programs: Program[] = [];
  private readonly seen = new Map<string, string>();
  private readonly unknownSpecialties = new Set<string>();

  add(program: Program | null, errors: string[], where: string, path: Issue['path']): void {
    if (program !== null) {
      const first = this.seen.get(program.id);
      if (first !== undefined) errors.push(`id ${program.id} is already used (${first})`);
    }
    if (errors.length > 0 || program === null) {
      this.issues.push({
        code: 'invalid-program',
        path,
        message: `${where}: ${errors.join('; ')}`,
      });
      return;
    }
    this.seen.set(program.id, where.toLowerCase());
    if (normalizeSpecialty(program.specialty) === null)
      this.unknownSpecialties.add(program.specialty);
    this.programs.push(program);
  }

  result(): Result<ProgramFile> {
    if (this.programs.length + this.issues.length > MAX_PROGRAMS_PER_FILE)
      return fail(
        'too-many-programs',
        [],
        `A file holds at most ${MAX_PROGRAMS_PER_FILE} programs.`,
      );
    if (this.issues.length > 0) return { ok: false, issues: this.issues };
    if (this.programs.length === 0) return fail('empty-file', [], 'The file has no programs.');
    const warnings = [...this.unknownSpecialties].map(
      (s) =>
        `Specialty "${s}" is not one MatchReady knows: eligibility works, the interview score uses a generic baseline and the calculator has no curve for it.`,
    );
    return { ok: true, value: { programs: this.programs, warnings } };
  }
}

const fail = (code: string, path: Issue['path'], message: string): Result<never> => ({
  ok: false,
  issues: [{ code, path, message }],
});

export function parseProgramCsv(content: string): Result<ProgramFile> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(content, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      comment: '#',
      comment_no_infix: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : 1;
    return fail(
      'csv',
      ['line', line],
      `Line ${line}: ${error.message.replace(/^Invalid.*?: /, '')}`,
    );
  }
  const [header, ...rows] = records;
  if (header === undefined) return fail('empty-file', [], 'The file has no header row.');
  const columns = header.record.map((c) => c.trim().toLowerCase());
  const headerLine = header.info.lines;
  const unknown = columns.filter((c) => !FIELD_BY_COLUMN.has(c) && !IGNORED_COLUMNS.includes(c));
  const missing = PROGRAM_FIELDS.filter((f) => f.required && !columns.includes(f.column));
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  const problems = [
    ...unknown.map((c) => `unknown column "${c}"`),
    ...missing.map((f) => `missing column "${f.column}"`),
    ...repeated.map((c) => `column "${c}" appears twice`),
  ];
  if (problems.length > 0) {
    const known = PROGRAM_FIELDS.map((f) => f.column).join(', ');
    return fail(
      'csv-header',
      ['line', headerLine],
      `Line ${headerLine}: ${problems.join('; ')} (columns: ${known})`,
    );
  }
  const specs = columns.map((c) => FIELD_BY_COLUMN.get(c) ?? null);
  const out = new Collector();
  for (const { record, info } of rows) {
    const line = info.lines;
    const errors: string[] = [];
    if (record.length !== columns.length) {
      errors.push(`expected ${columns.length} columns, found ${record.length}`);
      out.add(null, errors, `Line ${line}`, ['line', line]);
      continue;
    }
    const values = readFields(
      specs,
      record,
      (spec, v) => readCsvCell(spec.kind, String(v)),
      errors,
    );
    out.add(toProgram(values, errors), errors, `Line ${line}`, ['line', line]);
  }
  return out.result();
}

const JSON_KEYS: ReadonlyMap<string, FieldSpec> = new Map(PROGRAM_FIELDS.map((f) => [f.key, f]));
const JSON_IGNORED = new Set(['dataset', 'deadlines']);

export function parseProgramJson(content: string): Result<ProgramFile> {
  let data: unknown;
  try {
    data = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    return fail('json', [], `The file is not valid JSON: ${(error as Error).message}`);
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' &&
        data !== null &&
        Array.isArray((data as { programs?: unknown }).programs)
      ? (data as { programs: unknown[] }).programs
      : null;
  if (list === null)
    return fail('json', [], 'Expected an array of programs or an object with a "programs" array.');
  const out = new Collector();
  list.forEach((item, i) => {
    const where = `Program ${i + 1}`;
    const errors: string[] = [];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      out.add(null, ['expected an object'], where, ['programs', i]);
      return;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!JSON_KEYS.has(key) && !JSON_IGNORED.has(key)) errors.push(`unknown field "${key}"`);
    }
    const deadlines = record.deadlines;
    const flat: Record<string, unknown> = { ...record };
    if (typeof deadlines === 'object' && deadlines !== null) {
      flat.applicationDeadline = (deadlines as Record<string, unknown>).application;
      flat.interviewInvitations = (deadlines as Record<string, unknown>).interviewInvitations;
    } else if (deadlines !== undefined && deadlines !== null) {
      errors.push('deadlines must be an object { application, interviewInvitations } or null');
    }
    const label = typeof record.id === 'string' ? `${where} (id ${record.id})` : where;
    const values = readFields(
      PROGRAM_FIELDS,
      PROGRAM_FIELDS.map((f) => flat[f.key]),
      (spec, v) => readJsonValue(spec.kind, v),
      errors,
    );
    out.add(toProgram(values, errors), errors, label, ['programs', i]);
  });
  return out.result();
}

/** JSON when the name or the first character says so, CSV otherwise. */
export function detectProgramFormat(filename: string, content: string): 'csv' | 'json' {
  if (/\.json$/i.test(filename)) return 'json';
  if (/\.csv$/i.test(filename)) return 'csv';
  return /^\uFEFF?\s*[[{]/.test(content) ? 'json' : 'csv';
}
