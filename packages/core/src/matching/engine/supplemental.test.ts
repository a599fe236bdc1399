// NRMP supplemental rank order lists (docs/sources.md#nrmp-supplemental-rols). Outcomes worked out
// by hand.
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../../vocabulary/matching.ts';
import { findBlockingPairs } from '../blocking-pairs.ts';
import { solveMatch } from '../solve.ts';
import { naiveBlockingPairs } from '../test-support.ts';

const solved = (problem: MatchProblem): MatchOutcome => {
  const result = solveMatch(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('supplemental lists', () => {
  it('places an applicant matched to a linked advanced program on its supplemental list', () => {
    // a → ADV, then walks [PRE1, PRE2]. b → PRE1, ranked above a there. Whatever the order, a
    // ends at ADV + PRE2 and b at PRE1.
    const problem: MatchProblem = {
      programs: [
        { id: 'ADV', capacity: 1, ranking: ['a'] },
        { id: 'PRE1', capacity: 1, ranking: ['b', 'a'] },
        { id: 'PRE2', capacity: 1, ranking: ['a'] },
      ],
      applicants: [
        {
          id: 'a',
          ranking: ['ADV'],
          supplementalLists: [{ id: 's', advancedPrograms: ['ADV'], ranking: ['PRE1', 'PRE2'] }],
        },
        { id: 'b', ranking: ['PRE1'] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ a: 'ADV', b: 'PRE1' });
    expect(outcome.supplementalAssignments).toEqual({ a: 'PRE2' });
    expect(outcome.stats.supplementalMatches).toBe(1);
    expect(outcome.stats.filledPositions).toBe(3);
    expect(outcome.status).toBe('stable');
  });

  it('keeps the advanced match alone and never continues down the primary list', () => {
    // a → ADV; its only preliminary program PRE prefers b, so a has no PGY-1 position, but keeps
    // ADV: CAT (a's 2nd choice, which would take a) stays unfilled.
    const problem: MatchProblem = {
      programs: [
        { id: 'ADV', capacity: 1, ranking: ['a'] },
        { id: 'PRE', capacity: 1, ranking: ['b', 'a'] },
        { id: 'CAT', capacity: 1, ranking: ['a'] },
      ],
      applicants: [
        {
          id: 'a',
          ranking: ['ADV', 'CAT'],
          supplementalLists: [{ id: 's', advancedPrograms: ['ADV'], ranking: ['PRE'] }],
        },
        { id: 'b', ranking: ['PRE'] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ a: 'ADV', b: 'PRE' });
    expect(outcome.supplementalAssignments).toEqual({});
    expect(outcome.unfilled.CAT).toBe(1);
    expect(outcome.stats.supplementalMatches).toBe(0);
    expect(findBlockingPairs(problem, outcome)).toEqual([]);
  });

  it('losing the advanced position releases the preliminary one for someone rejected earlier', () => {
    // Order a, d, c. a → ADV + PRE. d → PRE: rejected (PRE holds a, ranked higher). c → ADV, ranked
    // above a: a loses ADV, releases PRE and goes to CAT. PRE reconsiders and re-admits d.
    const problem: MatchProblem = {
      programs: [
        { id: 'ADV', capacity: 1, ranking: ['c', 'a'] },
        { id: 'PRE', capacity: 1, ranking: ['a', 'd'] },
        { id: 'CAT', capacity: 1, ranking: ['a'] },
      ],
      applicants: [
        {
          id: 'a',
          ranking: ['ADV', 'CAT'],
          supplementalLists: [{ id: 's', advancedPrograms: ['ADV'], ranking: ['PRE'] }],
        },
        { id: 'd', ranking: ['PRE'] },
        { id: 'c', ranking: ['ADV'] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ a: 'CAT', d: 'PRE', c: 'ADV' });
    expect(outcome.supplementalAssignments).toEqual({});
    expect(outcome.blockingPairs).toEqual([]);
  });

  it('reports supplemental blocking pairs in a hand-made unstable matching', () => {
    // a holds ADV and PRE2 although PRE1 has a free position and ranks a.
    const problem: MatchProblem = {
      programs: [
        { id: 'ADV', capacity: 1, ranking: ['a'] },
        { id: 'PRE1', capacity: 1, ranking: ['a'] },
        { id: 'PRE2', capacity: 1, ranking: ['a'] },
      ],
      applicants: [
        {
          id: 'a',
          ranking: ['ADV'],
          supplementalLists: [{ id: 's', advancedPrograms: ['ADV'], ranking: ['PRE1', 'PRE2'] }],
        },
      ],
    };
    const matching = { assignments: { a: 'ADV' }, supplementalAssignments: { a: 'PRE2' } };
    expect(findBlockingPairs(problem, matching)).toEqual([
      { kind: 'supplemental', applicant: 'a', program: 'PRE1', reason: 'free-position' },
    ]);
    expect(naiveBlockingPairs(problem, matching)).toEqual(['supplemental:a:PRE1']);
  });
});
