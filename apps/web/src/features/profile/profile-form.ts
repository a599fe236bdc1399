import type { ApplicantProfile, ApplicantProfileInput } from '@matchready/contract';

type Choice<K extends keyof ApplicantProfile> = NonNullable<ApplicantProfile[K]>;

/** What the form holds: text inputs use '', number inputs '' or a number, selects null. */
export interface ProfileFormValues {
  countryOfTraining: string;
  medicalSchool: string;
  graduationYear: number | string;
  applicantType: Choice<'applicantType'> | null;
  step1: Choice<'step1'> | null;
  step1Attempts: number | string;
  step2Score: number | string;
  step2Attempts: number | string;
  step3: Choice<'step3'> | null;
  ecfmgStatus: Choice<'ecfmgStatus'> | null;
  pathway: Choice<'pathway'> | null;
  oetStatus: Choice<'oetStatus'> | null;
  visaNeed: Choice<'visaNeed'> | null;
  usceMonths: number | string;
  researchItems: number | string;
  specialties: string[];
  preferredStates: string[];
}

const numberOrEmpty = (value: number | null): number | string => value ?? '';

export function toFormValues(profile: ApplicantProfile | null): ProfileFormValues {
  return {
    countryOfTraining: profile?.countryOfTraining ?? '',
    medicalSchool: profile?.medicalSchool ?? '',
    graduationYear: numberOrEmpty(profile?.graduationYear ?? null),
    applicantType: profile?.applicantType ?? null,
    step1: profile?.step1 ?? null,
    step1Attempts: numberOrEmpty(profile?.step1Attempts ?? null),
    step2Score: numberOrEmpty(profile?.step2Score ?? null),
    step2Attempts: numberOrEmpty(profile?.step2Attempts ?? null),
    step3: profile?.step3 ?? null,
    ecfmgStatus: profile?.ecfmgStatus ?? null,
    pathway: profile?.pathway ?? null,
    oetStatus: profile?.oetStatus ?? null,
    visaNeed: profile?.visaNeed ?? null,
    usceMonths: numberOrEmpty(profile?.usceMonths ?? null),
    researchItems: numberOrEmpty(profile?.researchItems ?? null),
    specialties: [...(profile?.specialties ?? [])],
    preferredStates: [...(profile?.preferredStates ?? [])],
  };
}

const textOrNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string): number | null => {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isNaN(parsed) ? Number.NaN : parsed;
};

/** The PUT body: blanks become null ("not answered"). */
export function toProfileInput(values: ProfileFormValues): ApplicantProfileInput {
  return {
    countryOfTraining: textOrNull(values.countryOfTraining),
    medicalSchool: textOrNull(values.medicalSchool),
    graduationYear: numberOrNull(values.graduationYear),
    applicantType: values.applicantType,
    step1: values.step1,
    step1Attempts: numberOrNull(values.step1Attempts),
    step2Score: numberOrNull(values.step2Score),
    step2Attempts: numberOrNull(values.step2Attempts),
    step3: values.step3,
    ecfmgStatus: values.ecfmgStatus,
    pathway: values.pathway,
    oetStatus: values.oetStatus,
    visaNeed: values.visaNeed,
    usceMonths: numberOrNull(values.usceMonths),
    researchItems: numberOrNull(values.researchItems),
    specialties: values.specialties.map((item) => item.trim()).filter((item) => item !== ''),
    // The picker only offers the contract's state codes, and the schema re-checks them on submit.
    preferredStates: values.preferredStates as ApplicantProfile['preferredStates'],
  };
}

const scalarKeys = [
  'countryOfTraining',
  'medicalSchool',
  'graduationYear',
  'applicantType',
  'step1',
  'step2Score',
  'step3',
  'ecfmgStatus',
  'pathway',
  'oetStatus',
  'visaNeed',
  'usceMonths',
  'researchItems',
] as const satisfies readonly (keyof ApplicantProfile)[];

/** Share of the main questions answered, 0–100, for the dashboard. */
export function profileCompleteness(profile: ApplicantProfile | null): number {
  if (!profile) return 0;
  const answered =
    scalarKeys.filter((key) => profile[key] !== null).length +
    (profile.specialties.length > 0 ? 1 : 0) +
    (profile.preferredStates.length > 0 ? 1 : 0);
  return Math.round((answered / (scalarKeys.length + 2)) * 100);
}
