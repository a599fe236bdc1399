import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { DATASET_FILTERS } from './programs.schema.ts';

/** Program data files: import and export of the catalogue, and the CLI's profile file. */

/** Program import files (CSV or JSON) are capped at 10 MB; bigger uploads get 413. */
export const MAX_PROGRAM_FILE_BYTES = 10 * 1024 * 1024;
/** The request body may be a little larger than the file: JSON escaping of the CSV text. */
export const MAX_PROGRAM_IMPORT_BODY_BYTES = 12 * 1024 * 1024;

/** POST /api/programs/imports: a CSV or JSON file's text (docs/program-data-format.md). */
export const programImportRequestSchema = z.object({
  format: z.enum(['csv', 'json'], { error: 'Format must be csv or json' }),
  content: z.string().min(1, 'The file is empty'),
  /** A name for the dataset, e.g. "FREIDA export 2026"; default: "Import <date>". */
  dataset: z.string().trim().min(1).max(120).optional(),
  filename: z.string().trim().max(255).optional(),
});
export type ProgramImportRequest = z.infer<typeof programImportRequestSchema>;

export const programImportSchema = z
  .object({
    id: idSchema,
    dataset: z.string(),
    format: z.enum(['csv', 'json', 'generated']),
    filename: z.string().nullable(),
    programs: z.int().min(0),
    /** Of which: ids that were already in the catalogue and were replaced. */
    replaced: z.int().min(0),
    synthetic: z.boolean(),
    importedAt: timestampSchema,
  })
  .meta({ id: 'ProgramImport' });

export const programImportResponseSchema = z.object({
  import: programImportSchema,
  /** Non-blocking notes, e.g. a specialty the core does not know (no calibrated baseline). */
  warnings: z.array(z.string()),
});
export type ProgramImportResponse = z.infer<typeof programImportResponseSchema>;

export const programExportQuerySchema = z.object({
  format: z.enum(['csv', 'json']).default('csv'),
  dataset: z.enum(DATASET_FILTERS).default('all'),
});

/**
 * The applicant profile file of `matchready programs list --profile FILE` (the core's
 * ApplicantProfile). Unknown keys are errors, so a typo is not silently ignored.
 */
export const profileFileSchema = z.strictObject({
  applicantType: z.enum(['non-us-img', 'us-img'], {
    error: 'applicantType must be "non-us-img" or "us-img"',
  }),
  step2: z.int('step2 must be a whole number').min(1).max(300).nullable().default(null),
  failedAttempts: z.int().min(0, 'failedAttempts must be 0 or more').max(20).default(0),
  graduationYear: z.int('graduationYear must be a year such as 2019').min(1950).max(2100),
  visa: z.enum(['none', 'j1', 'h1b'], { error: 'visa must be "none", "j1" or "h1b"' }),
  step3: z.boolean().default(false),
  usceMonths: z.number().min(0).max(240).default(0),
  researchItems: z.int().min(0).max(1000).optional(),
  /** Will ECFMG requirements be met by the rank order list deadline? null = not known. */
  ecfmgCertified: z.boolean().nullable().optional(),
  specialties: z.array(z.string().trim().min(1)).max(10).default([]),
  states: z
    .array(z.string().trim().length(2, 'states are two-letter codes such as NY'))
    .default([]),
  signaledProgramIds: z.array(z.string()).optional(),
});

/** `matchready simulate --rank-list R.json`: program ids, most preferred first (docs/simulate-cli.md). */
export const rankListFileSchema = z
  .array(z.string().trim().min(1, 'a program id cannot be empty'), {
    error: 'the rank list must be a JSON array of program ids',
  })
  .min(1, 'rank at least one program')
  .max(300, 'the NRMP accepts at most 300 ranks on one list');
