// solveMatch on random markets with couples: validity, honesty of the stability claim against
// brute force and the naive oracle, determinism, options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../vocabulary/matching.ts';
import { findBlockingPairs } from './blocking-pairs.ts';
import { generateInstance } from './generate.ts';
import { isPlainMarket, type SolveOptions, solveMatch } from './solve.ts';
import {
  allMatchings,
  naiveBlockingPairs,
  randomCouplesProblem,
  randomNrmpProblem,
  randomSinglesProblem,
} from './test-support.ts';

const solved = (problem: MatchProblem, options: SolveOptions = {}): MatchOutcome => {
  const result = solveMatch(problem, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const market = fc
  .record({
    singles: fc.integer({ min: 0, max: 4 }),
    couples: fc.integer({ min: 1, max: 2 }),
    programs: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer(),
  })
  .map(({ singles, couples, programs, seed }) =>
    randomCouplesProblem(singles, couples, programs, seed),
  );

/** Capacities respected, mutual acceptability, couples on a listed pair or both unmatched. */
function expectValid(problem: MatchProblem, outcome: MatchOutcome): void {
  for (const program of problem.programs) {
    const held = Object.entries(outcome.assignments).filter(([, p]) => p === program.id);
    expect(held.length).toBeLessThanOrEqual(outcome.capacities[program.id] ?? 0);
    for (const [a] of held) expect(program.ranking).toContain(a);
  }
  for (const applicant of problem.applicants) {
    const p = outcome.assignments[applicant.id];
    if (p != null && applicant.ranking.length > 0) expect(applicant.ranking).toContain(p);
  }
  for (const couple of problem.couples ?? []) {
    const pair = couple.members.map((m) => outcome.assignments[m] ?? null);
    if (pair[0] !== null || pair[1] !== null) expect(couple.ranking).toContainEqual(pair);
  }
}

describe('solveMatch with couples', () => {
  it('returns a valid matching and an honest verdict, and never claims stability when none exists', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(market, (problem) => {
        const outcome = solved(problem, { maxRestarts: 2, cycleLimit: 16 });
        expectValid(problem, outcome);
        const naive = naiveBlockingPairs(problem, outcome);
        expect(outcome.blockingPairs.length).toBe(naive.length);
        expect(outcome.stable).toBe(naive.length === 0);
        expect(outcome.status).toBe(outcome.stable ? 'stable' : 'no-stable-matching-found');
        const anyStable = allMatchings(problem).some(
          (m) => naiveBlockingPairs(problem, { assignments: m }).length === 0,
        );
        if (!anyStable) expect(outcome.stable).toBe(false);
      }),
      { numRuns: 250 },
    );
  });

  it('is deterministic for the same input and options', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(market, fc.integer({ min: 0, max: 1000 }), (problem, seed) => {
        expect(solved(problem, { seed })).toEqual(solved(problem, { seed }));
      }),
      { numRuns: 100 },
    );
  });

  it('counts couples and matched members in its statistics', () => {
    fc.assert(
      fc.property(market, (problem) => {
        const { stats, assignments } = solved(problem);
        const couples = problem.couples ?? [];
        expect(stats.couples).toBe(couples.length);
        const matchedCouples = couples.filter((c) => c.members.some((m) => assignments[m] != null));
        expect(stats.couplesMatched).toBe(matchedCouples.length);
        expect(stats.matchedAtChoice.reduce((s, n) => s + n, 0)).toBe(stats.matchedApplicants);
      }),
      { numRuns: 100 },
    );
  });
});

describe('solveMatch options', () => {
  const problem = randomCouplesProblem(4, 2, 3, 42);

  it('skips the certificate with verify: false but keeps the matching', () => {
    const verified = solved(problem);
    const unverified = solved(problem, { verify: false });
    expect(unverified.assignments).toEqual(verified.assignments);
    if (verified.stable) expect(unverified.blockingPairs).toEqual([]);
  });

  it("by default ('auto') trusts the theorem only on plain markets, where the independent checker agrees", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer(),
        (nA, nP, seed) => {
          const plain = randomSinglesProblem(nA, nP, seed);
          const outcome = solved(plain);
          expect(outcome.stable).toBe(true);
          expect(findBlockingPairs(plain, outcome)).toEqual([]);
          expect(naiveBlockingPairs(plain, outcome)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('treats a market as plain only without couples, supplemental lists and reversions', () => {
    const plain = randomSinglesProblem(6, 3, 5);
    expect(isPlainMarket(plain)).toBe(true);
    expect(isPlainMarket(randomCouplesProblem(4, 2, 3, 42))).toBe(false);
    const [first, ...rest] = plain.programs;
    if (first === undefined) throw new Error('no program');
    const reverting = {
      ...plain,
      programs: [{ ...first, reversions: [{ to: 'p1', positions: 1 }] }, ...rest],
    };
    expect(isPlainMarket(reverting)).toBe(false);
    const [a0, ...others] = plain.applicants;
    if (a0 === undefined) throw new Error('no applicant');
    const supplemental = {
      ...plain,
      applicants: [
        { ...a0, supplementalLists: [{ id: 's', advancedPrograms: ['p0'], ranking: ['p1'] }] },
        ...others,
      ],
    };
    expect(isPlainMarket(supplemental)).toBe(false);
  });

  it('rejects invalid options as programmer errors', () => {
    expect(() => solveMatch(problem, { maxRestarts: -1 })).toThrow(/maxRestarts/);
    expect(() => solveMatch(problem, { seed: 1.5 })).toThrow(/seed/);
  });

  it('gives up within a tiny proposal budget and still returns a valid matching', () => {
    const big = randomCouplesProblem(30, 5, 6, 7);
    const outcome = solved(big, { maxProposals: 3, maxRestarts: 1 });
    expect(outcome.status).toBe('no-stable-matching-found');
    expect(outcome.stats.restarts).toBe(1);
    expectValid(big, outcome);
    expect(outcome.blockingPairs.length).toBe(naiveBlockingPairs(big, outcome).length);
  });

  it('fails with issues, never an outcome, for invalid input', () => {
    const result = solveMatch({
      programs: [{ id: 'P', capacity: -1, ranking: [] }],
      applicants: [],
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid-capacity',
          path: ['programs', 0, 'capacity'],
          message: expect.any(String),
        },
      ],
    });
  });
});

describe('solveMatch with supplemental lists and reversions', () => {
  const nrmp = fc
    .record({
      nA: fc.integer({ min: 1, max: 30 }),
      nP: fc.integer({ min: 2, max: 7 }),
      seed: fc.integer(),
    })
    .map(({ nA, nP, seed }) => randomNrmpProblem(nA, nP, seed));

  it('returns a valid matching with an honest verdict and consistent reversions', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(nrmp, (problem) => {
        const outcome = solved(problem);
        expectValid(problem, outcome);
        expect(outcome.blockingPairs.length).toBe(naiveBlockingPairs(problem, outcome).length);
        expect(outcome.stable).toBe(outcome.blockingPairs.length === 0);
        const total = (caps: Record<string, number>) =>
          Object.values(caps).reduce((s, n) => s + n, 0);
        expect(total(outcome.capacities)).toBe(
          problem.programs.reduce((s, p) => s + p.capacity, 0),
        );
        for (const r of outcome.reversions) {
          const donor = problem.programs.find((p) => p.id === r.from);
          const allowed = donor?.reversions?.find((x) => x.to === r.to)?.positions ?? 0;
          expect(r.positions).toBeGreaterThan(0);
          expect(r.positions).toBeLessThanOrEqual(allowed);
        }
        for (const [a, prelim] of Object.entries(outcome.supplementalAssignments)) {
          const applicant = problem.applicants.find((x) => x.id === a);
          const linked = applicant?.supplementalLists?.find((s) =>
            s.advancedPrograms.includes(outcome.assignments[a] ?? ''),
          );
          expect(linked?.ranking).toContain(prelim);
        }
        const holders = (p: string) =>
          Object.values(outcome.assignments).filter((x) => x === p).length +
          Object.values(outcome.supplementalAssignments).filter((x) => x === p).length;
        for (const p of problem.programs)
          expect(holders(p.id)).toBe(
            (outcome.capacities[p.id] ?? 0) - (outcome.unfilled[p.id] ?? 0),
          );
      }),
      { numRuns: 300 },
    );
  });
});

describe('solveMatch on generated NRMP-like markets', () => {
  it('certifies its verdict, is deterministic and leaves the input untouched', {
    timeout: 30_000,
  }, () => {
    for (const seed of [1, 2]) {
      const problem = generateInstance({
        applicants: 1000,
        programs: 100,
        couples: 30,
        supplementalLists: 40,
        reversions: 8,
        seed,
      });
      const copy = structuredClone(problem);
      const outcome = solved(problem);
      expectValid(problem, outcome);
      expect(findBlockingPairs(problem, outcome)).toEqual(outcome.blockingPairs);
      expect(outcome.stable).toBe(outcome.blockingPairs.length === 0);
      expect(solved(problem)).toEqual(outcome);
      expect(problem).toEqual(copy);
    }
  });
});
