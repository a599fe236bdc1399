import { APPLICANT_TYPES, US_STATE_CODES, VISA_NEEDS } from '@matchready/core/vocabulary';

export { US_STATE_CODES };

import { z } from 'zod';
import { timestampSchema } from './common.schema.ts';

const usStateCodeSchema = z.enum(US_STATE_CODES, {
  error: 'Use a two-letter US state code such as NY',
});

const EXAM_STATUSES = ['not-taken', 'passed', 'failed'] as const;
const ECFMG_STATUSES = ['not-started', 'in-progress', 'certified'] as const;
const PATHWAY_STATUSES = ['not-needed', 'not-started', 'in-progress', 'completed'] as const;
const OET_STATUSES = ['not-needed', 'not-taken', 'passed'] as const;

export const MAX_SPECIALTIES = 5;
export const MAX_PREFERRED_STATES = 20;

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .int(`${label} must be a whole number`)
    .min(min, `${label} must be at least ${min}`)
    .max(max, `${label} must be at most ${max}`);

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `${label} cannot be blank`)
    .max(max, `${label} is at most ${max} characters`);

const choice = <T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` });

const uniqueList = <T extends z.ZodType<string>>(item: T, label: string, max: number) =>
  z
    .array(item)
    .max(max, `Choose at most ${max} ${label}`)
    .refine((list) => new Set(list).size === list.length, `Each of the ${label} may appear once`);

/** The applicant's answers. Each is optional: `null` or absent means "not answered". */
const profileFields = {
  countryOfTraining: text('Country of training', 100),
  medicalSchool: text('Medical school', 200),
  graduationYear: wholeNumber('Graduation year', 1960, 2035),
  applicantType: choice('Applicant type', APPLICANT_TYPES),
  step1: choice('Step 1 result', EXAM_STATUSES),
  step1Attempts: wholeNumber('Step 1 attempts', 0, 6),
  step2Score: wholeNumber('Step 2 CK score', 1, 300),
  step2Attempts: wholeNumber('Step 2 CK attempts', 0, 6),
  step3: choice('Step 3 result', EXAM_STATUSES),
  ecfmgStatus: choice('ECFMG status', ECFMG_STATUSES),
  pathway: choice('ECFMG pathway', PATHWAY_STATUSES),
  oetStatus: choice('OET status', OET_STATUSES),
  visaNeed: choice('Visa need', VISA_NEEDS),
  usceMonths: wholeNumber('US clinical experience (months)', 0, 120),
  researchItems: wholeNumber('Research items', 0, 500),
};

const specialties = uniqueList(text('Specialty', 80), 'specialties', MAX_SPECIALTIES);
const preferredStates = uniqueList(usStateCodeSchema, 'preferred states', MAX_PREFERRED_STATES);

type Fields = typeof profileFields;
const nullish = Object.fromEntries(
  Object.entries(profileFields).map(([key, schema]) => [key, schema.nullish()]),
) as { [K in keyof Fields]: z.ZodOptional<z.ZodNullable<Fields[K]>> };
const nullable = Object.fromEntries(
  Object.entries(profileFields).map(([key, schema]) => [key, schema.nullable()]),
) as { [K in keyof Fields]: z.ZodNullable<Fields[K]> };

/** PUT /api/profile replaces the whole profile; unknown keys are ignored. */
export const applicantProfileInputSchema = z.object({
  ...nullish,
  specialties: specialties.optional(),
  preferredStates: preferredStates.optional(),
});
export type ApplicantProfileInput = z.input<typeof applicantProfileInputSchema>;

export const applicantProfileSchema = z
  .object({
    ...nullable,
    specialties,
    preferredStates,
    /** Seeded demo data, labelled as such in the app. */
    isDemo: z.boolean(),
    updatedAt: timestampSchema,
  })
  .meta({ id: 'ApplicantProfile' });
export type ApplicantProfile = z.infer<typeof applicantProfileSchema>;

export const profileResponseSchema = z.object({ profile: applicantProfileSchema.nullable() });
export type ProfileResponse = z.infer<typeof profileResponseSchema>;
export const profileSavedResponseSchema = z.object({ profile: applicantProfileSchema });
export type ProfileSavedResponse = z.infer<typeof profileSavedResponseSchema>;
