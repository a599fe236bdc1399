/**
 * Applicant profile fields a mentee can share with one mentor, field by field (issue 9,
 * decision 048). The names are the applicant profile's own keys; order is the order the web
 * app lists them in. Anything not listed here can never be shared.
 */
export const SHAREABLE_PROFILE_FIELDS = [
  'countryOfTraining',
  'medicalSchool',
  'graduationYear',
  'applicantType',
  'step1',
  'step1Attempts',
  'step2Score',
  'step2Attempts',
  'step3',
  'ecfmgStatus',
  'pathway',
  'oetStatus',
  'visaNeed',
  'usceMonths',
  'researchItems',
  'specialties',
  'preferredStates',
] as const;
export type ShareableProfileField = (typeof SHAREABLE_PROFILE_FIELDS)[number];
