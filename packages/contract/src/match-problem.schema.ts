import { z } from 'zod';

/**
 * The match instance JSON (mirrors MatchProblem in @matchready/core, docs/instance-format.md):
 * shape only. Cross-references (unknown ids, duplicates) are the engine's validateProblem().
 */
const matchId = z.string().min(1, 'Ids cannot be empty').max(100, 'Ids are at most 100 characters');

const count = (label: string) =>
  z.int(`${label} must be a whole number`).min(0, `${label} cannot be negative`);

export const reversionInputSchema = z.object({
  to: matchId,
  positions: count('Reverted positions'),
});

export const programInputSchema = z.object({
  id: matchId,
  capacity: count('Capacity').max(10_000, 'Capacity is at most 10000'),
  ranking: z.array(matchId),
  reversions: z.array(reversionInputSchema).optional(),
});

export const supplementalListInputSchema = z.object({
  id: matchId,
  advancedPrograms: z.array(matchId),
  ranking: z.array(matchId),
});

export const applicantInputSchema = z.object({
  id: matchId,
  ranking: z.array(matchId),
  supplementalLists: z.array(supplementalListInputSchema).optional(),
});

export const programPairSchema = z.tuple([matchId.nullable(), matchId.nullable()]);

export const coupleInputSchema = z.object({
  id: matchId,
  members: z.tuple([matchId, matchId]),
  ranking: z.array(programPairSchema),
});

export const matchProblemSchema = z
  .object({
    programs: z.array(programInputSchema),
    applicants: z.array(applicantInputSchema),
    couples: z.array(coupleInputSchema).optional(),
  })
  .meta({ id: 'MatchProblem' });
export type MatchProblemJson = z.infer<typeof matchProblemSchema>;

const reason = z.enum(['free-position', 'prefers-over-assignee']);

export const blockingPairSchema = z.discriminatedUnion('kind', [
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

/** The engine's MatchOutcome as JSON (mirrors packages/core/src/matching/outcome.ts). */
export const matchOutcomeSchema = z
  .object({
    assignments: z.record(z.string(), z.string().nullable()),
    supplementalAssignments: z.record(z.string(), z.string()),
    unfilled: z.record(z.string(), n),
    capacities: z.record(z.string(), n),
    reversions: z.array(z.object({ from: z.string(), to: z.string(), positions: n })),
    stable: z.boolean(),
    status: z.enum(['stable', 'no-stable-matching-found']),
    blockingPairs: z.array(blockingPairSchema),
    stats: matchStatsSchema,
  })
  .meta({ id: 'MatchOutcome' });
export type MatchOutcomeJson = z.infer<typeof matchOutcomeSchema>;
