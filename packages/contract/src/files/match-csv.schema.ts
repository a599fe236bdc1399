import { z } from 'zod';

/**
 * The "NRMP-like" match CSV (docs/match-csv-format.md): one row per program, applicant or
 * couple, `type,id,detail,ranking`. Each row type is a zod schema over the row's (trimmed)
 * cells; the parser reports the first problem of each bad row with its line.
 */

export const MATCH_CSV_HEADER = ['type', 'id', 'detail', 'ranking'] as const;
/** In a couple's pair, the member who matches nowhere. */
export const NO_MATCH = '-';

const id = z.string().min(1, 'the id column is empty');

/** `A1|A2|A3`, most preferred first; an empty cell is an empty list. */
const ranking = z
  .string()
  .transform((cell) => (cell === '' ? [] : cell.split('|').map((part) => part.trim())))
  .refine((list) => !list.includes(''), 'the ranking has an empty entry (two "|" in a row?)');

/** The checks every row type shares, made before its own. */
export const matchCsvCommonSchema = z.object({ id, ranking });

const capacity = z
  .string()
  .refine((detail) => /^\d+$/.test(detail) && Number.isSafeInteger(Number(detail)), {
    error: (issue) => `capacity must be a whole number ≥ 0, got "${String(issue.input)}"`,
  })
  .transform(Number);

export const programRowSchema = z
  .object({ id, detail: capacity, ranking })
  .transform(({ id, detail, ranking }) => ({ id, capacity: detail, ranking }));

export const applicantRowSchema = z
  .object({
    id,
    detail: z.literal('', {
      error: (issue) => `applicant rows leave the third column empty, got "${String(issue.input)}"`,
    }),
    ranking,
  })
  .transform(({ id, ranking }) => ({ id, ranking }));

const members = z.string().transform((detail, ctx) => {
  const parts = detail.split('+').map((member) => member.trim());
  const [first, second] = parts;
  if (parts.length === 2 && first && second) return [first, second] as [string, string];
  ctx.addIssue({
    code: 'custom',
    message: `couple members must be written "member1+member2", got "${detail}"`,
  });
  return z.NEVER;
});

/** `P1+P2|P2+-|-+P1`: program pairs, `-` for the member who matches nowhere. */
const pairs = ranking.transform((list, ctx) => {
  const out: [string | null, string | null][] = [];
  for (const entry of list) {
    const pair = entry.split('+').map((part) => part.trim());
    const [first, second] = pair;
    if (pair.length !== 2 || !first || !second) {
      ctx.addIssue({
        code: 'custom',
        message: `couple ranking entries are "program1+program2" ("-" = no match), got "${entry}"`,
      });
      return z.NEVER;
    }
    out.push([first === NO_MATCH ? null : first, second === NO_MATCH ? null : second]);
  }
  return out;
});

export const coupleRowSchema = z
  .object({ id, detail: members, ranking: pairs })
  .transform(({ id, detail, ranking }) => ({ id, members: detail, ranking }));

export const MATCH_CSV_ROWS = {
  program: programRowSchema,
  applicant: applicantRowSchema,
  couple: coupleRowSchema,
} as const;
export type MatchCsvRowType = keyof typeof MATCH_CSV_ROWS;

export type ProgramRow = z.output<typeof programRowSchema>;
export type ApplicantRow = z.output<typeof applicantRowSchema>;
export type CoupleRow = z.output<typeof coupleRowSchema>;
