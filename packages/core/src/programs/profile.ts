/** The applicant profile's checks; the record itself is vocabulary (vocabulary/programs.ts). */
import { fail, type Issue, ok, type Result } from '../shared/result.ts';
import { APPLICANT_TYPES, type ApplicantProfile, VISA_NEEDS } from '../vocabulary/programs.ts';
import { normalizeSpecialty } from './specialties.ts';

/** The Match year is a parameter: the core never reads the clock. */
export interface MatchYearOption {
  readonly matchYear: number;
}

/** Years between graduation and the Match year (a 2020 graduate in the 2026 Match → 6). */
export function yearsSinceGraduation(profile: ApplicantProfile, matchYear: number): number {
  return Math.max(0, matchYear - profile.graduationYear);
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Semantic checks the schema layer cannot express (ranges, years relative to the Match year). */
export function checkProfile(
  profile: ApplicantProfile,
  matchYear: number,
): Result<ApplicantProfile> {
  const issues: Issue[] = [];
  const bad = (path: string, code: string, message: string) =>
    issues.push({ code, path: ['profile', path], message });
  if (!isInt(matchYear) || matchYear < 1950 || matchYear > 2200) {
    issues.push({
      code: 'invalid-match-year',
      path: ['matchYear'],
      message: 'The Match year must be a year such as 2027.',
    });
  }
  if (!(APPLICANT_TYPES as readonly string[]).includes(profile.applicantType)) {
    bad(
      'applicantType',
      'invalid-applicant-type',
      `Applicant type must be one of ${APPLICANT_TYPES.join(', ')}.`,
    );
  }
  if (!(VISA_NEEDS as readonly string[]).includes(profile.visa)) {
    bad('visa', 'invalid-visa', `Visa need must be one of ${VISA_NEEDS.join(', ')}.`);
  }
  if (
    profile.step2 !== null &&
    (!Number.isFinite(profile.step2) || profile.step2 < 1 || profile.step2 > 300)
  ) {
    bad(
      'step2',
      'invalid-step2',
      'Step 2 CK must be a score between 1 and 300, or null if not taken.',
    );
  }
  if (!isInt(profile.failedAttempts) || profile.failedAttempts < 0) {
    bad('failedAttempts', 'invalid-attempts', 'Failed attempts must be a whole number ≥ 0.');
  }
  if (!isInt(profile.graduationYear) || (isInt(matchYear) && profile.graduationYear > matchYear)) {
    bad(
      'graduationYear',
      'invalid-graduation-year',
      'Graduation year must be a year no later than the Match year.',
    );
  }
  if (!Number.isFinite(profile.usceMonths) || profile.usceMonths < 0) {
    bad('usceMonths', 'invalid-usce', 'US clinical experience must be a number of months ≥ 0.');
  }
  const research = profile.researchItems;
  if (research !== undefined && (!isInt(research) || research < 0)) {
    bad('researchItems', 'invalid-research', 'Research items must be a whole number ≥ 0.');
  }
  profile.specialties.forEach((s, i) => {
    if (normalizeSpecialty(s) === null) {
      issues.push({
        code: 'unknown-specialty',
        path: ['profile', 'specialties', i],
        message: `Unknown specialty "${s}".`,
      });
    }
  });
  return issues.length === 0 ? ok(profile) : fail(issues);
}
