import { MENTOR_TYPES } from '@matchready/core/vocabulary';
import { z } from 'zod';

/**
 * The profile files of `matchready mentorship match` (docs/mentorship-assign-format.md, "Scoring
 * from profiles"): one row per mentor (M.csv) or mentee (E.csv). List cells are `|`-separated
 * (`English|Hausa`). Time zones and lengths are checked by the core's profile validators after
 * these row schemas (the CLI maps their field names back to these columns).
 */
export const MENTOR_PROFILE_HEADER = [
  'id',
  'specialties',
  'mentor_types',
  'img_country',
  'languages',
  'time_zone',
  'capacity',
] as const;
export const MENTEE_PROFILE_HEADER = [
  'id',
  'specialties',
  'mentor_types',
  'country',
  'languages',
  'time_zone',
  'wants_img_mentor',
] as const;

/** Profile field (core) → CSV column, to name columns in the core's issues. */
export const PROFILE_COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  specialties: 'specialties',
  mentorTypes: 'mentor_types',
  imgCountry: 'img_country',
  country: 'country',
  languages: 'languages',
  timeZone: 'time_zone',
  capacity: 'capacity',
  wantsImgMentor: 'wants_img_mentor',
};

const required = (column: string) => z.string().min(1, `the ${column} column is empty`);

/** `a|b|c` → ['a','b','c']; an empty cell is an empty list; no empty entries. */
const list = (column: string) =>
  z
    .string()
    .transform((cell) => (cell === '' ? [] : cell.split('|').map((part) => part.trim())))
    .refine((parts) => !parts.includes(''), `${column} has an empty entry (two "|" in a row?)`);

const mentorTypes = list('mentor_types').refine(
  (parts) => parts.every((part) => (MENTOR_TYPES as readonly string[]).includes(part)),
  { error: `mentor_types must be "|"-separated values of ${MENTOR_TYPES.join(', ')}` },
);

const wholeNumber = (column: string) =>
  z.string().transform((cell, ctx) => {
    if (/^\d+$/.test(cell) && Number.isSafeInteger(Number(cell))) return Number(cell);
    ctx.addIssue({ code: 'custom', message: `${column} must be a whole number, got "${cell}"` });
    return z.NEVER;
  });

const yesNo = (column: string) =>
  z.string().transform((cell, ctx) => {
    if (cell === 'true') return true;
    if (cell === 'false') return false;
    ctx.addIssue({ code: 'custom', message: `${column} must be true or false, got "${cell}"` });
    return z.NEVER;
  });

export const mentorProfileRowSchema = z
  .object({
    id: required('id'),
    specialties: list('specialties'),
    mentor_types: mentorTypes,
    img_country: z.string(),
    languages: list('languages'),
    time_zone: required('time_zone'),
    capacity: wholeNumber('capacity'),
  })
  .transform((row) => ({
    id: row.id,
    specialties: row.specialties,
    mentorTypes: row.mentor_types,
    /** Empty: a US or Canadian graduate. */
    imgCountry: row.img_country === '' ? null : row.img_country,
    languages: row.languages,
    timeZone: row.time_zone,
    capacity: row.capacity,
  }));

export const menteeProfileRowSchema = z
  .object({
    id: required('id'),
    specialties: list('specialties'),
    mentor_types: mentorTypes,
    country: required('country'),
    languages: list('languages'),
    time_zone: required('time_zone'),
    wants_img_mentor: yesNo('wants_img_mentor'),
  })
  .transform((row) => ({
    id: row.id,
    specialties: row.specialties,
    mentorTypes: row.mentor_types,
    country: row.country,
    languages: row.languages,
    timeZone: row.time_zone,
    wantsImgMentor: row.wants_img_mentor,
  }));

export type MentorProfileRow = z.output<typeof mentorProfileRowSchema>;
export type MenteeProfileRow = z.output<typeof menteeProfileRowSchema>;
