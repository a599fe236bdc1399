import { describe, expect, it } from 'vitest';
import { filterMentors } from './filters.ts';
import { ADA, CARL, DANA, mentor, OBI, PRIYA, WINTER } from './test-fixtures.ts';

const ALL = [OBI, PRIYA, CARL, DANA];
const ids = (result: ReturnType<typeof filterMentors>) =>
  result.ok ? result.value.map((m) => m.id) : result.issues.map((i) => i.code);

describe('filterMentors', () => {
  it('keeps everyone with an empty filter', () => {
    expect(ids(filterMentors(ALL, {}, WINTER))).toEqual([
      'mentor-obi',
      'mentor-priya',
      'mentor-carl',
      'mentor-dana',
    ]);
    expect(ids(filterMentors(ALL, { specialties: [], languages: [] }, WINTER))).toHaveLength(4);
  });

  it('ORs the values within a filter and ANDs the filters, case-insensitively', () => {
    expect(ids(filterMentors(ALL, { specialties: ['FAMILY MEDICINE'] }, WINTER))).toEqual([
      'mentor-priya',
    ]);
    expect(ids(filterMentors(ALL, { mentorTypes: ['research', 'clinical'] }, WINTER))).toEqual([
      'mentor-obi',
      'mentor-priya',
      'mentor-dana',
    ]);
    expect(ids(filterMentors(ALL, { languages: ['hindi', 'yoruba'] }, WINTER))).toEqual([
      'mentor-obi',
      'mentor-priya',
      'mentor-dana',
    ]);
    expect(
      ids(
        filterMentors(ALL, { languages: ['hindi', 'yoruba'], mentorTypes: ['research'] }, WINTER),
      ),
    ).toEqual(['mentor-priya']);
  });

  it('filters on IMG background and country of training', () => {
    expect(ids(filterMentors(ALL, { imgMentor: false }, WINTER))).toEqual(['mentor-carl']);
    expect(ids(filterMentors(ALL, { imgMentor: true }, WINTER))).toHaveLength(3);
    expect(ids(filterMentors(ALL, { imgCountries: ['india', 'Egypt'] }, WINTER))).toEqual([
      'mentor-priya',
    ]);
  });

  it('keeps only mentors with a free place (accepting and below capacity)', () => {
    expect(ids(filterMentors(ALL, { hasFreePlace: true }, WINTER))).toEqual([
      'mentor-obi',
      'mentor-priya',
    ]);
    expect(ids(filterMentors(ALL, { hasFreePlace: false }, WINTER))).toHaveLength(4);
  });

  it('keeps mentors within a time-zone band at `now`, boundary included', () => {
    // From Lagos (UTC+1) in January: London 1 h, New York 6 h, Chicago 7 h.
    const band = (withinHours: number) => ({
      timeZoneBand: { timeZone: ADA.timeZone, withinHours },
    });
    expect(ids(filterMentors(ALL, band(3), WINTER))).toEqual(['mentor-priya']);
    expect(ids(filterMentors(ALL, band(6), WINTER))).toEqual([
      'mentor-obi',
      'mentor-priya',
      'mentor-dana',
    ]);
    expect(ids(filterMentors(ALL, band(5.99), WINTER))).toEqual(['mentor-priya']);
    const lost = mentor('mentor-lost', { timeZone: 'Atlantis/Capital' });
    expect(ids(filterMentors([lost], band(12), WINTER))).toEqual([]);
  });

  it('reports a bad band instead of throwing', () => {
    const result = filterMentors(
      ALL,
      { timeZoneBand: { timeZone: 'Moon/Base', withinHours: -1 } },
      WINTER,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown-time-zone', 'timeZoneBand.timeZone'],
      ['invalid-value', 'timeZoneBand.withinHours'],
    ]);
  });

  it('returns whole profiles of a wider type', () => {
    const profiles = [{ ...OBI, institution: 'Fictional General Hospital' }];
    const result = filterMentors(profiles, { specialties: ['Internal Medicine'] }, WINTER);
    expect(result.ok && result.value[0]?.institution).toBe('Fictional General Hospital');
  });
});
