import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApplicantProfile, IneligibilityCode, Program } from '../../vocabulary/programs.ts';
import { NULLABLE_PROGRAM_FIELDS, unknownProgram } from '../program.ts';
import { checkEligibility } from './eligibility.ts';

const profile: ApplicantProfile = {
  applicantType: 'non-us-img',
  step2: 240,
  failedAttempts: 1,
  graduationYear: 2020,
  visa: 'j1',
  step3: false,
  usceMonths: 0,
  ecfmgCertifiedByRankDeadline: true,
  specialties: ['internal-medicine'],
  states: ['NY'],
};
// Match year 2026 → 6 years since graduation (computed by hand, passed in as the builder does).
const YEARS = 6;

/** Every requirement known and satisfied by `profile`. */
const open: Program = {
  ...unknownProgram('P1', 'Open Program', 'internal-medicine'),
  acceptsImgs: true,
  j1: true,
  h1b: true,
  minStep2: 240,
  yogCutoff: 6,
  maxAttempts: 1,
  usceRequired: false,
};

const codes = (p: Program, a: ApplicantProfile = profile): IneligibilityCode[] =>
  checkEligibility(p, a, YEARS).reasons.map((r) => r.code);

describe('checkEligibility: each hard rule', () => {
  it('accepts a program whose every known requirement is met, exactly at the limits', () => {
    const result = checkEligibility(open, profile, YEARS);
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([]);
  });

  const cases: [string, Partial<Program>, Partial<ApplicantProfile>, IneligibilityCode][] = [
    ['program does not consider IMGs', { acceptsImgs: false }, {}, 'imgs-not-accepted'],
    ['needs J-1, program does not accept J-1', { j1: false }, {}, 'visa-j1-not-accepted'],
    [
      'needs H-1B, program does not sponsor',
      { h1b: false },
      { visa: 'h1b', step3: true },
      'visa-h1b-not-sponsored',
    ],
    [
      'needs H-1B, Step 3 not passed',
      { h1b: true },
      { visa: 'h1b', step3: false },
      'visa-h1b-step3-required',
    ],
    ['graduated one year too long ago', { yogCutoff: 5 }, {}, 'graduation-too-long-ago'],
    ['one failed attempt, first-attempt-only program', { maxAttempts: 0 }, {}, 'too-many-attempts'],
    ['Step 2 CK one point below the minimum', { minStep2: 241 }, {}, 'step2-below-minimum'],
    ['USCE required and none', { usceRequired: true }, {}, 'usce-required'],
    [
      'ECFMG certification known not to be met',
      {},
      { ecfmgCertifiedByRankDeadline: false },
      'ecfmg-not-certified',
    ],
  ];
  for (const [name, programChange, profileChange, code] of cases) {
    it(`flips to ineligible with ${code} when ${name}`, () => {
      const result = checkEligibility(
        { ...open, ...programChange },
        { ...profile, ...profileChange },
        YEARS,
      );
      expect(result.eligible).toBe(false);
      expect(result.reasons.map((r) => r.code)).toEqual([code]);
      expect(result.reasons[0]?.message.length).toBeGreaterThan(20);
    });
  }

  it('says why in numbers the applicant can act on', () => {
    const [reason] = checkEligibility({ ...open, minStep2: 245 }, profile, YEARS).reasons;
    expect(reason?.message).toContain('245');
    expect(reason?.message).toContain('240');
  });

  it('reports every failing rule, not only the first', () => {
    expect(codes({ ...open, j1: false, maxAttempts: 0, usceRequired: true })).toEqual([
      'visa-j1-not-accepted',
      'too-many-attempts',
      'usce-required',
    ]);
  });

  it('does not apply visa rules to applicants who need no visa', () => {
    expect(codes({ ...open, j1: false, h1b: false }, { ...profile, visa: 'none' })).toEqual([]);
  });

  it('passes with USCE required when the applicant has some', () => {
    expect(codes({ ...open, usceRequired: true }, { ...profile, usceMonths: 1 })).toEqual([]);
  });
});

describe('checkEligibility: unknown is never a reason', () => {
  it('treats an all-unknown program as eligible, with warnings to check', () => {
    const result = checkEligibility(
      unknownProgram('P', 'Unknown', 'internal-medicine'),
      profile,
      YEARS,
    );
    expect(result.eligible).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['visa-unknown', 'requirements-unknown']);
  });

  it('warns instead of excluding when the applicant has no Step 2 score yet', () => {
    const result = checkEligibility({ ...open, minStep2: 250 }, { ...profile, step2: null }, YEARS);
    expect(result.eligible).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['step2-unknown']);
  });

  const arbitraryProgram = fc.record({
    acceptsImgs: fc.boolean(),
    j1: fc.boolean(),
    h1b: fc.boolean(),
    minStep2: fc.integer({ min: 200, max: 270 }),
    yogCutoff: fc.integer({ min: 0, max: 15 }),
    maxAttempts: fc.integer({ min: 0, max: 3 }),
    usceRequired: fc.boolean(),
  });
  const arbitraryProfile = fc.record({
    step2: fc.option(fc.integer({ min: 200, max: 280 })),
    failedAttempts: fc.integer({ min: 0, max: 3 }),
    visa: fc.constantFrom('none' as const, 'j1' as const, 'h1b' as const),
    step3: fc.boolean(),
    usceMonths: fc.integer({ min: 0, max: 24 }),
    ecfmgCertifiedByRankDeadline: fc.option(fc.boolean()),
  });

  it('never adds a reason when any pattern of program attributes becomes unknown (property)', () => {
    fc.assert(
      fc.property(
        arbitraryProgram,
        arbitraryProfile,
        fc.integer({ min: 0, max: 20 }),
        fc.subarray([...NULLABLE_PROGRAM_FIELDS]),
        (known, who, years, hidden) => {
          const full: Program = { ...unknownProgram('P', 'P', 'internal-medicine'), ...known };
          const masked = { ...full } as Record<string, unknown>;
          for (const field of hidden) masked[field] = null;
          const applicant = { ...profile, ...who };
          const before = new Set(
            checkEligibility(full, applicant, years).reasons.map((r) => r.code),
          );
          const after = checkEligibility(masked as unknown as Program, applicant, years);
          for (const r of after.reasons) expect(before.has(r.code)).toBe(true);
          if (before.size === 0) expect(after.eligible).toBe(true);
        },
      ),
    );
  });
});
