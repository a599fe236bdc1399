/**
 * Fictional mentee and mentors shared by the compatibility tests (not exported from the module).
 * At 2026-01-15T12:00Z: Lagos is UTC+1, London UTC+0, New York UTC−5, Chicago UTC−6.
 */
import type { MenteeRankingInput, MentorRankingInput } from '../../vocabulary/mentorship.ts';

export const WINTER = new Date('2026-01-15T12:00:00Z');
export const SUMMER = new Date('2026-07-15T12:00:00Z');

export const ADA: MenteeRankingInput = {
  id: 'mentee-ada',
  specialties: ['Internal Medicine', 'Family Medicine'],
  mentorTypes: ['career', 'cultural'],
  country: 'Nigeria',
  languages: ['English', 'Yoruba'],
  timeZone: 'Africa/Lagos',
  wantsImgMentor: true,
};

export const mentor = (
  id: string,
  overrides: Partial<MentorRankingInput> = {},
): MentorRankingInput => ({
  id,
  specialties: ['internal medicine'],
  mentorTypes: ['career', 'cultural', 'clinical'],
  imgCountry: 'Nigeria',
  languages: ['English', 'Yoruba'],
  timeZone: 'America/New_York',
  capacity: 3,
  activeMentees: 1,
  acceptingRequests: true,
  ...overrides,
});

/** Same first specialty, both kinds of help, both languages, same country; 6 h apart in winter. */
export const OBI = mentor('mentor-obi');

/** Second-choice specialty, no wanted help, one language, another IMG country, 1 h apart. */
export const PRIYA = mentor('mentor-priya', {
  specialties: ['Family Medicine'],
  mentorTypes: ['research'],
  imgCountry: 'India',
  languages: ['English', 'Hindi'],
  timeZone: 'Europe/London',
  capacity: 2,
  activeMentees: 0,
});

/** US graduate in Chicago with no free place. */
export const CARL = mentor('mentor-carl', {
  mentorTypes: ['career'],
  imgCountry: null,
  languages: ['english'],
  timeZone: 'America/Chicago',
  capacity: 2,
  activeMentees: 2,
});

/** Obi's twin who paused requests. */
export const DANA = mentor('mentor-dana', { acceptingRequests: false });
