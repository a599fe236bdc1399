/**
 * The compatibility sub-scores, each in [0, 1] (decision 019 states every rule). A factor the
 * mentee left empty scores 0 for every mentor, so it never changes one mentee's order. Texts are
 * compared case- and space-insensitively (NFC), so "Internal Medicine" matches "internal medicine".
 * The mentee is prepared once; mentors are read as they are, without allocating, because one
 * ranking reads 10,000 of them.
 */
import type {
  MenteeRankingInput,
  MentorRankingInput,
  MentorType,
} from '../../vocabulary/mentorship.ts';
import { hoursApart } from '../time-zone.ts';

// Specialties, languages and countries repeat across thousands of profiles: normalising each
// distinct text once per process is what keeps a 10,000-mentor ranking fast. Bounded.
const KEYS = new Map<string, string>();
const KEY_CACHE_LIMIT = 20_000;

/** Comparison key of a free-text value such as a specialty, language or country. */
export function textKey(text: string): string {
  const cached = KEYS.get(text);
  if (cached !== undefined) return cached;
  const key = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  if (KEYS.size >= KEY_CACHE_LIMIT) KEYS.clear();
  KEYS.set(text, key);
  return key;
}

export interface PreparedMentee {
  readonly firstSpecialty: string | null;
  readonly otherSpecialties: ReadonlySet<string>;
  readonly mentorTypes: readonly MentorType[];
  readonly languages: readonly string[];
  readonly country: string;
  readonly wantsImgMentor: boolean;
}

export function prepareMentee(mentee: MenteeRankingInput): PreparedMentee {
  const specialties = [...new Set(mentee.specialties.map(textKey))];
  return {
    firstSpecialty: specialties[0] ?? null,
    otherSpecialties: new Set(specialties.slice(1)),
    mentorTypes: [...new Set(mentee.mentorTypes)],
    languages: [...new Set(mentee.languages.map(textKey))],
    country: textKey(mentee.country),
    wantsImgMentor: mentee.wantsImgMentor,
  };
}

/** 1 for the mentee's first-choice specialty, 0.75 for another of theirs, else 0. */
export function specialtySubScore(mentee: PreparedMentee, mentor: MentorRankingInput): number {
  if (mentee.firstSpecialty === null) return 0;
  let best = 0;
  for (const specialty of mentor.specialties) {
    const key = textKey(specialty);
    if (key === mentee.firstSpecialty) return 1;
    if (mentee.otherSpecialties.has(key)) best = 0.75;
  }
  return best;
}

/** Share of the kinds of help the mentee wants that the mentor offers. */
export function mentorTypeSubScore(mentee: PreparedMentee, mentor: MentorRankingInput): number {
  if (mentee.mentorTypes.length === 0) return 0;
  let covered = 0;
  for (const type of mentee.mentorTypes) if (mentor.mentorTypes.includes(type)) covered += 1;
  return covered / mentee.mentorTypes.length;
}

/**
 * 0 with no shared language; one shared language is worth 0.5, sharing every language the mentee
 * speaks is worth 1 (a shared first language besides English is what mentees look for).
 */
export function languageSubScore(mentee: PreparedMentee, mentor: MentorRankingInput): number {
  let shared = 0;
  for (const language of mentee.languages) {
    for (const spoken of mentor.languages) {
      if (textKey(spoken) === language) {
        shared += 1;
        break;
      }
    }
  }
  if (shared === 0) return 0;
  const spoken = mentee.languages.length;
  return spoken === 1 ? 1 : 0.5 + (0.5 * (shared - 1)) / (spoken - 1);
}

/** 1 in the same offset, falling linearly to 0 at 12 hours apart; 0 when an offset is unknown. */
export function timeZoneSubScore(menteeOffset: number | null, mentorOffset: number | null): number {
  if (menteeOffset === null || mentorOffset === null) return 0;
  return 1 - hoursApart(menteeOffset, mentorOffset) / 12;
}

/**
 * 1 when the mentor trained in the mentee's country; 0.5 for another IMG mentor when the mentee
 * asked for an IMG mentor; else 0.
 */
export function imgBackgroundSubScore(mentee: PreparedMentee, mentor: MentorRankingInput): number {
  if (mentor.imgCountry === null) return 0;
  if (textKey(mentor.imgCountry) === mentee.country) return 1;
  return mentee.wantsImgMentor ? 0.5 : 0;
}

/** Share of the mentor's places still free (0 when paused or full): spreads mentees out. */
export function freeCapacitySubScore(mentor: MentorRankingInput): number {
  if (!mentor.acceptingRequests || mentor.capacity <= 0) return 0;
  return Math.max(0, mentor.capacity - mentor.activeMentees) / mentor.capacity;
}
