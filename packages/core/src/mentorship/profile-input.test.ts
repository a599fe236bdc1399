import { describe, expect, it } from 'vitest';
import { formatPath } from '../shared/result.ts';
import { parseMenteeInput, parseMentorInput, parseMentorList } from './profile-input.ts';

const mentee = {
  id: 'e1',
  specialties: ['Internal Medicine'],
  mentorTypes: ['career', 'cultural'],
  country: 'Egypt',
  languages: ['Arabic', 'English'],
  timeZone: 'Africa/Cairo',
  wantsImgMentor: true,
};
const mentorJson = {
  id: 'm1',
  specialties: ['Internal Medicine'],
  mentorTypes: ['clinical'],
  imgCountry: null,
  languages: ['English'],
  timeZone: 'America/Chicago',
  capacity: 2,
  activeMentees: 0,
  acceptingRequests: true,
};

const problems = (result: {
  ok: boolean;
  issues?: readonly { code: string; path: readonly (string | number)[] }[];
}) => (result.ok ? [] : (result.issues ?? []).map((i) => `${i.code} ${formatPath(i.path)}`));

describe('parseMenteeInput', () => {
  it('accepts the CLI shape and drops unknown fields', () => {
    const parsed = parseMenteeInput({ ...mentee, favouriteColour: 'green' });
    expect(parsed).toEqual({ ok: true, value: mentee });
  });

  it('names every bad field under `mentee`', () => {
    const parsed = parseMenteeInput({
      id: '',
      specialties: 'Internal Medicine',
      mentorTypes: ['career', 'astrology'],
      languages: [1],
      timeZone: 'Mars/Olympus_Mons',
      wantsImgMentor: 'yes',
    });
    expect(problems(parsed)).toEqual([
      'invalid-value mentee.id',
      'invalid-type mentee.specialties',
      'invalid-value mentee.mentorTypes[1]',
      'required mentee.country',
      'invalid-type mentee.languages[0]',
      'unknown-time-zone mentee.timeZone',
      'invalid-type mentee.wantsImgMentor',
    ]);
    if (parsed.ok) return;
    expect(parsed.issues.find((i) => i.code === 'unknown-time-zone')?.message).toBe(
      '"Mars/Olympus_Mons" is not a known IANA time zone; use a name such as "America/Chicago" or "Asia/Kolkata".',
    );
    expect(parsed.issues[2]?.message).toBe(
      'Unknown mentor type "astrology"; use one of career, research, clinical, cultural.',
    );
  });

  it('refuses a non-object', () => {
    expect(problems(parseMenteeInput(null))).toEqual(['invalid-type mentee']);
    expect(problems(parseMenteeInput([mentee]))).toEqual(['invalid-type mentee']);
  });
});

describe('parseMentorInput and parseMentorList', () => {
  it('accepts imgCountry null or a country, and refuses it missing', () => {
    expect(parseMentorInput(mentorJson).ok).toBe(true);
    expect(parseMentorInput({ ...mentorJson, imgCountry: 'Ghana' }).ok).toBe(true);
    const { imgCountry: _, ...without } = mentorJson;
    expect(problems(parseMentorInput(without))).toEqual(['required mentor.imgCountry']);
  });

  it('checks counts are whole numbers in range', () => {
    expect(problems(parseMentorInput({ ...mentorJson, capacity: 2.5, activeMentees: -1 }))).toEqual(
      ['invalid-type mentor.capacity', 'invalid-value mentor.activeMentees'],
    );
    expect(problems(parseMentorInput({ ...mentorJson, capacity: 1e9 }))).toEqual([
      'invalid-value mentor.capacity',
    ]);
  });

  it('names the mentor by index in a list: an unknown zone at mentors[3].timeZone', () => {
    const list = [0, 1, 2, 3].map((i) => ({ ...mentorJson, id: `m${i}` }));
    list[3] = { ...list[3]!, timeZone: 'Europe/Atlantis' };
    expect(problems(parseMentorList(list))).toEqual(['unknown-time-zone mentors[3].timeZone']);
    expect(problems(parseMentorList({ mentors: list }))).toEqual([
      'unknown-time-zone mentors[3].timeZone',
    ]);
  });

  it('refuses duplicate ids and a file that is not a list', () => {
    expect(problems(parseMentorList([mentorJson, mentorJson]))).toEqual([
      'duplicate-id mentors[1].id',
    ]);
    expect(problems(parseMentorList({ people: [] }))).toEqual(['invalid-type mentors']);
    expect(problems(parseMentorList('mentors'))).toEqual(['invalid-type mentors']);
    expect(parseMentorList([])).toEqual({ ok: true, value: [] });
  });

  it('stops listing after 100 problems', () => {
    const junk = Array.from({ length: 150 }, () => ({}));
    const parsed = parseMentorList(junk);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(101);
    expect(parsed.issues[100]?.code).toBe('too-many-issues');
  });

  it('refuses over-long texts and lists', () => {
    expect(problems(parseMentorInput({ ...mentorJson, id: 'x'.repeat(201) }))).toEqual([
      'too-long mentor.id',
    ]);
    expect(
      problems(
        parseMentorInput({ ...mentorJson, languages: Array.from({ length: 51 }, () => 'English') }),
      ),
    ).toEqual(['too-long mentor.languages']);
  });
});
