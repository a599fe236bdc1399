import type { MatchOutcomeJson, MatchProblemJson } from '@matchready/contract';
import { describe, expect, it } from 'vitest';
import { buildAssignmentRows, filterRows } from './assignment-rows.ts';

const problem: MatchProblemJson = {
  programs: [
    { id: 'im', capacity: 2, ranking: ['ana', 'ben', 'cy', 'dee'] },
    { id: 'fm', capacity: 1, ranking: ['ben', 'cy', 'dee'] },
  ],
  applicants: [
    { id: 'ana', ranking: ['fm', 'im'] },
    { id: 'ben', ranking: ['im'] },
    { id: 'cy', ranking: [] },
    { id: 'dee', ranking: [] },
  ],
  couples: [
    {
      id: 'c1',
      members: ['cy', 'dee'],
      ranking: [
        ['fm', 'fm'],
        ['im', 'fm'],
      ],
    },
  ],
};

const stats = {
  applicants: 4,
  matchedApplicants: 3,
  unmatchedApplicants: 1,
  positions: 3,
  filledPositions: 3,
  unfilledPositions: 0,
  programsFilled: 2,
  programsUnfilled: 0,
  proposals: 6,
  matchedAtChoice: [1, 2],
  nonReciprocatedEntries: 0,
  couples: 1,
  couplesMatched: 1,
  supplementalMatches: 0,
  restarts: 0,
};

const outcome: MatchOutcomeJson = {
  assignments: { ana: 'im', ben: null, cy: 'im', dee: 'fm' },
  supplementalAssignments: {},
  unfilled: { im: 0, fm: 0 },
  capacities: { im: 2, fm: 1 },
  reversions: [],
  stable: true,
  status: 'stable',
  blockingPairs: [],
  stats,
};

describe('assignment rows', () => {
  const rows = buildAssignmentRows(problem, outcome);

  it('gives the rank at which each single applicant matched', () => {
    expect(rows[0]).toEqual({
      applicantId: 'ana',
      program: 'im',
      choice: 2,
      supplemental: null,
      coupleId: null,
    });
    expect(rows[1]).toMatchObject({ applicantId: 'ben', program: null, choice: null });
  });

  it("uses the couple's joint list for its members", () => {
    expect(rows[2]).toMatchObject({ applicantId: 'cy', program: 'im', choice: 2, coupleId: 'c1' });
    expect(rows[3]).toMatchObject({ applicantId: 'dee', program: 'fm', choice: 2, coupleId: 'c1' });
  });

  it('filters by status and by a case-insensitive search on applicant or program', () => {
    expect(filterRows(rows, '', 'unmatched').map((row) => row.applicantId)).toEqual(['ben']);
    expect(filterRows(rows, 'FM', 'all').map((row) => row.applicantId)).toEqual(['dee']);
    expect(filterRows(rows, 'an', 'matched').map((row) => row.applicantId)).toEqual(['ana']);
  });
});
