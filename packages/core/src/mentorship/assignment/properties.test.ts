// Properties of the solver on many small random problems, against exhaustive search
// (test-support.ts) and the independent certificate check. Under CI=true fast-check runs with a
// fixed seed (there is no global fast-check configuration in this repository).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
} from '../../vocabulary/assignment.ts';
import { certifyAssignment } from './certify.ts';
import { solveAssignment } from './solve.ts';
import { bruteForceBest, type Objective, randomSmallProblem } from './test-support.ts';

const seeded = process.env.CI ? { seed: 20_261_202 } : {};

const small = fc
  .record({
    mentees: fc.integer({ min: 0, max: 6 }),
    mentors: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
    density: fc.constantFrom(0.3, 0.6, 0.9),
    pins: fc.boolean(),
    forbids: fc.boolean(),
    minimumScore: fc.boolean(),
    negative: fc.boolean(),
  })
  .map(randomSmallProblem);

const solved = (problem: AssignmentProblem, mode: AssignmentMode): AssignmentResult => {
  const result = solveAssignment(problem, { mode });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const objectiveOf = (result: AssignmentResult): Objective => ({
  matched: result.matched,
  totalTenths: Math.round(result.total * 10),
  minTenths: result.minScore === null ? null : Math.round(result.minScore * 10),
});

/** What the mode optimises: total ignores the lowest score (equal totals may differ there). */
const ranked = (mode: AssignmentMode, o: Objective) =>
  mode === 'total' ? { matched: o.matched, totalTenths: o.totalTenths } : o;

describe.each(['total', 'fair'] as const)('mode %s on small random problems', (mode) => {
  it('reaches the optimum found by exhaustive search', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(small, (problem) => {
        const best = bruteForceBest(problem, mode);
        expect(ranked(mode, objectiveOf(solved(problem, mode)))).toEqual(ranked(mode, best));
      }),
      { numRuns: 400, ...seeded },
    );
  });

  it('never breaks a capacity, pin, forbid or the minimum score', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(small, (problem) => {
        const result = solved(problem, mode);
        const load = new Map<string, number>();
        for (const pair of result.pairs) {
          load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
          const scored = problem.scores.find(
            (s) => s.mentee === pair.mentee && s.mentor === pair.mentor,
          );
          expect(scored?.score).toBe(pair.score);
          expect(pair.score).toBeGreaterThanOrEqual(problem.minimumScore ?? -Infinity);
          expect(problem.forbids).not.toContainEqual({ mentee: pair.mentee, mentor: pair.mentor });
        }
        for (const mentor of problem.mentors) {
          expect(load.get(mentor.id) ?? 0).toBeLessThanOrEqual(mentor.capacity);
        }
        for (const pin of problem.pins ?? []) {
          expect(result.assignments[pin.mentee]).toBe(pin.mentor);
        }
        expect(Object.keys(result.assignments).sort()).toEqual([...problem.mentees].sort());
      }),
      { numRuns: 300, ...seeded },
    );
  });

  it('has a certificate that the independent check accepts, and rejects when one pair is worsened', {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(small, (problem) => {
        const result = solved(problem, mode);
        expect(certifyAssignment(problem, result).ok).toBe(true);
        // Move one unpinned mentee to a strictly worse allowed mentor with room, or drop a
        // positive pair: the certificate no longer proves the result.
        const pinned = new Set((problem.pins ?? []).map((p) => p.mentee));
        const drop = result.pairs.find((p) => !pinned.has(p.mentee) && p.score > 0);
        fc.pre(drop !== undefined);
        const assignments = { ...result.assignments, [drop!.mentee]: null };
        const pairs = result.pairs.filter((p) => p !== drop);
        const worse: AssignmentResult = {
          ...result,
          assignments,
          pairs,
          matched: pairs.length,
          total: Math.round((result.total - drop!.score) * 1e6) / 1e6,
          minScore: pairs.length === 0 ? null : Math.min(...pairs.map((p) => p.score)),
        };
        const check = certifyAssignment(problem, worse);
        expect(check.ok).toBe(false);
        const codes = check.ok ? [] : check.issues.map((i) => i.code);
        expect(codes.some((c) => c === 'duality-gap' || c === 'cover-too-large')).toBe(true);
      }),
      { numRuns: 300, ...seeded },
    );
  });

  it('depends on the content of the problem, not on the order of its rows', () => {
    fc.assert(
      fc.property(small, fc.integer(), (problem, salt) => {
        const reorder = <T>(items: readonly T[]) =>
          items
            .map((item, k) => ({ item, key: (k * 7919 + salt) % 104_729 }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.item);
        const shuffledProblem: AssignmentProblem = {
          ...problem,
          mentees: reorder(problem.mentees),
          mentors: reorder(problem.mentors),
          scores: reorder(problem.scores),
        };
        const a = solved(problem, mode);
        const b = solved(shuffledProblem, mode);
        expect(b.pairs).toEqual(a.pairs);
        expect(b.certificate).toEqual(a.certificate);
      }),
      { numRuns: 150, ...seeded },
    );
  });
});

describe('medium random problems (beyond exhaustive search)', () => {
  const medium = fc
    .record({
      mentees: fc.integer({ min: 10, max: 80 }),
      mentors: fc.integer({ min: 2, max: 15 }),
      seed: fc.integer(),
      density: fc.constantFrom(0.2, 0.5),
      pins: fc.boolean(),
      forbids: fc.boolean(),
      minimumScore: fc.boolean(),
    })
    .map(randomSmallProblem);

  it.each(['total', 'fair'] as const)(
    'mode %s: the independent check proves every result optimal',
    {
      timeout: 60_000,
    },
    (mode) => {
      fc.assert(
        fc.property(medium, (problem) => {
          const result = solveAssignment(problem, { mode, verify: false });
          expect(result.ok && certifyAssignment(problem, result.value).ok).toBe(true);
        }),
        { numRuns: 100, ...seeded },
      );
    },
  );
});

describe('fair versus total', () => {
  it('fair never matches fewer, and total never has a lower total', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(small, (problem) => {
        const fair = solved(problem, 'fair');
        const total = solved(problem, 'total');
        expect(fair.matched).toBeGreaterThanOrEqual(total.matched);
        expect(Math.round(total.total * 10)).toBeGreaterThanOrEqual(Math.round(fair.total * 10));
      }),
      { numRuns: 200, ...seeded },
    );
  });
});
