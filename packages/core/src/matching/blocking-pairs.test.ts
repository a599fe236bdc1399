// The stability checker: hand-made definition cases, corruption of stable outputs, and agreement
// with the naive set-based oracle (test-support.ts) on every matching of random tiny markets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../shared/random.ts';
import type { BlockingPair, MatchProblem } from '../vocabulary/matching.ts';
import { findBlockingPairs } from './blocking-pairs.ts';
import { solveMatch } from './solve.ts';
import {
  allMatchings,
  naiveBlockingPairs,
  randomCouplesProblem,
  randomSinglesProblem,
} from './test-support.ts';

const key = (b: BlockingPair): string =>
  b.kind === 'couple'
    ? `couple:${b.couple}:${b.pair[0] ?? '-'}|${b.pair[1] ?? '-'}`
    : `${b.kind}:${b.applicant}:${b.program}`;

const member = (id: string) => ({ id, ranking: [] });

describe('findBlockingPairs', () => {
  it('counts the positions a couple vacates as free', () => {
    // The couple holds (A, C), its 2nd pair; its 1st is (B, A). A (1 post) ranks m1 above m2, so
    // under a definition where A stays full with m1 nothing blocks; with m1's position vacated,
    // A has room for m2 and B is free: the couple blocks with (B, A).
    const problem: MatchProblem = {
      programs: [
        { id: 'A', capacity: 1, ranking: ['m1', 'm2'] },
        { id: 'B', capacity: 1, ranking: ['m1'] },
        { id: 'C', capacity: 1, ranking: ['m2'] },
      ],
      applicants: [member('m1'), member('m2')],
      couples: [
        {
          id: 'c',
          members: ['m1', 'm2'],
          ranking: [
            ['B', 'A'],
            ['A', 'C'],
          ],
        },
      ],
    };
    expect(findBlockingPairs(problem, { assignments: { m1: 'A', m2: 'C' } })).toEqual([
      { kind: 'couple', couple: 'c', members: ['m1', 'm2'], pair: ['B', 'A'] },
    ]);
  });

  it('requires one program to admit both partners at once', () => {
    // The couple is unmatched and wants (A, A). A has 2 posts, holds s and has one free.
    // If A ranks s above both partners it cannot take both (one would have to displace s, whom
    // A prefers); if A ranks s last it can (s is displaced).
    const build = (ranking: string[]): MatchProblem => ({
      programs: [{ id: 'A', capacity: 2, ranking }],
      applicants: [{ id: 's', ranking: ['A'] }, member('m1'), member('m2')],
      couples: [{ id: 'c', members: ['m1', 'm2'], ranking: [['A', 'A']] }],
    });
    const matching = { assignments: { s: 'A', m1: null, m2: null } };
    expect(findBlockingPairs(build(['s', 'm1', 'm2']), matching)).toEqual([]);
    expect(findBlockingPairs(build(['m1', 'm2', 's']), matching).map(key)).toEqual([
      'couple:c:A|A',
    ]);
  });

  it('lets a partner keep its program without a new admission, and "no match" needs none', () => {
    // The couple holds (A, B), its 3rd pair. (A, null) is its 2nd: m1 keeps A, m2 gives up B,
    // which always blocks. (A, C) is its 1st, but C is full with someone it ranks higher.
    const problem: MatchProblem = {
      programs: [
        { id: 'A', capacity: 1, ranking: ['m1'] },
        { id: 'B', capacity: 1, ranking: ['m2'] },
        { id: 'C', capacity: 1, ranking: ['t', 'm2'] },
      ],
      applicants: [{ id: 't', ranking: ['C'] }, member('m1'), member('m2')],
      couples: [
        {
          id: 'c',
          members: ['m1', 'm2'],
          ranking: [
            ['A', 'C'],
            ['A', null],
            ['A', 'B'],
          ],
        },
      ],
    };
    const matching = { assignments: { t: 'C', m1: 'A', m2: 'B' } };
    expect(findBlockingPairs(problem, matching).map(key)).toEqual(['couple:c:A|-']);
  });

  it('finds a blocking pair when a matched single of a stable output is unassigned', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), (seed, pick) => {
        const problem = randomSinglesProblem(12, 4, seed, 3);
        const result = solveMatch(problem);
        if (!result.ok) throw new Error('invalid');
        const matched = Object.entries(result.value.assignments).filter(([, p]) => p !== null);
        fc.pre(matched.length > 0);
        const [a, p] = matched[Math.abs(pick) % matched.length] as [string, string];
        const corrupted = { assignments: { ...result.value.assignments, [a]: null } };
        expect(findBlockingPairs(problem, corrupted)).toContainEqual({
          kind: 'single',
          applicant: a,
          program: p,
          reason: 'free-position',
        });
      }),
      { numRuns: 100 },
    );
  });

  it('agrees with the naive oracle after swapping two assignments', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.integer(), (seed, i, j) => {
        const problem = randomSinglesProblem(10, 4, seed, 3);
        const result = solveMatch(problem);
        if (!result.ok) throw new Error('invalid');
        const ids = problem.applicants.map((a) => a.id);
        const x = ids[Math.abs(i) % ids.length] as string;
        const y = ids[Math.abs(j) % ids.length] as string;
        const assignments = {
          ...result.value.assignments,
          [x]: result.value.assignments[y] ?? null,
          [y]: result.value.assignments[x] ?? null,
        };
        expect(findBlockingPairs(problem, { assignments }).map(key).sort()).toEqual(
          naiveBlockingPairs(problem, { assignments }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with the naive oracle on every matching of random markets with couples', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 2 }),
        (seed, singles, couples) => {
          const problem = randomCouplesProblem(singles, couples, 3, seed);
          const matchings = allMatchings(problem);
          const random = createRandom(seed);
          for (let n = 0; n < 20; n++) {
            const assignments = matchings[random.int(matchings.length)] ?? {};
            expect(findBlockingPairs(problem, { assignments }).map(key).sort()).toEqual(
              naiveBlockingPairs(problem, { assignments }),
            );
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('handles ids that are Object.prototype keys', () => {
    const problem: MatchProblem = {
      programs: [{ id: 'toString', capacity: 1, ranking: ['constructor'] }],
      applicants: [
        { id: 'constructor', ranking: ['toString'] },
        { id: '__proto__', ranking: [] },
      ],
    };
    const result = solveMatch(problem);
    expect(result.ok && result.value.assignments).toEqual({
      constructor: 'toString',
      ['__proto__']: null,
    });
    expect(findBlockingPairs(problem, { assignments: {} }).map(key)).toEqual([
      'single:constructor:toString',
    ]);
  });
});
