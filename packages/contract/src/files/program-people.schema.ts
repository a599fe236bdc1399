import { MENTOR_TYPES, type ProgramParticipantRole } from '@matchready/core/vocabulary';
import { z } from 'zod';

/**
 * The mentors and mentees CSV files of an organisation's mentorship program
 * (docs/mentorship-program-files.md): one person per row, lists separated by ";".
 */

/** Most people per file (issues are capped at MAX_ISSUES like every file format). */
export const MAX_PEOPLE_PER_FILE = 10_000;
export const MAX_PROGRAM_CAPACITY = 20;

const must = (what: string) => ({
  error: (issue: { input?: unknown }) =>
    issue.input === null || issue.input === undefined || issue.input === ''
      ? 'is required'
      : `must be ${what}`,
});
const text = (max: number) => {
  const m = must(`text of at most ${max} characters`);
  return z.string(m).min(1, m).max(max, m);
};
const list = (max: number) =>
  z
    .array(z.string().max(80, 'entries must be at most 80 characters each'))
    .max(max, `at most ${max} entries`);

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const personId = z
  .string(must('an id'))
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$/,
    must('letters, digits, ".", "_", ":", "@" or "-" (at most 64)'),
  );
const email = z.email(must('an email address')).max(254).nullable();
const timeZone = z
  .string(must('an IANA time zone such as America/Chicago'))
  .refine(isTimeZone, must('an IANA time zone such as America/Chicago'));
const mentorTypes = z.array(z.enum(MENTOR_TYPES, must(`one of ${MENTOR_TYPES.join(', ')}`))).max(4);

export const programMentorRowSchema = z.object({
  id: personId,
  name: text(120),
  email,
  specialties: list(10),
  mentorTypes,
  languages: list(10),
  timeZone,
  /** Country of medical training when the mentor is an IMG; empty when trained in the US or Canada. */
  imgCountry: z.string().max(80).nullable(),
  capacity: z
    .int(must(`a whole number from 0 to ${MAX_PROGRAM_CAPACITY}`))
    .min(0, must(`a whole number from 0 to ${MAX_PROGRAM_CAPACITY}`))
    .max(MAX_PROGRAM_CAPACITY, must(`a whole number from 0 to ${MAX_PROGRAM_CAPACITY}`)),
});
export type ProgramMentorRow = z.infer<typeof programMentorRowSchema>;

export const programMenteeRowSchema = z.object({
  id: personId,
  name: text(120),
  email,
  specialties: list(10),
  mentorTypes,
  languages: list(10),
  timeZone,
  country: text(80),
  wantsImgMentor: z.boolean(must('true or false')),
  goals: list(5),
});
export type ProgramMenteeRow = z.infer<typeof programMenteeRowSchema>;

type CellKind = 'text' | 'optional' | 'list' | 'integer' | 'boolean';

/** CSV column → row key and how its cell is read. */
export const PEOPLE_FILE_COLUMNS: Readonly<
  Record<
    ProgramParticipantRole,
    readonly (readonly [column: string, key: string, kind: CellKind])[]
  >
> = {
  mentor: [
    ['id', 'id', 'text'],
    ['name', 'name', 'text'],
    ['email', 'email', 'optional'],
    ['specialties', 'specialties', 'list'],
    ['mentor_types', 'mentorTypes', 'list'],
    ['languages', 'languages', 'list'],
    ['time_zone', 'timeZone', 'text'],
    ['img_country', 'imgCountry', 'optional'],
    ['capacity', 'capacity', 'integer'],
  ],
  mentee: [
    ['id', 'id', 'text'],
    ['name', 'name', 'text'],
    ['email', 'email', 'optional'],
    ['specialties', 'specialties', 'list'],
    ['mentor_types', 'mentorTypes', 'list'],
    ['languages', 'languages', 'list'],
    ['time_zone', 'timeZone', 'text'],
    ['country', 'country', 'text'],
    ['wants_img_mentor', 'wantsImgMentor', 'boolean'],
    ['goals', 'goals', 'list'],
  ],
};

/** The downloadable templates: the header and one example row (synthetic people). */
export const PEOPLE_FILE_TEMPLATES: Readonly<Record<ProgramParticipantRole, string>> = {
  mentor:
    'id,name,email,specialties,mentor_types,languages,time_zone,img_country,capacity\r\n' +
    '# Example row (synthetic). Lists are separated by ";". Leave img_country empty for US/Canada graduates.\r\n' +
    'M-001,Dr Example Mentor,mentor@example.org,Internal Medicine;Cardiology,career;cultural,English;Arabic,America/Chicago,Egypt,2\r\n',
  mentee:
    'id,name,email,specialties,mentor_types,languages,time_zone,country,wants_img_mentor,goals\r\n' +
    '# Example row (synthetic). Lists are separated by ";".\r\n' +
    'E-001,Example Mentee,mentee@example.org,Internal Medicine,career;cultural,English;Arabic,Africa/Cairo,Egypt,true,Two US letters;Mock interviews\r\n',
};
