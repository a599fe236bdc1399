import { describe, expect, it } from 'vitest';
import { profileFileSchema } from './program-files.schema.ts';
import { createSimulationRequestSchema, savedListRequestSchema } from './program-ranking.schema.ts';
import { calculatorQuerySchema, programListQuerySchema } from './programs.schema.ts';

describe('program list query', () => {
  it('reads comma-separated filters and applies defaults', () => {
    expect(
      programListQuerySchema.parse({
        specialty: 'IM, Pediatrics',
        state: 'NY,NJ',
        tier: 'safety,reach',
      }),
    ).toEqual({
      specialty: ['IM', 'Pediatrics'],
      state: ['NY', 'NJ'],
      tier: ['safety', 'reach'],
      eligibility: 'all',
      dataset: 'all',
      sort: 'tier',
      page: 1,
      pageSize: 50,
    });
  });

  it('names the bad tier and the bad page size', () => {
    const bad = programListQuerySchema.safeParse({ tier: 'target,easy', pageSize: '501' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path)).toEqual([['tier', 1], ['pageSize']]);
  });
});

describe('calculator query', () => {
  it('coerces numbers from the query string and explains bad ones', () => {
    expect(
      calculatorQuerySchema.parse({ specialty: 'IM', ranks: '8', type: 'us-img', step2: '241' }),
    ).toEqual({
      specialty: 'IM',
      ranks: 8,
      type: 'us-img',
      step2: 241,
    });
    const bad = calculatorQuerySchema.safeParse({ specialty: '', ranks: 'x', type: 'img' });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      'Choose a specialty',
      'ranks must be a whole number',
      'type must be non-us-img or us-img',
    ]);
  });
});

describe('saved list and simulation requests', () => {
  it('refuses a program listed twice, pointing at the repeat', () => {
    const bad = savedListRequestSchema.safeParse({
      entries: [{ programId: 'A' }, { programId: 'A' }],
    });
    expect(bad.error?.issues[0]?.path).toEqual(['entries', 1, 'programId']);
    expect(savedListRequestSchema.parse({ entries: [{ programId: 'A' }] }).entries[0]?.note).toBe(
      '',
    );
  });

  it('needs exactly one of rankListId and programIds; runs default to 500, at most 1,000', () => {
    expect(createSimulationRequestSchema.parse({ programIds: ['A'] }).runs).toBe(500);
    expect(createSimulationRequestSchema.safeParse({}).success).toBe(false);
    expect(
      createSimulationRequestSchema.safeParse({ rankListId: 'r', programIds: ['A'] }).success,
    ).toBe(false);
    expect(createSimulationRequestSchema.safeParse({ rankListId: 'r', runs: 1001 }).success).toBe(
      false,
    );
  });
});

describe('CLI profile file', () => {
  it('fills defaults and rejects unknown keys', () => {
    expect(
      profileFileSchema.parse({ applicantType: 'us-img', graduationYear: 2019, visa: 'none' }),
    ).toEqual({
      applicantType: 'us-img',
      step2: null,
      failedAttempts: 0,
      graduationYear: 2019,
      visa: 'none',
      step3: false,
      usceMonths: 0,
      specialties: [],
      states: [],
    });
    const typo = profileFileSchema.safeParse({
      applicantType: 'us-img',
      graduationYear: 2019,
      visa: 'none',
      step_2: 1,
    });
    expect(typo.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
