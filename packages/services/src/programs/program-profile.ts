import type { Issue, Result } from '@matchready/core';
import {
  type ApplicantProfile as CoreProfile,
  normalizeSpecialty,
} from '@matchready/core/programs';
import type { ApplicantProfile } from '../account/account-domain.ts';

/**
 * The Match an applicant applying today takes part in: Match Day is in mid-to-late March, so up
 * to the end of March it is this year's Match, from April on next year's. (A pure function of
 * `now`: callers pass their clock.)
 */
export function nextMatchYear(now: Date): number {
  const year = now.getUTCFullYear();
  return now.getUTCMonth() < 3 ? year : year + 1;
}

/** Step 2 CK pass mark from 1 July 2025 (usmle.org); a lower latest score is a failed attempt. */
export const STEP2_PASS_MARK = 218;

/**
 * Failed USMLE attempts from the profile's exam answers ("attempts" counts every sitting):
 * Step 1 passed → attempts − 1, failed → attempts; Step 2 CK with a passing score (or no score
 * yet) → attempts − 1, with a failing score → attempts; Step 3 failed → 1 more.
 */
export function failedAttempts(p: ApplicantProfile): number {
  const step1 =
    p.step1 === 'passed'
      ? Math.max(0, (p.step1Attempts ?? 1) - 1)
      : p.step1 === 'failed'
        ? Math.max(1, p.step1Attempts ?? 1)
        : 0;
  const step2Failed = p.step2Score !== null && p.step2Score < STEP2_PASS_MARK;
  const step2 = step2Failed
    ? Math.max(1, p.step2Attempts ?? 1)
    : Math.max(0, (p.step2Attempts ?? 1) - 1);
  return step1 + step2 + (p.step3 === 'failed' ? 1 : 0);
}

const missing = (field: string, message: string): Issue => ({
  code: 'profile-incomplete',
  path: ['profile', field],
  message,
});

/**
 * The saved profile as the core's ApplicantProfile. Applicant type, graduation year and visa
 * need are required (the list cannot be judged without them); everything else has a neutral
 * default: no Step 2 CK score = not adjusted for it, no USCE = 0 months.
 */
export function toCoreProfile(profile: ApplicantProfile | null): Result<CoreProfile> {
  if (profile === null) {
    return {
      ok: false,
      issues: [missing('', 'Fill in your profile first: the list is built from it.')],
    };
  }
  const issues: Issue[] = [];
  if (profile.applicantType === null)
    issues.push(missing('applicantType', 'Add your applicant type (US-citizen or non-US IMG).'));
  if (profile.graduationYear === null)
    issues.push(missing('graduationYear', 'Add your graduation year.'));
  if (profile.visaNeed === null)
    issues.push(missing('visaNeed', 'Say which visa you need (or none).'));
  if (
    issues.length > 0 ||
    profile.applicantType === null ||
    profile.graduationYear === null ||
    profile.visaNeed === null
  )
    return { ok: false, issues };
  return {
    ok: true,
    value: {
      applicantType: profile.applicantType,
      step2: profile.step2Score,
      failedAttempts: failedAttempts(profile),
      graduationYear: profile.graduationYear,
      visa: profile.visaNeed,
      step3: profile.step3 === 'passed',
      usceMonths: profile.usceMonths ?? 0,
      ...(profile.researchItems === null ? {} : { researchItems: profile.researchItems }),
      // Only "certified" is known for sure; in progress may still finish before the deadline.
      ecfmgCertifiedByRankDeadline: profile.ecfmgStatus === 'certified' ? true : null,
      // The core judges only specialties it knows; the list service filters on the others.
      specialties: knownSpecialties(profile.specialties),
      states: [...profile.preferredStates],
    },
  };
}

/** Canonical ids of the specialties the core knows, in order, without repeats. */
export function knownSpecialties(names: readonly string[]): string[] {
  const ids = names.map(normalizeSpecialty).filter((id): id is string => id !== null);
  return [...new Set(ids)];
}

/** A specialty the core does not know, as a catalogue id: "Dermatology" → "dermatology". */
export const slugSpecialty = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The catalogue id for any specialty name: canonical when known, a slug otherwise. */
export const specialtyId = (name: string): string =>
  normalizeSpecialty(name) ?? slugSpecialty(name);
