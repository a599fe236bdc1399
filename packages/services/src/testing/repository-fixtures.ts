import type { MatchOutcome, MatchProblem } from '@matchready/core';
import type { ApplicantProfile, NewUser } from '@matchready/services';

/** Hand-written test data for repository tests. */
export const newUser = (n: number, overrides: Partial<NewUser> = {}): NewUser => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  email: `user${n}@example.org`,
  displayName: `User ${n}`,
  role: 'applicant',
  createdAt: `2025-01-0${n}T10:00:00.000Z`,
  isDemo: false,
  passwordHash: `$argon2id$fake-${n}`,
  ...overrides,
});

export const problem: MatchProblem = {
  programs: [{ id: 'P1', capacity: 1, ranking: ['A1', 'A2'] }],
  applicants: [
    { id: 'A1', ranking: ['P1'] },
    { id: 'A2', ranking: ['P1'] },
  ],
};

export const outcome: MatchOutcome = {
  assignments: { A1: 'P1', A2: null },
  supplementalAssignments: {},
  unfilled: { P1: 0 },
  capacities: { P1: 1 },
  reversions: [],
  stable: true,
  status: 'stable',
  blockingPairs: [],
  stats: {
    applicants: 2,
    matchedApplicants: 1,
    unmatchedApplicants: 1,
    positions: 1,
    filledPositions: 1,
    unfilledPositions: 0,
    programsFilled: 1,
    programsUnfilled: 0,
    proposals: 2,
    matchedAtChoice: [1],
    nonReciprocatedEntries: 0,
    couples: 0,
    couplesMatched: 0,
    supplementalMatches: 0,
    restarts: 0,
  },
};

export const profile: ApplicantProfile = {
  countryOfTraining: 'Egypt',
  medicalSchool: 'Cairo University',
  graduationYear: 2020,
  applicantType: 'non-us-img',
  step1: 'passed',
  step1Attempts: 1,
  step2Score: 250,
  step2Attempts: 1,
  step3: 'not-taken',
  ecfmgStatus: 'certified',
  pathway: 'not-needed',
  oetStatus: 'passed',
  visaNeed: 'h1b',
  usceMonths: 6,
  researchItems: 4,
  specialties: ['Internal Medicine', 'Neurology'],
  preferredStates: ['NY', 'TX'],
  isDemo: false,
  updatedAt: '2025-02-01T09:30:00.000Z',
};
