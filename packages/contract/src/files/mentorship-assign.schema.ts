import { ASSIGNMENT_LIMITS } from '@matchready/core/vocabulary';
import { z } from 'zod';

/**
 * The four files of `matchready mentorship assign` (docs/mentorship-assign-format.md): each a
 * header row with exactly these columns, in this order, then one row per record. Row schemas take
 * the (trimmed) cells by column name; the parser reports the first problem of each bad row.
 */
export const ASSIGNMENT_FILE_HEADERS = {
  scores: ['mentee', 'mentor', 'score'],
  capacities: ['mentor', 'capacity'],
  pairs: ['mentee', 'mentor'],
} as const;
export type AssignmentFileKind = keyof typeof ASSIGNMENT_FILE_HEADERS;

const id = (column: string) => z.string().min(1, `the ${column} column is empty`);

const DECIMAL = new RegExp(`^-?\\d+(\\.\\d{1,${ASSIGNMENT_LIMITS.maxScoreDecimals}})?$`);

/** A decimal written with a dot, at most 6 decimal places, |x| ≤ 10⁹ (no 1e3, 87,5 or NaN). */
export const assignmentScoreSchema = z.string().transform((cell, ctx) => {
  const value = Number(cell);
  if (DECIMAL.test(cell) && Math.abs(value) <= ASSIGNMENT_LIMITS.maxAbsScore) return value;
  ctx.addIssue({
    code: 'custom',
    message: DECIMAL.test(cell)
      ? `score must be from -${ASSIGNMENT_LIMITS.maxAbsScore} to ${ASSIGNMENT_LIMITS.maxAbsScore}, got "${cell}"`
      : `score must be a number with at most ${ASSIGNMENT_LIMITS.maxScoreDecimals} decimal places, got "${cell}"`,
  });
  return z.NEVER;
});

const capacity = z.string().transform((cell, ctx) => {
  const value = Number(cell);
  if (/^\d+$/.test(cell) && value <= ASSIGNMENT_LIMITS.maxCapacity) return value;
  ctx.addIssue({
    code: 'custom',
    message: `capacity must be a whole number from 0 to ${ASSIGNMENT_LIMITS.maxCapacity}, got "${cell}"`,
  });
  return z.NEVER;
});

export const scoreRowSchema = z.object({
  mentee: id('mentee'),
  mentor: id('mentor'),
  score: assignmentScoreSchema,
});
export const capacityRowSchema = z.object({ mentor: id('mentor'), capacity });
export const pairRowSchema = z.object({ mentee: id('mentee'), mentor: id('mentor') });

export const ASSIGNMENT_ROW_SCHEMAS = {
  scores: scoreRowSchema,
  capacities: capacityRowSchema,
  pairs: pairRowSchema,
} as const;

export type ScoreRow = z.output<typeof scoreRowSchema>;
export type CapacityRow = z.output<typeof capacityRowSchema>;
export type PairRow = z.output<typeof pairRowSchema>;
