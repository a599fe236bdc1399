// NRMP reversions (docs/sources.md#nrmp-reversions). Outcomes worked out by hand.
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../../vocabulary/matching.ts';
import { solveMatch } from '../solve.ts';
import { naiveBlockingPairs } from '../test-support.ts';

const solved = (problem: MatchProblem): MatchOutcome => {
  const result = solveMatch(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe('reversions', () => {
  it('moves an unfilled donor position to the receiver, which admits someone it rejected', () => {
    // x → D (2 posts, ranks only x); y → R (1 post); z → R rejected (R prefers y). D has one
    // unfilled position: it reverts (at most 2 allowed, 1 available), R grows to 2 and takes z.
    const problem: MatchProblem = {
      programs: [
        { id: 'D', capacity: 2, ranking: ['x'], reversions: [{ to: 'R', positions: 2 }] },
        { id: 'R', capacity: 1, ranking: ['y', 'z'] },
      ],
      applicants: [
        { id: 'x', ranking: ['D'] },
        { id: 'y', ranking: ['R'] },
        { id: 'z', ranking: ['R'] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ x: 'D', y: 'R', z: 'R' });
    expect(outcome.capacities).toEqual({ D: 1, R: 2 });
    expect(outcome.unfilled).toEqual({ D: 0, R: 0 });
    expect(outcome.reversions).toEqual([{ from: 'D', to: 'R', positions: 1 }]);
    expect(outcome.stats.positions).toBe(3);
    expect(naiveBlockingPairs(problem, outcome)).toEqual([]);
  });

  it('follows a chain of two reversions in topological order, whatever the input order', () => {
    // D1 (1 post) ranks nobody: its post reverts to D2 (now 2 posts, holding only u), whose free
    // post then reverts to R (now 2 posts), which re-admits w, rejected for v at first.
    const problem: MatchProblem = {
      programs: [
        { id: 'R', capacity: 1, ranking: ['v', 'w'] },
        { id: 'D2', capacity: 1, ranking: ['u'], reversions: [{ to: 'R', positions: 1 }] },
        { id: 'D1', capacity: 1, ranking: [], reversions: [{ to: 'D2', positions: 1 }] },
      ],
      applicants: [
        { id: 'u', ranking: ['D2'] },
        { id: 'v', ranking: ['R'] },
        { id: 'w', ranking: ['R'] },
      ],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ u: 'D2', v: 'R', w: 'R' });
    expect(outcome.capacities).toEqual({ R: 2, D2: 1, D1: 0 });
    expect(outcome.reversions).toEqual([
      { from: 'D2', to: 'R', positions: 1 },
      { from: 'D1', to: 'D2', positions: 1 },
    ]);
    expect(outcome.status).toBe('stable');
  });

  it('moves nothing when the donor fills', () => {
    const problem: MatchProblem = {
      programs: [
        { id: 'D', capacity: 1, ranking: ['x'], reversions: [{ to: 'R', positions: 1 }] },
        { id: 'R', capacity: 0, ranking: ['x'] },
      ],
      applicants: [{ id: 'x', ranking: ['R', 'D'] }],
    };
    const outcome = solved(problem);
    expect(outcome.assignments).toEqual({ x: 'D' });
    expect(outcome.reversions).toEqual([]);
    expect(outcome.capacities).toEqual({ D: 1, R: 0 });
  });
});
