import {
  AFFILIATIONS as PROGRAM_AFFILIATIONS,
  REGIONS as PROGRAM_REGIONS,
  TRACKS as PROGRAM_TRACKS,
  US_STATE_CODES,
} from '@matchready/core/vocabulary';
import { z } from 'zod';

/**
 * The program file (docs/program-data-format.md): one row per program, the same fields in CSV
 * (snake_case columns, text cells) and JSON (camelCase keys, typed values). Empty, null or
 * missing means "not reported"; only id, name and specialty are required.
 */

export const MAX_PROGRAMS_PER_FILE = 100_000;
/** Ids starting with this are synthetic records (generated, not real programs). */
export const SYNTHETIC_ID_PREFIX = 'SYN-';

/**
 * Every issue of a field has one message: "must be <what>", or "is required" when a required
 * field is empty. The parser puts the column name in front and the value after.
 */
const must = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === null || issue.input === undefined ? 'is required' : `must be ${what}`,
});

const text = (max: number) => {
  const m = must(`text of at most ${max} characters`);
  return z.string(m).max(max, m);
};
const int = (min: number, max: number) => {
  const m = must(`a whole number from ${min} to ${max}`);
  return z.int(m).min(min, m).max(max, m);
};
const score = int(1, 300);
const share = (() => {
  const m = must('a share from 0 to 1 (e.g. 0.45 for 45%)');
  return z.number(m).min(0, m).max(1, m);
})();
const bool = z.boolean(must('true or false'));
const lowerCase = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(lowerCase, z.enum(values, must(`one of ${values.join(', ')}`)));
const state = z.preprocess(
  (value) => (typeof value === 'string' ? value.toUpperCase() : value),
  z.enum(US_STATE_CODES, must('a two-letter US state code such as NY')),
);
const date = (() => {
  const m = must('a date written YYYY-MM-DD');
  return z
    .string(m)
    .regex(/^\d{4}-\d{2}-\d{2}$/, m)
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), m);
})();
const url = (() => {
  const m = must('an http:// or https:// address');
  return z
    .string(m)
    .regex(/^https?:\/\/\S+$/i, m)
    .max(500, m);
})();
const programId = (() => {
  const m = must(
    'letters, digits, ".", "_", ":" or "-" (at most 64, starting with a letter or digit)',
  );
  return z.string(m).regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, m);
})();

/**
 * One program as a flat row: a CSV row once its cells are converted (see PROGRAM_FILE_COLUMNS),
 * or a JSON record with `deadlines` spread into its two dates. Strings arrive trimmed, empty
 * ones as null.
 */
export const programFileRowSchema = z.object({
  id: programId,
  name: text(200),
  /** As written: a name, id or abbreviation; the import maps it to the catalogue's id. */
  specialty: text(80),
  state: state.nullable(),
  positions: int(0, 500).nullable(),
  imgShare: share.nullable(),
  j1: bool.nullable(),
  h1b: bool.nullable(),
  minStep2: score.nullable(),
  yogCutoff: int(0, 60).nullable(),
  maxAttempts: int(0, 10).nullable(),
  usceRequired: bool.nullable(),
  institution: text(200).nullable(),
  track: oneOf(PROGRAM_TRACKS).nullable(),
  city: text(100).nullable(),
  /** Left empty, the import derives it from the state. */
  region: oneOf(PROGRAM_REGIONS).nullable(),
  affiliation: oneOf(PROGRAM_AFFILIATIONS).nullable(),
  acceptsImgs: bool.nullable(),
  signals: bool.nullable(),
  applicationDeadline: date.nullable(),
  interviewInvitations: date.nullable(),
  website: url.nullable(),
  typicalStep2: score.nullable(),
  step2P10: score.nullable(),
  step2P90: score.nullable(),
  /** Null: synthetic exactly when the id starts with SYN-. */
  synthetic: bool.nullable(),
});
export type ProgramFileRow = z.output<typeof programFileRowSchema>;
export type ProgramFileKey = keyof ProgramFileRow;

/**
 * A program as read from a file: the catalogue's program record, with the specialty as written
 * and the region as given (the import normalises both).
 */
export type ProgramFileRecord = Omit<
  ProgramFileRow,
  'applicationDeadline' | 'interviewInvitations' | 'synthetic'
> & {
  readonly deadlines: {
    readonly application: string | null;
    readonly interviewInvitations: string | null;
  } | null;
  readonly synthetic: boolean;
};

/** How a CSV cell becomes the row's value: numbers and booleans are typed in JSON already. */
export type CellType = 'text' | 'integer' | 'decimal' | 'boolean';

export interface ProgramFileColumn {
  /** The CSV header (case-insensitive) and the name issues use in both formats. */
  readonly column: string;
  readonly key: ProgramFileKey;
  readonly cell: CellType;
}

const column = (column: string, key: ProgramFileKey, cell: CellType = 'text') => ({
  column,
  key,
  cell,
});

/** Every column in export order. */
export const PROGRAM_FILE_COLUMNS: readonly ProgramFileColumn[] = [
  column('id', 'id'),
  column('name', 'name'),
  column('specialty', 'specialty'),
  column('state', 'state'),
  column('positions', 'positions', 'integer'),
  column('img_share', 'imgShare', 'decimal'),
  column('j1', 'j1', 'boolean'),
  column('h1b', 'h1b', 'boolean'),
  column('min_step2', 'minStep2', 'integer'),
  column('yog_cutoff', 'yogCutoff', 'integer'),
  column('max_attempts', 'maxAttempts', 'integer'),
  column('usce_required', 'usceRequired', 'boolean'),
  column('institution', 'institution'),
  column('track', 'track'),
  column('city', 'city'),
  column('region', 'region'),
  column('affiliation', 'affiliation'),
  column('accepts_imgs', 'acceptsImgs', 'boolean'),
  column('signals', 'signals', 'boolean'),
  column('application_deadline', 'applicationDeadline'),
  column('interview_invitations', 'interviewInvitations'),
  column('website', 'website'),
  column('typical_step2', 'typicalStep2', 'integer'),
  column('step2_p10', 'step2P10', 'integer'),
  column('step2_p90', 'step2P90', 'integer'),
  column('synthetic', 'synthetic', 'boolean'),
];

/** The columns a row cannot do without. */
export const REQUIRED_PROGRAM_COLUMNS: readonly ProgramFileKey[] = ['id', 'name', 'specialty'];

/** Written by the export, accepted and ignored by the import (the import names its dataset). */
export const IGNORED_PROGRAM_COLUMNS: readonly string[] = ['dataset'];
