import type { ProfileSharesResponse } from '@matchready/contract';
import { SHAREABLE_PROFILE_FIELDS, type ShareableProfileField } from '@matchready/core/vocabulary';

export { SHAREABLE_PROFILE_FIELDS };

/** The profile's questions, in the words of the profile page. */
export const PROFILE_FIELD_LABELS: Readonly<Record<ShareableProfileField, string>> = {
  countryOfTraining: 'Country of training',
  medicalSchool: 'Medical school',
  graduationYear: 'Graduation year',
  applicantType: 'Applicant type',
  step1: 'Step 1 result',
  step1Attempts: 'Step 1 attempts',
  step2Score: 'Step 2 CK score',
  step2Attempts: 'Step 2 CK attempts',
  step3: 'Step 3 result',
  ecfmgStatus: 'ECFMG status',
  pathway: 'ECFMG pathway',
  oetStatus: 'OET status',
  visaNeed: 'Visa need',
  usceMonths: 'US clinical experience (months)',
  researchItems: 'Research items',
  specialties: 'Specialties',
  preferredStates: 'Preferred states',
};

const VALUE_WORDS: Readonly<Record<string, string>> = {
  'non-us-img': 'Non-US IMG',
  'us-img': 'US IMG',
  'not-taken': 'Not taken',
  passed: 'Passed',
  failed: 'Failed',
  'not-started': 'Not started',
  'in-progress': 'In progress',
  certified: 'Certified',
  'not-needed': 'Not needed',
  completed: 'Completed',
  none: 'No visa needed',
  j1: 'J-1',
  h1b: 'H-1B',
};

type SharedValue = ProfileSharesResponse['profile'][ShareableProfileField];

/** A shared value as the mentor reads it; "Not answered" when the mentee left it empty. */
export function formatProfileValue(value: SharedValue): string {
  if (value === null || value === undefined) return 'Not answered';
  if (Array.isArray(value)) return value.length === 0 ? 'Not answered' : value.join(', ');
  if (typeof value === 'number') return String(value);
  return VALUE_WORDS[value] ?? value;
}
