/**
 * The compatibility sub-scores, each in [0, 1] (decision 019 states every rule). A factor the
 * mentee left empty scores 0 for every mentor, so it never changes one mentee's order. Texts are
 * compared case- and space-insensitively (NFC), so "Internal Medicine" matches "internal medicine".
 */
import type {
  MenteeRankingInput,
  MentorRankingInput,
  MentorType,
} from '../../vocabulary/mentorship.ts';
import { hoursApart } from '../time-zone.ts';

/** Comparison key of a free-text value such as a specialty, language or country. */
export function textKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface PreparedMentee {
  readonly specialtyKeys: readonly string[];
  readonly mentorTypes: ReadonlySet<MentorType>;
  readonly languageKeys: ReadonlySet<string>;
  readonly countryKey: string;
  readonly wantsImgMentor: boolean;
}

export interface PreparedMentor {
  readonly specialtyKeys: ReadonlySet<string>;
  readonly mentorTypes: ReadonlySet<MentorType>;
  readonly languageKeys: ReadonlySet<string>;
  readonly imgCountryKey: string | null;
}

export function prepareMentee(mentee: MenteeRankingInput): PreparedMentee {
  return {
    specialtyKeys: [...new Set(mentee.specialties.map(textKey))],
    mentorTypes: new Set(mentee.mentorTypes),
    languageKeys: new Set(mentee.languages.map(textKey)),
    countryKey: textKey(mentee.country),
    wantsImgMentor: mentee.wantsImgMentor,
  };
}

export function prepareMentor(mentor: MentorRankingInput): PreparedMentor {
  return {
    specialtyKeys: new Set(mentor.specialties.map(textKey)),
    mentorTypes: new Set(mentor.mentorTypes),
    languageKeys: new Set(mentor.languages.map(textKey)),
    imgCountryKey: mentor.imgCountry === null ? null : textKey(mentor.imgCountry),
  };
}

/** 1 for the mentee's first-choice specialty, 0.75 for another of theirs, else 0. */
export function specialtySubScore(mentee: PreparedMentee, mentor: PreparedMentor): number {
  const [first, ...others] = mentee.specialtyKeys;
  if (first === undefined) return 0;
  if (mentor.specialtyKeys.has(first)) return 1;
  return others.some((key) => mentor.specialtyKeys.has(key)) ? 0.75 : 0;
}

/** Share of the kinds of help the mentee wants that the mentor offers. */
export function mentorTypeSubScore(mentee: PreparedMentee, mentor: PreparedMentor): number {
  if (mentee.mentorTypes.size === 0) return 0;
  let covered = 0;
  for (const type of mentee.mentorTypes) if (mentor.mentorTypes.has(type)) covered += 1;
  return covered / mentee.mentorTypes.size;
}

/**
 * 0 with no shared language; one shared language is worth 0.5, sharing every language the mentee
 * speaks is worth 1 (a shared first language besides English is what mentees look for).
 */
export function languageSubScore(mentee: PreparedMentee, mentor: PreparedMentor): number {
  let shared = 0;
  for (const key of mentee.languageKeys) if (mentor.languageKeys.has(key)) shared += 1;
  if (shared === 0) return 0;
  const spoken = mentee.languageKeys.size;
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
export function imgBackgroundSubScore(mentee: PreparedMentee, mentor: PreparedMentor): number {
  if (mentor.imgCountryKey === null) return 0;
  if (mentor.imgCountryKey === mentee.countryKey) return 1;
  return mentee.wantsImgMentor ? 0.5 : 0;
}

/** Share of the mentor's places still free (0 when paused or full): spreads mentees out. */
export function freeCapacitySubScore(mentor: MentorRankingInput): number {
  if (!mentor.acceptingRequests || mentor.capacity <= 0) return 0;
  return Math.max(0, mentor.capacity - mentor.activeMentees) / mentor.capacity;
}
