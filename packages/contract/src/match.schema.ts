import { CHOICE_LISTS, EXPLANATION_CODES, type ProgramReason } from '@matchready/core/vocabulary';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { describes } from './core-record.ts';
import {
  matchOutcomeSchema,
  matchProblemSchema,
  matchStatsSchema,
  matchStatusSchema,
} from './match-problem.schema.ts';

/**
 * Size caps for saved instances: runs are solved synchronously inside the request, so a saved
 * instance stays small enough to solve in well under a second. Bigger simulations belong to the
 * CLI (`matchready match`). Documented in docs/match-csv-format.md.
 */
export const MAX_INSTANCE_APPLICANTS = 5_000;
export const MAX_INSTANCE_PROGRAMS = 5_000;
/** Upload size for instance create/update (JSON or CSV text inside the JSON body). */
export const MAX_INSTANCE_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Every other request body. */
export const MAX_JSON_BODY_BYTES = 100 * 1024;

const INSTANCE_FORMATS = ['json', 'csv'] as const;
const instanceFormatSchema = z.enum(INSTANCE_FORMATS, {
  error: 'Format must be json or csv',
});

const instanceName = z
  .string()
  .trim()
  .min(1, 'Give the instance a name')
  .max(120, 'Names are at most 120 characters');

const instanceContent = z
  .string()
  .min(1, 'The instance file is empty')
  .max(MAX_INSTANCE_UPLOAD_BYTES, 'The instance file is larger than 10 MB');

export const createInstanceRequestSchema = z.object({
  name: instanceName,
  format: instanceFormatSchema,
  /** The instance file's text: MatchProblem JSON, or CSV (docs/match-csv-format.md). */
  content: instanceContent,
});
export type CreateInstanceRequest = z.infer<typeof createInstanceRequestSchema>;

export const updateInstanceRequestSchema = z.object({
  name: instanceName.optional(),
  format: instanceFormatSchema,
  content: instanceContent,
});

const instanceSummarySchema = z.object({
  applicants: z.int().min(0),
  programs: z.int().min(0),
  couples: z.int().min(0),
  positions: z.int().min(0),
});

const matchInstanceListItemSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    summary: instanceSummarySchema,
  })
  .meta({ id: 'MatchInstanceListItem' });
export type MatchInstanceListItem = z.infer<typeof matchInstanceListItemSchema>;

export const matchInstanceSchema = matchInstanceListItemSchema
  .extend({ problem: matchProblemSchema })
  .meta({ id: 'MatchInstance' });

export const instanceListResponseSchema = z.object({
  instances: z.array(matchInstanceListItemSchema),
});
export type InstanceListResponse = z.infer<typeof instanceListResponseSchema>;

export const instanceResponseSchema = z.object({ instance: matchInstanceSchema });
export type InstanceResponse = z.infer<typeof instanceResponseSchema>;

const matchRunSummarySchema = z
  .object({
    id: idSchema,
    instanceId: idSchema,
    createdAt: timestampSchema,
    durationMs: z.number().min(0),
    status: matchStatusSchema,
    stats: matchStatsSchema,
  })
  .meta({ id: 'MatchRunSummary' });
export type MatchRunSummary = z.infer<typeof matchRunSummarySchema>;

export const matchRunSchema = z
  .object({
    id: idSchema,
    instanceId: idSchema,
    createdAt: timestampSchema,
    durationMs: z.number().min(0),
    outcome: matchOutcomeSchema,
  })
  .meta({ id: 'MatchRun' });
export type MatchRun = z.infer<typeof matchRunSchema>;

export const runResponseSchema = z.object({ run: matchRunSchema });
export type RunResponse = z.infer<typeof runResponseSchema>;

export const runListResponseSchema = z.object({ runs: z.array(matchRunSummarySchema) });
export type RunListResponse = z.infer<typeof runListResponseSchema>;

export const explainParamsSchema = z.object({ id: idSchema, applicantId: z.string().min(1) });

/** The engine's reason why one program did (not) take the applicant (core: ProgramReason). */
const programReasonSchema = describes<ProgramReason>()(
  z.object({
    applicant: z.string(),
    program: z.string().nullable(),
    code: z.enum(EXPLANATION_CODES),
    message: z.string(),
    applicantRank: z.int().min(1).optional(),
    higherRanked: z.array(z.string()).optional(),
  }),
);

/** Why an applicant did (not) match at each program on their list, from the blocking-pair logic. */
const matchExplanationEntrySchema = z.object({
  /** 1-based position on the applicant's (or couple's, or supplemental) list. */
  rank: z.int().min(1),
  /** The program; for couples the pair, e.g. "P1 + P2" or "P1 + no match". */
  programId: z.string(),
  /**
   * `matched`, `below-your-match`, `blocking-pair` (the outcome is not stable here),
   * `filled-with-preferred`, `not-ranked-by-program`, `no-positions`, `not-room-for-both`…
   */
  verdict: z.string(),
  /** One sentence for people. */
  message: z.string(),
  /** Which list the rank is on. */
  list: z.enum(CHOICE_LISTS).optional(),
  /** The program, or the couple's pair in member order (null = no match). */
  programs: z.array(z.string().nullable()).optional(),
  blocking: z.boolean().optional(),
  reasons: z.array(programReasonSchema).optional(),
});

const matchExplanationSchema = z
  .object({
    runId: idSchema,
    applicantId: z.string(),
    matchedProgram: z.string().nullable(),
    /** 1-based position of the matched program on the applicant's list; null when unmatched. */
    matchedRank: z.int().min(1).nullable(),
    /** The applicant's list in order, each entry with its verdict. */
    entries: z.array(matchExplanationEntrySchema),
    /** Summary sentence, e.g. "A1 matched at P1, their 2nd choice." */
    summary: z.string(),
    couple: z.string().nullable().optional(),
    partner: z.string().nullable().optional(),
    /** The preliminary (PGY-1) program from a supplemental list, if any. */
    supplementalResult: z.string().nullable().optional(),
  })
  .meta({ id: 'MatchExplanation' });
export type MatchExplanation = z.infer<typeof matchExplanationSchema>;

export const explanationResponseSchema = z.object({ explanation: matchExplanationSchema });
export type ExplanationResponse = z.infer<typeof explanationResponseSchema>;
