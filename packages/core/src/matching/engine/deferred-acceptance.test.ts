// Properties of the singles algorithm against independent oracles (test-support.ts): brute-force
// enumeration of all stable matchings, a naive stability check and program-proposing DA.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, shuffled } from '../../shared/random.ts';
import type { MatchOutcome, MatchProblem } from '../../vocabulary/matching.ts';
import { findBlockingPairs } from '../blocking-pairs.ts';
import { solveMatch } from '../solve.ts';
import {
  allMatchings,
  naiveBlockingPairs,
  programOptimal,
  randomSinglesProblem,
} from '../test-support.ts';

const solved = (problem: MatchProblem): MatchOutcome => {
  const result = solveMatch(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const tiny = fc
  .record({
    nA: fc.integer({ min: 1, max: 6 }),
    nP: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
  })
  .map(({ nA, nP, seed }) => randomSinglesProblem(nA, nP, seed));

const medium = fc
  .record({
    nA: fc.integer({ min: 5, max: 40 }),
    nP: fc.integer({ min: 1, max: 8 }),
    seed: fc.integer(),
  })
  .map(({ nA, nP, seed }) => randomSinglesProblem(nA, nP, seed, 4));

describe('deferred acceptance (singles)', () => {
  it('has no blocking pair, by the naive check and by findBlockingPairs', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const outcome = solved(problem);
        expect(outcome.status).toBe('stable');
        expect(naiveBlockingPairs(problem, outcome)).toEqual([]);
        expect(findBlockingPairs(problem, outcome)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('equals the applicant-optimal stable matching found by brute force', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(tiny, (problem) => {
        const stable = allMatchings(problem).filter(
          (m) => naiveBlockingPairs(problem, { assignments: m }).length === 0,
        );
        expect(stable.length).toBeGreaterThan(0);
        const outcome = solved(problem);
        for (const applicant of problem.applicants) {
          const score = (p: string | null | undefined): number =>
            p == null ? Infinity : applicant.ranking.indexOf(p);
          const best = Math.min(...stable.map((m) => score(m[applicant.id])));
          expect(score(outcome.assignments[applicant.id])).toBe(best);
        }
        expect(stable).toContainEqual(outcome.assignments);
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the input order of applicants or programs', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(medium, fc.integer(), (problem, seed) => {
        const random = createRandom(seed);
        const reordered = {
          applicants: shuffled(problem.applicants, random),
          programs: shuffled(problem.programs, random),
        };
        expect(solved(reordered).assignments).toEqual(solved(problem).assignments);
      }),
      { numRuns: 100 },
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const copy = structuredClone(problem);
        const first = solved(problem);
        expect(solved(problem)).toEqual(first);
        expect(problem).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });

  it('satisfies the rural hospitals theorem against the program-optimal matching', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const applicantOptimal = solved(problem).assignments;
        const programOpt = programOptimal(problem);
        expect(naiveBlockingPairs(problem, { assignments: programOpt })).toEqual([]);
        const matched = (m: Record<string, string | null | undefined>) =>
          Object.keys(m)
            .filter((a) => m[a] != null)
            .sort();
        expect(matched(applicantOptimal)).toEqual(matched(programOpt));
        for (const program of problem.programs) {
          const at = (m: Record<string, string | null | undefined>) =>
            Object.keys(m)
              .filter((a) => m[a] === program.id)
              .sort();
          expect(at(applicantOptimal).length).toBe(at(programOpt).length);
          if (at(programOpt).length < program.capacity)
            expect(at(applicantOptimal)).toEqual(at(programOpt));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps its statistics consistent with the assignments', () => {
    fc.assert(
      fc.property(medium, (problem) => {
        const { stats, assignments, unfilled } = solved(problem);
        const matched = Object.values(assignments).filter((p) => p !== null).length;
        expect(stats.matchedApplicants).toBe(matched);
        expect(stats.unmatchedApplicants).toBe(problem.applicants.length - matched);
        expect(stats.matchedAtChoice.reduce((s, n) => s + n, 0)).toBe(matched);
        expect(stats.filledPositions).toBe(matched);
        expect(Object.keys(unfilled).sort()).toEqual(problem.programs.map((p) => p.id).sort());
        expect(Object.values(unfilled).reduce((s, n) => s + n, 0)).toBe(stats.unfilledPositions);
        expect(stats.restarts).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
