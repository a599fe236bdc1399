import { describe, expect, it } from 'vitest';
import type { ApplicantProfile } from '../account/account-domain.ts';
import {
  failedAttempts,
  knownSpecialties,
  nextMatchYear,
  toCoreProfile,
} from './program-profile.ts';

const profile = (overrides: Partial<ApplicantProfile> = {}): ApplicantProfile => ({
  countryOfTraining: 'India',
  medicalSchool: null,
  graduationYear: 2020,
  applicantType: 'non-us-img',
  step1: 'passed',
  step1Attempts: 1,
  step2Score: 241,
  step2Attempts: 1,
  step3: 'not-taken',
  ecfmgStatus: 'in-progress',
  pathway: null,
  oetStatus: null,
  visaNeed: 'j1',
  usceMonths: 3,
  researchItems: null,
  specialties: ['Internal Medicine', 'Dermatology', 'IM'],
  preferredStates: ['NY'],
  isDemo: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('nextMatchYear', () => {
  it('is this year until the end of March (Match Day), next year from April', () => {
    expect(nextMatchYear(new Date('2026-03-31T23:59:59Z'))).toBe(2026);
    expect(nextMatchYear(new Date('2026-04-01T00:00:00Z'))).toBe(2027);
    expect(nextMatchYear(new Date('2026-12-31T00:00:00Z'))).toBe(2027);
    expect(nextMatchYear(new Date('2027-01-15T00:00:00Z'))).toBe(2027);
  });
});

describe('failedAttempts', () => {
  it('counts every sitting but the passing one', () => {
    expect(failedAttempts(profile())).toBe(0);
    expect(failedAttempts(profile({ step1Attempts: 2 }))).toBe(1);
    expect(failedAttempts(profile({ step1: 'failed', step1Attempts: 2 }))).toBe(2);
    expect(failedAttempts(profile({ step2Score: 210, step2Attempts: 1 }))).toBe(1);
    expect(failedAttempts(profile({ step2Score: null, step2Attempts: 2 }))).toBe(1);
    expect(failedAttempts(profile({ step3: 'failed' }))).toBe(1);
    expect(failedAttempts(profile({ step1: null, step1Attempts: null, step2Attempts: null }))).toBe(
      0,
    );
  });
});

describe('toCoreProfile', () => {
  it('maps the saved profile; only certified ECFMG counts as known', () => {
    const mapped = toCoreProfile(profile({ ecfmgStatus: 'certified', researchItems: 4 }));
    expect(mapped).toEqual({
      ok: true,
      value: {
        applicantType: 'non-us-img',
        step2: 241,
        failedAttempts: 0,
        graduationYear: 2020,
        visa: 'j1',
        step3: false,
        usceMonths: 3,
        researchItems: 4,
        ecfmgCertifiedByRankDeadline: true,
        specialties: ['internal-medicine'],
        states: ['NY'],
      },
    });
    const pending = toCoreProfile(profile());
    expect(pending.ok && pending.value.ecfmgCertifiedByRankDeadline).toBeNull();
  });

  it('names each missing answer the list needs', () => {
    const result = toCoreProfile(profile({ applicantType: null, visaNeed: null }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['profile-incomplete', ['profile', 'applicantType']],
      ['profile-incomplete', ['profile', 'visaNeed']],
    ]);
    expect(toCoreProfile(null).ok).toBe(false);
  });

  it('keeps the specialties the core knows, once each', () => {
    expect(knownSpecialties(['IM', 'Internal Medicine', 'Dermatology', 'peds'])).toEqual([
      'internal-medicine',
      'pediatrics',
    ]);
  });
});
