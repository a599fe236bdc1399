import {
  BLOCKING_REASONS,
  MATCH_STATUSES,
  type MatchOutcome,
  type MatchProblem,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { describes } from './core-record.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const listOf = (description: string) => ({ type: 'array', items: { type: 'object' }, description });

/**
 * A match problem (the core's `MatchProblem`, docs/instance-format.md) travels as a JSON object.
 * Its rules (ids, capacities, rankings, couples, supplemental lists, reversions) are the core's
 * `parseProblem()`, which the match service runs on every upload and which reports each issue
 * with its path. This schema only types the value and sketches it for OpenAPI, so the rules are
 * written down once.
 */
export const matchProblemSchema = z
  .custom<MatchProblem>(
    (value) =>
      isRecord(value) &&
      Array.isArray(value.programs) &&
      Array.isArray(value.applicants) &&
      (value.couples === undefined || Array.isArray(value.couples)),
    'Expected a match problem: an object with "programs" and "applicants" lists',
  )
  .meta({
    id: 'MatchProblem',
    description:
      'A match instance (docs/instance-format.md); checked by the engine, which reports every issue with its path.',
    type: 'object',
    required: ['programs', 'applicants'],
    properties: {
      programs: listOf(
        '{ id, capacity, ranking: applicant ids, reversions?: [{ to, positions }] }',
      ),
      applicants: listOf('{ id, ranking: program ids, supplementalLists?: [...] }'),
      couples: listOf('{ id, members: [a, b], ranking: [[program | null, program | null]] }'),
    },
  });
export type MatchProblemJson = z.infer<typeof matchProblemSchema>;

const reason = z.enum(BLOCKING_REASONS);

const blockingPairSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('single'),
    applicant: z.string(),
    program: z.string(),
    reason,
    displaces: z.string().optional(),
  }),
  z.object({
    kind: z.literal('couple'),
    couple: z.string(),
    members: z.tuple([z.string(), z.string()]),
    pair: z.tuple([z.string().nullable(), z.string().nullable()]),
  }),
  z.object({
    kind: z.literal('supplemental'),
    applicant: z.string(),
    program: z.string(),
    reason,
    displaces: z.string().optional(),
  }),
]);

const n = z.int().min(0);

export const matchStatusSchema = z.enum(MATCH_STATUSES);

export const matchStatsSchema = z.object({
  applicants: n,
  matchedApplicants: n,
  unmatchedApplicants: n,
  positions: n,
  filledPositions: n,
  unfilledPositions: n,
  programsFilled: n,
  programsUnfilled: n,
  proposals: n,
  /** Index k = applicants matched at their (k+1)-th choice. */
  matchedAtChoice: z.array(n),
  nonReciprocatedEntries: n,
  couples: n,
  couplesMatched: n,
  supplementalMatches: n,
  restarts: n,
});

/** The engine's `MatchOutcome` (core vocabulary) as JSON. */
export const matchOutcomeSchema = describes<MatchOutcome>()(
  z
    .object({
      assignments: z.record(z.string(), z.string().nullable()),
      supplementalAssignments: z.record(z.string(), z.string()),
      unfilled: z.record(z.string(), n),
      capacities: z.record(z.string(), n),
      reversions: z.array(z.object({ from: z.string(), to: z.string(), positions: n })),
      stable: z.boolean(),
      status: matchStatusSchema,
      blockingPairs: z.array(blockingPairSchema),
      stats: matchStatsSchema,
    })
    .meta({ id: 'MatchOutcome' }),
);
export type MatchOutcomeJson = z.infer<typeof matchOutcomeSchema>;
