import { type CsvRecords, parseHeaderedCsv } from './mentorship-assign.parser.ts';
import {
  MENTEE_PROFILE_HEADER,
  MENTOR_PROFILE_HEADER,
  type MenteeProfileRow,
  type MentorProfileRow,
  menteeProfileRowSchema,
  mentorProfileRowSchema,
} from './mentorship-profiles.schema.ts';

/** M.csv: `id,specialties,mentor_types,img_country,languages,time_zone,capacity`. */
export const parseMentorProfilesCsv = (content: string): CsvRecords<MentorProfileRow> =>
  parseHeaderedCsv(content, MENTOR_PROFILE_HEADER, mentorProfileRowSchema);

/** E.csv: `id,specialties,mentor_types,country,languages,time_zone,wants_img_mentor`. */
export const parseMenteeProfilesCsv = (content: string): CsvRecords<MenteeProfileRow> =>
  parseHeaderedCsv(content, MENTEE_PROFILE_HEADER, menteeProfileRowSchema);
