import {
  COMPETITOR_TYPES,
  SIMULATION_LABEL,
  type SimulationResult,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { describes } from './core-record.ts';
import { programImportSchema } from './program-files.schema.ts';
import { programSchema, programTierSchema } from './programs.schema.ts';

/**
 * What an applicant keeps about programs (private to them): the saved application list with
 * notes, rank order lists, and "simulate my match" runs on a synthetic market.
 */

const MAX_SAVED_PROGRAMS = 500;
const MAX_RANKED_PROGRAMS = 150;
const MAX_SIMULATION_RUNS = 1000;
const MAX_SIMULATION_COMPETITORS = 20_000;

const programId = z.string().trim().min(1, 'Program id is empty').max(64);
const note = z.string().max(2000, 'Notes are at most 2,000 characters').default('');

const entriesOf = (max: number, label: string) =>
  z
    .array(z.object({ programId, note }))
    .max(max, `At most ${max} programs in ${label}`)
    .superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.programId))
          ctx.addIssue({
            code: 'custom',
            path: [i, 'programId'],
            message: `${entry.programId} is on the list twice`,
          });
        seen.add(entry.programId);
      });
    });

const storedEntry = z.object({
  programId: z.string(),
  note: z.string(),
  /** The catalogue record; null when the program has since been removed from the catalogue. */
  program: programSchema.nullable(),
  /** Eligibility, tier and displayed chance for the current profile; null when it cannot be judged. */
  assessment: z
    .object({
      eligible: z.boolean(),
      tier: programTierSchema.nullable(),
      chance: z.number().min(0).max(1).nullable(),
      reasons: z.array(z.string()),
    })
    .nullable()
    .optional(),
});

/** PUT /api/programs/my-list: the whole saved application list replaces the old one. */
export const savedListRequestSchema = z.object({
  entries: entriesOf(MAX_SAVED_PROGRAMS, 'your list'),
});
export type SavedListRequest = z.input<typeof savedListRequestSchema>;

const savedListSchema = z
  .object({ entries: z.array(storedEntry), updatedAt: timestampSchema.nullable() })
  .meta({ id: 'SavedProgramList' });
export type SavedListJson = z.infer<typeof savedListSchema>;
export const savedListResponseSchema = z.object({ list: savedListSchema });
export type SavedListResponse = z.infer<typeof savedListResponseSchema>;

const rankListName = z
  .string()
  .trim()
  .min(1, 'Give the rank list a name')
  .max(120, 'Names are at most 120 characters');

/** A rank order list: programs that interviewed you, in your true order of preference. */
export const rankListRequestSchema = z.object({
  name: rankListName,
  entries: entriesOf(MAX_RANKED_PROGRAMS, 'a rank list'),
});
export type RankListRequest = z.input<typeof rankListRequestSchema>;

const rankListSummarySchema = z
  .object({
    id: idSchema,
    name: z.string(),
    programs: z.int().min(0),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'RankListSummary' });

const rankListSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    entries: z.array(storedEntry),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .meta({ id: 'RankList' });
export type RankListJson = z.infer<typeof rankListSchema>;

export const rankListsResponseSchema = z.object({ rankLists: z.array(rankListSummarySchema) });
export type RankListsResponse = z.infer<typeof rankListsResponseSchema>;
export const rankListResponseSchema = z.object({ rankList: rankListSchema });
export type RankListResponse = z.infer<typeof rankListResponseSchema>;

/** POST /api/programs/simulations: a saved rank list or program ids, not both. */
export const createSimulationRequestSchema = z
  .object({
    rankListId: idSchema.optional(),
    programIds: z
      .array(programId)
      .min(1, 'Rank at least one program')
      .max(MAX_RANKED_PROGRAMS)
      .optional(),
    runs: z
      .int('Runs must be a whole number')
      .min(1, 'At least 1 run')
      .max(MAX_SIMULATION_RUNS, `At most ${MAX_SIMULATION_RUNS} runs`)
      .default(500),
    /** Competing applicants; default scaled to the specialty's positions. */
    competitors: z.int().min(0).max(MAX_SIMULATION_COMPETITORS).optional(),
  })
  .refine((body) => (body.rankListId === undefined) !== (body.programIds === undefined), {
    path: ['rankListId'],
    message: 'Send either rankListId or programIds',
  });
export type CreateSimulationRequest = z.input<typeof createSimulationRequestSchema>;

const SIMULATION_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
const byType = z.record(z.enum(COMPETITOR_TYPES), z.number());

/** The core's `SimulationResult` without `firstRun` (how the runs were split between workers). */
const simulationResultSchema = describes<Omit<SimulationResult, 'firstRun'>>()(
  z.object({
    label: z.literal(SIMULATION_LABEL),
    specialty: z.string(),
    seed: z.int(),
    runs: z.int(),
    competitors: z.int(),
    positions: z.int(),
    rankList: z.array(z.string()),
    matchedAt: z.array(z.int()),
    unmatched: z.int(),
    /** Choices 1…n, then unmatched (choice null); counts sum to runs. */
    distribution: z.array(
      z.object({
        choice: z.int().nullable(),
        programId: z.string().nullable(),
        count: z.int(),
        probability: z.number(),
      }),
    ),
    pMatch: z.number().min(0).max(1),
    /** P(match) had the list stopped after its first k programs. */
    rankSensitivity: z.array(z.object({ ranks: z.int(), probability: z.number() })),
    market: z.object({
      competitorsByType: byType,
      matchedByType: byType,
      matchRateByType: byType,
      filledPositions: z.number(),
      fillRate: z.number(),
    }),
    caveats: z.array(z.string()),
  }),
);
export type SimulationResultJson = z.infer<typeof simulationResultSchema>;

const simulationSchema = z
  .object({
    id: idSchema,
    status: z.enum(SIMULATION_STATUSES),
    /** 0–1 */
    progress: z.number().min(0).max(1),
    rankListId: idSchema.nullable(),
    programIds: z.array(z.string()),
    runs: z.int(),
    competitors: z.int().nullable(),
    /** Same seed, same markets: a simulation can be re-run exactly. */
    seed: z.int(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
    finishedAt: timestampSchema.nullable(),
    error: z.string().nullable(),
    result: simulationResultSchema.nullable(),
  })
  .meta({ id: 'Simulation' });

export const simulationResponseSchema = z.object({ simulation: simulationSchema });
export type SimulationResponse = z.infer<typeof simulationResponseSchema>;
export const simulationListResponseSchema = z.object({
  simulations: z.array(simulationSchema.omit({ result: true })),
});
export type SimulationListResponse = z.infer<typeof simulationListResponseSchema>;

const noteSchema = z.object({ programId: z.string(), note: z.string() });

/** The applicant's program data in the account export (catalogue records are not personal). */
export const programDataExportSchema = z.object({
  savedList: z.object({ entries: z.array(noteSchema), updatedAt: timestampSchema }).nullable(),
  rankLists: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      entries: z.array(noteSchema),
      createdAt: timestampSchema,
      updatedAt: timestampSchema,
    }),
  ),
  simulations: z.array(simulationSchema),
  /** Imports this user made into the shared catalogue. */
  programImports: z.array(programImportSchema),
});
