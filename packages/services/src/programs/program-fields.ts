import {
  AFFILIATIONS,
  type Program,
  REGIONS,
  regionOf,
  STATE_REGION,
  TRACKS,
} from '@matchready/core/programs';

/**
 * The program file columns (docs/program-data-format.md): CSV header names, the JSON key of
 * each, and how a cell is read. A CSV cell is text ('' = unknown); a JSON value is typed (null or
 * absent = unknown). Unknown is always allowed except for the three required columns.
 */

export type FieldKind =
  | { readonly type: 'text'; readonly max: number }
  | { readonly type: 'id' }
  | { readonly type: 'int'; readonly min: number; readonly max: number }
  | { readonly type: 'share' }
  | { readonly type: 'bool' }
  | { readonly type: 'enum'; readonly values: readonly string[] }
  | { readonly type: 'state' }
  | { readonly type: 'date' }
  | { readonly type: 'url' };

export type ProgramKey = keyof Program | 'applicationDeadline' | 'interviewInvitations';

export interface FieldSpec {
  readonly column: string;
  readonly key: ProgramKey;
  readonly kind: FieldKind;
  readonly required?: true;
}

const text = (max: number): FieldKind => ({ type: 'text', max });
const int = (min: number, max: number): FieldKind => ({ type: 'int', min, max });
const bool: FieldKind = { type: 'bool' };
const score = int(1, 300);

export const PROGRAM_FIELDS: readonly FieldSpec[] = [
  { column: 'id', key: 'id', kind: { type: 'id' }, required: true },
  { column: 'name', key: 'name', kind: text(200), required: true },
  { column: 'specialty', key: 'specialty', kind: text(80), required: true },
  { column: 'state', key: 'state', kind: { type: 'state' } },
  { column: 'positions', key: 'positions', kind: int(0, 500) },
  { column: 'img_share', key: 'imgShare', kind: { type: 'share' } },
  { column: 'j1', key: 'j1', kind: bool },
  { column: 'h1b', key: 'h1b', kind: bool },
  { column: 'min_step2', key: 'minStep2', kind: score },
  { column: 'yog_cutoff', key: 'yogCutoff', kind: int(0, 60) },
  { column: 'max_attempts', key: 'maxAttempts', kind: int(0, 10) },
  { column: 'usce_required', key: 'usceRequired', kind: bool },
  { column: 'institution', key: 'institution', kind: text(200) },
  { column: 'track', key: 'track', kind: { type: 'enum', values: TRACKS } },
  { column: 'city', key: 'city', kind: text(100) },
  { column: 'region', key: 'region', kind: { type: 'enum', values: REGIONS } },
  { column: 'affiliation', key: 'affiliation', kind: { type: 'enum', values: AFFILIATIONS } },
  { column: 'accepts_imgs', key: 'acceptsImgs', kind: bool },
  { column: 'signals', key: 'signals', kind: bool },
  { column: 'application_deadline', key: 'applicationDeadline', kind: { type: 'date' } },
  { column: 'interview_invitations', key: 'interviewInvitations', kind: { type: 'date' } },
  { column: 'website', key: 'website', kind: { type: 'url' } },
  { column: 'typical_step2', key: 'typicalStep2', kind: score },
  { column: 'step2_p10', key: 'step2P10', kind: score },
  { column: 'step2_p90', key: 'step2P90', kind: score },
  { column: 'synthetic', key: 'synthetic', kind: bool },
];

/** Columns written by the export that an import accepts and ignores (the import names its dataset). */
export const IGNORED_COLUMNS: readonly string[] = ['dataset'];

export const FIELD_BY_COLUMN: ReadonlyMap<string, FieldSpec> = new Map(
  PROGRAM_FIELDS.map((f) => [f.column, f]),
);

const TERRITORIES = new Set(['PR', 'GU', 'VI', 'AS', 'MP']);
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type CellValue = string | number | boolean | null;
export type Read = { readonly ok: true; readonly value: CellValue } | { readonly error: string };

const ok = (value: CellValue): Read => ({ ok: true, value });

function describe(kind: FieldKind): string {
  switch (kind.type) {
    case 'text':
      return `text of at most ${kind.max} characters`;
    case 'id':
      return 'letters, digits, ".", "_", ":" or "-" (at most 64, starting with a letter or digit)';
    case 'int':
      return `a whole number from ${kind.min} to ${kind.max}`;
    case 'share':
      return 'a share from 0 to 1 (e.g. 0.45 for 45%)';
    case 'bool':
      return 'true or false';
    case 'enum':
      return `one of ${kind.values.join(', ')}`;
    case 'state':
      return 'a two-letter US state code such as NY';
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'url':
      return 'an http:// or https:// address';
  }
}

function readText(kind: FieldKind, s: string): Read {
  switch (kind.type) {
    case 'text':
      return s.length <= kind.max ? ok(s) : { error: describe(kind) };
    case 'id':
      return ID.test(s) ? ok(s) : { error: describe(kind) };
    case 'enum': {
      const v = s.toLowerCase();
      return kind.values.includes(v) ? ok(v) : { error: describe(kind) };
    }
    case 'state': {
      const v = s.toUpperCase();
      return v in STATE_REGION || TERRITORIES.has(v) ? ok(v) : { error: describe(kind) };
    }
    case 'date':
      return DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`))
        ? ok(s)
        : { error: describe(kind) };
    case 'url':
      return /^https?:\/\/\S+$/i.test(s) && s.length <= 500 ? ok(s) : { error: describe(kind) };
    default:
      return { error: describe(kind) };
  }
}

function readNumber(kind: FieldKind, n: number): Read {
  if (kind.type === 'int')
    return Number.isInteger(n) && n >= kind.min && n <= kind.max
      ? ok(n)
      : { error: describe(kind) };
  if (kind.type === 'share')
    return Number.isFinite(n) && n >= 0 && n <= 1 ? ok(n) : { error: describe(kind) };
  return { error: describe(kind) };
}

/** A CSV cell: text, '' = unknown. */
export function readCsvCell(kind: FieldKind, cell: string): Read {
  const s = cell.trim();
  if (s === '') return ok(null);
  if (kind.type === 'bool') {
    const v = s.toLowerCase();
    return v === 'true' ? ok(true) : v === 'false' ? ok(false) : { error: describe(kind) };
  }
  if (kind.type === 'int')
    return /^-?\d+$/.test(s) ? readNumber(kind, Number(s)) : { error: describe(kind) };
  if (kind.type === 'share')
    return /^\d*\.?\d+$/.test(s) ? readNumber(kind, Number(s)) : { error: describe(kind) };
  return readText(kind, s);
}

/** A JSON value: typed, null or absent = unknown. */
export function readJsonValue(kind: FieldKind, value: unknown): Read {
  if (value === null || value === undefined) return ok(null);
  if (kind.type === 'bool')
    return typeof value === 'boolean' ? ok(value) : { error: describe(kind) };
  if (kind.type === 'int' || kind.type === 'share')
    return typeof value === 'number' ? readNumber(kind, value) : { error: describe(kind) };
  if (typeof value !== 'string') return { error: describe(kind) };
  return value.trim() === '' ? ok(null) : readText(kind, value.trim());
}

/** Fills a region the file left out from the state (Census regions). */
export const regionFor = (state: string | null, region: string | null): string | null =>
  region ?? regionOf(state);
