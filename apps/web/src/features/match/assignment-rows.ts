import type { MatchOutcomeJson, MatchProblemJson } from '@matchready/contract';

export interface AssignmentRow {
  readonly applicantId: string;
  /** Primary program, or null when unmatched. */
  readonly program: string | null;
  /** 1-based position of the program on the applicant's (or couple's) list; null when unmatched or not found. */
  readonly choice: number | null;
  readonly supplemental: string | null;
  readonly coupleId: string | null;
}

/** One row per applicant, in the instance's order, with the rank at which each matched. */
export function buildAssignmentRows(
  problem: MatchProblemJson,
  outcome: MatchOutcomeJson,
): AssignmentRow[] {
  const coupleOf = new Map<
    string,
    {
      id: string;
      member: 0 | 1;
      ranking: readonly (readonly [string | null, string | null])[];
      other: string;
    }
  >();
  for (const couple of problem.couples ?? []) {
    const [a, b] = couple.members;
    coupleOf.set(a, { id: couple.id, member: 0, ranking: couple.ranking, other: b });
    coupleOf.set(b, { id: couple.id, member: 1, ranking: couple.ranking, other: a });
  }
  return problem.applicants.map((applicant) => {
    const program = outcome.assignments[applicant.id] ?? null;
    const supplemental = outcome.supplementalAssignments[applicant.id] ?? null;
    const couple = coupleOf.get(applicant.id);
    let choice: number | null = null;
    if (couple) {
      const mine = program;
      const theirs = outcome.assignments[couple.other] ?? null;
      const pair = couple.member === 0 ? [mine, theirs] : [theirs, mine];
      const index = couple.ranking.findIndex(([x, y]) => x === pair[0] && y === pair[1]);
      choice = index >= 0 && program !== null ? index + 1 : null;
    } else if (program !== null) {
      const index = applicant.ranking.indexOf(program);
      choice = index >= 0 ? index + 1 : null;
    }
    return {
      applicantId: applicant.id,
      program,
      choice,
      supplemental,
      coupleId: couple?.id ?? null,
    };
  });
}

export type AssignmentFilter = 'all' | 'matched' | 'unmatched';

export function filterRows(
  rows: readonly AssignmentRow[],
  query: string,
  filter: AssignmentFilter,
): AssignmentRow[] {
  const needle = query.trim().toLowerCase();
  return rows.filter((row) => {
    if (filter === 'matched' && row.program === null) return false;
    if (filter === 'unmatched' && row.program !== null) return false;
    if (needle === '') return true;
    return (
      row.applicantId.toLowerCase().includes(needle) ||
      (row.program?.toLowerCase().includes(needle) ?? false) ||
      (row.supplemental?.toLowerCase().includes(needle) ?? false)
    );
  });
}
