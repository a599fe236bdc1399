import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchProblem } from '../vocabulary/matching.ts';
import { generateInstance } from './generate.ts';
import { solveMatch } from './solve.ts';
import { type SinglesMarket, solveSingles } from './solve-singles.ts';

/** A singles-only problem as the integer CSR lists solveSingles takes. */
function toMarket(problem: MatchProblem): SinglesMarket {
  const programIndex = new Map(problem.programs.map((p, i) => [p.id, i]));
  const applicantIndex = new Map(problem.applicants.map((a, i) => [a.id, i]));
  const csr = (lists: readonly (readonly string[])[], index: Map<string, number>) => {
    const start = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => {
      start[i + 1] = (start[i] as number) + list.length;
    });
    const flat = Int32Array.from(lists.flat(), (id) => index.get(id) as number);
    return { start, flat };
  };
  const programs = csr(
    problem.programs.map((p) => p.ranking),
    applicantIndex,
  );
  const applicants = csr(
    problem.applicants.map((a) => a.ranking),
    programIndex,
  );
  return {
    nPrograms: problem.programs.length,
    nApplicants: problem.applicants.length,
    capacity: Int32Array.from(problem.programs, (p) => p.capacity),
    programStart: programs.start,
    programList: programs.flat,
    applicantStart: applicants.start,
    applicantList: applicants.flat,
  };
}

describe('solveSingles', () => {
  it('gives exactly solveMatch’s matching, as indices, on random singles markets', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 30 }),
        (seed, applicants, programs) => {
          const problem = generateInstance({ seed, applicants, programs, meanCapacity: 3 });
          const solved = solveMatch(problem);
          if (!solved.ok) throw new Error('generated instances are valid');
          const expected = solved.value;
          const got = solveSingles(toMarket(problem));
          const assignments = Object.fromEntries(
            problem.applicants.map((a, i) => {
              const p = got.assignment[i] as number;
              return [a.id, p < 0 ? null : (problem.programs[p]?.id ?? null)];
            }),
          );
          expect(assignments).toEqual(expected.assignments);
          expect(got.filledPositions).toBe(expected.stats.filledPositions);
          const choices = [...got.choice].filter((c) => c >= 0);
          const counted: number[] = [];
          for (const c of choices) counted[c] = (counted[c] ?? 0) + 1;
          expect(Array.from(counted, (n) => n ?? 0)).toEqual(expected.stats.matchedAtChoice);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves everyone unmatched in an empty market', () => {
    const out = solveSingles(
      toMarket({
        programs: [{ id: 'P', capacity: 0, ranking: ['A'] }],
        applicants: [{ id: 'A', ranking: ['P'] }],
      }),
    );
    expect([...out.assignment]).toEqual([-1]);
    expect(out.filledPositions).toBe(0);
  });
});
