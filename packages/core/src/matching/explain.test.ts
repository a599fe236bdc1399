// explainOutcome: hand-checked reasons on small markets, consistency with the checker on random ones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchOutcome, MatchProblem } from '../vocabulary/matching.ts';
import { findBlockingPairs } from './blocking-pairs.ts';
import { type Explanation, explainOutcome } from './explain.ts';
import type { Matching } from './matching-view.ts';
import { solveMatch } from './solve.ts';
import { allMatchings, randomCouplesProblem, randomSinglesProblem } from './test-support.ts';

const solved = (problem: MatchProblem): MatchOutcome => {
  const result = solveMatch(problem);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const explain = (problem: MatchProblem, matching: Matching, id: string): Explanation => {
  const result = explainOutcome(problem, matching, id);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

const member = (id: string) => ({ id, ranking: [] });

// NRMP "Run a Match" (see fixtures.test.ts): City = Eastman, Anderson; General = Ford, Davis; Mercy = Chen.
const nrmp: MatchProblem = {
  applicants: [
    { id: 'Anderson', ranking: ['City'] },
    { id: 'Chen', ranking: ['City', 'Mercy'] },
    { id: 'Ford', ranking: ['City', 'General', 'Mercy'] },
    { id: 'Davis', ranking: ['Mercy', 'City', 'General'] },
    { id: 'Eastman', ranking: ['City', 'Mercy', 'General'] },
  ],
  programs: [
    { id: 'Mercy', capacity: 2, ranking: ['Chen', 'Ford'] },
    { id: 'City', capacity: 2, ranking: ['Eastman', 'Anderson', 'Chen', 'Davis', 'Ford'] },
    { id: 'General', capacity: 2, ranking: ['Eastman', 'Anderson', 'Ford', 'Davis'] },
  ],
};

describe('explainOutcome', () => {
  it('explains a single: not ranked back, and filled with applicants ranked higher', () => {
    const explanation = explain(nrmp, solved(nrmp), 'Davis');
    expect(explanation).toMatchObject({
      applicant: 'Davis',
      couple: null,
      result: 'General',
      resultChoice: 3,
    });
    expect(explanation.choices.map((c) => [c.programs[0], c.reasons[0]?.code, c.blocking])).toEqual(
      [
        ['Mercy', 'not-ranked-by-program', false],
        ['City', 'filled-by-higher-ranked', false],
      ],
    );
    expect(explanation.choices[1]?.reasons[0]).toMatchObject({
      applicantRank: 4,
      higherRanked: ['Eastman', 'Anderson'],
    });
    expect(explain(nrmp, solved(nrmp), 'Anderson').choices).toEqual([]);
  });

  it('shows the blocking pair of an unstable matching', () => {
    const matching = {
      assignments: {
        Anderson: 'City',
        Chen: 'City',
        Ford: 'General',
        Davis: 'General',
        Eastman: 'Mercy',
      },
    };
    // Eastman is City's first choice and City holds Chen, its third.
    const choice = explain(nrmp, matching, 'Eastman').choices[0];
    expect(choice).toMatchObject({
      list: 'primary',
      choice: 1,
      programs: ['City'],
      blocking: true,
    });
    expect(choice?.reasons[0]).toMatchObject({ code: 'ranked-above-assignee', applicantRank: 1 });
  });

  it('explains a program with no positions and an unknown applicant', () => {
    const problem: MatchProblem = {
      programs: [
        { id: 'P', capacity: 0, ranking: ['a'] },
        { id: 'Q', capacity: 1, ranking: ['a'] },
      ],
      applicants: [{ id: 'a', ranking: ['P', 'Q'] }],
    };
    expect(explain(problem, solved(problem), 'a').choices[0]?.reasons[0]?.code).toBe(
      'no-positions',
    );
    expect(explainOutcome(problem, solved(problem), 'nobody').ok).toBe(false);
  });

  it('explains a couple pair side by side', () => {
    // The withdrawal case of couples.test.ts: couple 1 ends at (C, D); its 1st pair (A, B) fails
    // only on B's side, where B holds k2, ranked above m2. A would take m1 over s1.
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
    const explanation = explain(problem, solved(problem), 'm2');
    expect(explanation).toMatchObject({
      couple: 'c1',
      partner: 'm1',
      result: 'D',
      resultChoice: 2,
    });
    expect(explanation.choices).toHaveLength(1);
    expect(explanation.choices[0]).toMatchObject({
      list: 'couple',
      programs: ['A', 'B'],
      blocking: false,
    });
    expect(explanation.choices[0]?.reasons.map((r) => [r.applicant, r.code])).toEqual([
      ['m1', 'ranked-above-assignee'],
      ['m2', 'filled-by-higher-ranked'],
    ]);
    expect(explanation.choices[0]?.reasons[1]?.higherRanked).toEqual(['k2']);
  });

  it('explains a pair that needs two positions at one program', () => {
    const problem: MatchProblem = {
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
    const explanation = explain(problem, solved(problem), 'm1');
    expect(explanation).toMatchObject({ result: 'Q', resultChoice: 2 });
    expect(explanation.choices[0]?.reasons.map((r) => r.code)).toEqual([
      'not-room-for-both',
      'not-room-for-both',
    ]);
    expect(explanation.choices[0]?.reasons[0]?.higherRanked).toEqual(['x']);
  });

  it('explains the supplemental list of an advanced match', () => {
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
    const explanation = explain(problem, solved(problem), 'a');
    expect(explanation).toMatchObject({
      result: 'ADV',
      resultChoice: 1,
      supplementalResult: 'PRE2',
    });
    expect(explanation.choices).toEqual([
      expect.objectContaining({
        list: 'supplemental',
        choice: 1,
        programs: ['PRE1'],
        blocking: false,
      }),
    ]);
  });

  it('never finds a blocking choice in a stable singles outcome; filled programs list their capacity', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const problem = randomSinglesProblem(12, 4, seed, 3);
        const outcome = solved(problem);
        for (const applicant of problem.applicants) {
          for (const choice of explain(problem, outcome, applicant.id).choices) {
            expect(choice.blocking).toBe(false);
            const reason = choice.reasons[0];
            if (reason?.code === 'filled-by-higher-ranked') {
              expect(reason.higherRanked?.length).toBe(outcome.capacities[reason.program ?? '']);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('marks exactly the blocking pairs the checker reports, on arbitrary matchings', {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(), (seed, pick) => {
        const problem = randomCouplesProblem(4, 2, 3, seed);
        const matchings = allMatchings(problem);
        const outcome = { assignments: matchings[pick % matchings.length] ?? {} };
        const counted = new Set(problem.couples?.map((c) => c.members[0]));
        let blocking = 0;
        for (const applicant of problem.applicants) {
          const e = explain(problem, outcome, applicant.id);
          if (e.couple === null || counted.has(applicant.id))
            blocking += e.choices.filter((c) => c.blocking).length;
        }
        expect(blocking).toBe(findBlockingPairs(problem, outcome).length);
      }),
      { numRuns: 150 },
    );
  });
});
