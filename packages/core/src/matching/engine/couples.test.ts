// Couples (Roth–Peranson instability chaining). Every expected outcome is worked out by hand in
// the comment above it; the brute-force oracle in test-support.ts double-checks existence claims.
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../../vocabulary/matching.ts';
import { solveMatch } from '../solve.ts';
import { allMatchings, naiveBlockingPairs } from '../test-support.ts';

const solved = (problem: MatchProblem, options = {}): MatchOutcome => {
  const result = solveMatch(problem, options);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const member = (id: string) => ({ id, ranking: [] });

describe('couples', () => {
  it('a couple displaces a single', () => {
    // s holds P1 after the singles round. The couple's pair (P1, P2): P1 ranks m1 above s, P2 is
    // free, so the couple holds it and s, with nothing else on its list, ends unmatched.
    const problem: MatchProblem = {
      programs: [
        { id: 'P1', capacity: 1, ranking: ['m1', 's'] },
        { id: 'P2', capacity: 1, ranking: ['m2'] },
      ],
      applicants: [{ id: 's', ranking: ['P1'] }, member('m1'), member('m2')],
      couples: [{ id: 'c', members: ['m1', 'm2'], ranking: [['P1', 'P2']] }],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ s: null, m1: 'P1', m2: 'P2' });
    expect(outcome.status).toBe('stable');
    expect(outcome.stats.couplesMatched).toBe(1);
  });

  it('both partners at one program need two positions at once', () => {
    // P (2 posts) ranks x, m1, m2, y and holds x, y after the singles round. (P, P) would need
    // both x and y ranked below both partners; only y is, so it fails. (Q, null) is admitted: m1
    // goes to Q, m2 goes unmatched by the couple's own choice.
    const tight: MatchProblem = {
      programs: [
        { id: 'P', capacity: 2, ranking: ['x', 'm1', 'm2', 'y'] },
        { id: 'Q', capacity: 1, ranking: ['m1'] },
      ],
      applicants: [
        { id: 'x', ranking: ['P'] },
        { id: 'y', ranking: ['P'] },
        member('m1'),
        member('m2'),
      ],
      couples: [
        {
          id: 'c',
          members: ['m1', 'm2'],
          ranking: [
            ['P', 'P'],
            ['Q', null],
          ],
        },
      ],
    };
    expect(solved(tight).assignments).toEqual({ x: 'P', y: 'P', m1: 'Q', m2: null });
    // With 3 posts P holds x, y and has one free: with y (ranked below both partners) displaced
    // there is room for both. P = x, m1, m2; y has nothing else and is unmatched.
    const roomy: MatchProblem = {
      ...tight,
      programs: [
        { id: 'P', capacity: 3, ranking: ['x', 'm1', 'm2', 'y'] },
        { id: 'Q', capacity: 1, ranking: ['m1'] },
      ],
    };
    const outcome = solved(roomy);
    expect(outcome.assignments).toEqual({ x: 'P', y: null, m1: 'P', m2: 'P' });
    expect(outcome.stats.matchedAtChoice).toEqual([3]);
  });

  it('a null entry lets one partner match alone', () => {
    // P1 (1 post) holds s, whom it ranks above m1, so (P1, P2) fails; (null, P2) is admitted.
    const problem: MatchProblem = {
      programs: [
        { id: 'P1', capacity: 1, ranking: ['s', 'm1'] },
        { id: 'P2', capacity: 1, ranking: ['m2'] },
      ],
      applicants: [{ id: 's', ranking: ['P1'] }, member('m1'), member('m2')],
      couples: [
        {
          id: 'c',
          members: ['m1', 'm2'],
          ranking: [
            ['P1', 'P2'],
            [null, 'P2'],
          ],
        },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ s: 'P1', m1: null, m2: 'P2' });
    // s at its 1st choice; m2 at the couple's 2nd pair (m1 is unmatched and not counted).
    expect(outcome.stats.matchedAtChoice).toEqual([1, 1]);
  });

  it('a withdrawal reopens a position for an applicant rejected earlier', () => {
    // Singles: s1 → A. Couple 1 (m1, m2) holds (A, B): A ranks m1 above s1, B is free; s1 is
    // displaced to E. Couple 2 (k1, k2) holds (F, B): B ranks k2 above m2, so m2 is displaced and
    // m1 withdraws from A. Couple 1 continues with (C, D). A reconsiders: (A, B) still fails for
    // couple 1 (B holds k2), and s1, who prefers A to E, returns to A. E ends unfilled.
    const problem: MatchProblem = {
      programs: [
        { id: 'A', capacity: 1, ranking: ['m1', 's1'] },
        { id: 'B', capacity: 1, ranking: ['k2', 'm2'] },
        { id: 'C', capacity: 1, ranking: ['m1'] },
        { id: 'D', capacity: 1, ranking: ['m2'] },
        { id: 'E', capacity: 1, ranking: ['s1'] },
        { id: 'F', capacity: 1, ranking: ['k1'] },
      ],
      applicants: [
        { id: 's1', ranking: ['A', 'E'] },
        member('m1'),
        member('m2'),
        member('k1'),
        member('k2'),
      ],
      couples: [
        {
          id: 'c1',
          members: ['m1', 'm2'],
          ranking: [
            ['A', 'B'],
            ['C', 'D'],
          ],
        },
        { id: 'c2', members: ['k1', 'k2'], ranking: [['F', 'B']] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ s1: 'A', m1: 'C', m2: 'D', k1: 'F', k2: 'B' });
    expect(outcome.unfilled.E).toBe(1);
    expect(outcome.status).toBe('stable');
    expect(outcome.blockingPairs).toEqual([]);
  });

  // A minimal market without a stable matching, of the kind in Roth (1984) and Klaus & Klijn
  // (2005, JET 121): h1, h2 with one post each; the
  // couple wants only (h1, h2); s ranks h1 then h2; h1 ranks m1 above s; h2 ranks s above m2.
  // Couple at (h1, h2): s blocks with h2. s at h1: the couple blocks (h1 prefers m1, h2 free).
  // s at h2: s blocks with the empty h1. Nobody matched: s blocks with h1. No stable matching.
  const noStable: MatchProblem = {
    programs: [
      { id: 'h1', capacity: 1, ranking: ['m1', 's'] },
      { id: 'h2', capacity: 1, ranking: ['s', 'm2'] },
    ],
    applicants: [{ id: 's', ranking: ['h1', 'h2'] }, member('m1'), member('m2')],
    couples: [{ id: 'c', members: ['m1', 'm2'], ranking: [['h1', 'h2']] }],
  };

  it('has no stable matching in the Klaus–Klijn instance (brute force)', () => {
    const matchings = allMatchings(noStable);
    expect(matchings.length).toBe(4);
    for (const m of matchings)
      expect(naiveBlockingPairs(noStable, { assignments: m })).not.toEqual([]);
  });

  it('terminates on it and reports no stable matching with the blocking pairs found', () => {
    const outcome = solved(noStable, { maxRestarts: 3, cycleLimit: 20 });
    expect(outcome.status).toBe('no-stable-matching-found');
    expect(outcome.stable).toBe(false);
    expect(outcome.stats.restarts).toBe(3);
    expect(outcome.blockingPairs.length).toBeGreaterThan(0);
    expect(outcome.blockingPairs.length).toBe(naiveBlockingPairs(noStable, outcome).length);
  });

  // Where the two published definitions disagree (docs/glossary.md, "Blocking couple"), seen on a
  // generated 5,000 × 500 market: P (1 post) ranks m1, s, m0; Q (1 post) ranks m1; the couple lists
  // (P, Q) then (null, P); s ranks P. Couple at (null, P): with m1's position vacated P has room
  // for m0 and Q is free, so the couple blocks with (P, Q); there s blocks with P (P prefers s to
  // m0); s at P: the couple blocks with (null, P) (P prefers m1). Counting vacated positions as
  // free there is no stable matching; if they did not count, (null, P) would be stable.
  it('terminates when the couple would move into the position it vacates', () => {
    const problem: MatchProblem = {
      programs: [
        { id: 'P', capacity: 1, ranking: ['m1', 's', 'm0'] },
        { id: 'Q', capacity: 1, ranking: ['m1'] },
      ],
      applicants: [{ id: 's', ranking: ['P'] }, member('m0'), member('m1')],
      couples: [
        {
          id: 'c',
          members: ['m0', 'm1'],
          ranking: [
            ['P', 'Q'],
            [null, 'P'],
          ],
        },
      ],
    };
    for (const m of allMatchings(problem)) {
      expect(naiveBlockingPairs(problem, { assignments: m })).not.toEqual([]);
    }
    const outcome = solved(problem, { cycleLimit: 10, maxRestarts: 1 });
    expect(outcome.status).toBe('no-stable-matching-found');
    // Every state with someone matched has exactly one blocking pair (listed above).
    expect(outcome.blockingPairs).toHaveLength(1);
  });

  it('is deterministic for the same options, also when no stable matching exists', () => {
    expect(solved(noStable, { seed: 9 })).toEqual(solved(noStable, { seed: 9 }));
  });
});
