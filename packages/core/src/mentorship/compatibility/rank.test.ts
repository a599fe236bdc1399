import { describe, expect, it } from 'vitest';
import { COMPATIBILITY_FACTORS } from '../../vocabulary/mentorship.ts';
import { rankMentors } from './rank.ts';
import { ADA, CARL, DANA, mentor, OBI, PRIYA, SUMMER, WINTER } from './test-fixtures.ts';

const factorsOf = (ranking: ReturnType<typeof rankMentors>, id: string) =>
  Object.fromEntries(
    (ranking.mentors.find((m) => m.id === id)?.factors ?? []).map((f) => [
      f.factor,
      f.contribution,
    ]),
  );

describe('rankMentors', () => {
  // Worked by hand with the default weights 30/20/15/15/15/5 (decision 019).
  it('scores each factor as documented and adds the contributions up to the score', () => {
    const ranking = rankMentors(ADA, [OBI, PRIYA], { now: WINTER });
    // Obi: first specialty 30; 2 of 2 kinds of help 20; both languages 15; Lagos +1 vs New York −5
    // is 6 h → 15 × 0.5 = 7.5 → 8; same country 15; 2 of 3 places free → 3.33 → 3. Total 91.
    expect(factorsOf(ranking, 'mentor-obi')).toEqual({
      specialty: 30,
      'mentor-type': 20,
      language: 15,
      'time-zone': 8,
      'img-background': 15,
      'free-capacity': 3,
    });
    // Priya: second specialty 22.5 → 23; no wanted help 0; one of two languages 7.5 → 8;
    // 1 h → 15 × 11/12 = 13.75 → 14; another IMG country, IMG wanted 7.5 → 8; all free 5. Total 58.
    expect(factorsOf(ranking, 'mentor-priya')).toEqual({
      specialty: 23,
      'mentor-type': 0,
      language: 8,
      'time-zone': 14,
      'img-background': 8,
      'free-capacity': 5,
    });
    expect(ranking.mentors.map((m) => [m.id, m.score])).toEqual([
      ['mentor-obi', 91],
      ['mentor-priya', 58],
    ]);
    expect(ranking.maxScore).toBe(100);
    expect(ranking.issues).toEqual([]);
    for (const m of ranking.mentors) {
      expect(m.factors.map((f) => f.factor)).toEqual([...COMPATIBILITY_FACTORS]);
    }
  });

  it('reads time-zone distance at `now`, so DST changes it (New York is UTC−4 in July)', () => {
    const summer = rankMentors(ADA, [OBI], { now: SUMMER });
    // 5 h apart → 15 × 7/12 = 8.75 → 9.
    expect(factorsOf(summer, 'mentor-obi')['time-zone']).toBe(9);
    expect(summer.mentors[0]?.score).toBe(92);
  });

  it('never recommends a full, paused, blocked or self mentor and lists them last with reasons', () => {
    const self = mentor(ADA.id);
    const ranking = rankMentors(ADA, [CARL, DANA, self, PRIYA, OBI], {
      now: WINTER,
      blockedMentorIds: ['mentor-priya'],
    });
    expect(ranking.mentors.map((m) => [m.id, m.eligible])).toEqual([
      ['mentor-obi', true],
      // Ineligible ones by score: Ada's own profile 91 (Obi's twin), Dana 88 (Obi without the
      // free-capacity points, as she is paused), Priya 58, Carl 54.
      ['mentee-ada', false],
      ['mentor-dana', false],
      ['mentor-priya', false],
      ['mentor-carl', false],
    ]);
    const reasons = Object.fromEntries(
      ranking.mentors.map((m) => [m.id, m.reasons.map((r) => r.code)]),
    );
    expect(reasons).toEqual({
      'mentor-obi': [],
      'mentee-ada': ['self'],
      'mentor-dana': ['paused'],
      'mentor-priya': ['blocked'],
      'mentor-carl': ['full'],
    });
    expect(ranking.mentors.find((m) => m.id === 'mentor-carl')?.reasons[0]?.message).toBe(
      "This mentor's places are all taken (2 of 2).",
    );
    // Carl: specialty 30, 1 of 2 kinds 10, one language 8, 7 h → 6.25 → 6, not an IMG 0, full 0.
    expect(ranking.mentors.find((m) => m.id === 'mentor-carl')?.score).toBe(54);
  });

  it('gives every applicable reason, in the documented order', () => {
    const everything = mentor(ADA.id, { acceptingRequests: false, capacity: 0, activeMentees: 0 });
    const [ranked] = rankMentors(ADA, [everything], {
      now: WINTER,
      blockedMentorIds: [ADA.id],
    }).mentors;
    expect(ranked?.reasons.map((r) => r.code)).toEqual(['self', 'blocked', 'paused', 'full']);
    expect(ranked?.reasons[3]?.message).toBe(
      'This mentor has no places for mentees at the moment.',
    );
  });

  it('breaks equal scores by id, whatever the input order', () => {
    const twins = ['z', 'b', 'm', 'a'].map((id) => mentor(id));
    const forward = rankMentors(ADA, twins, { now: WINTER }).mentors.map((m) => m.id);
    const backward = rankMentors(ADA, twins.toReversed(), { now: WINTER }).mentors.map((m) => m.id);
    expect(forward).toEqual(['a', 'b', 'm', 'z']);
    expect(backward).toEqual(forward);
  });

  it('uses weights from the options (a factor at 0 contributes 0)', () => {
    const ranking = rankMentors(ADA, [OBI, PRIYA], {
      now: WINTER,
      weights: {
        specialty: 60,
        'mentor-type': 0,
        language: 0,
        'time-zone': 0,
        'img-background': 40,
        'free-capacity': 0,
      },
    });
    expect(ranking.maxScore).toBe(100);
    // Obi 60 + 40; Priya 60 × 0.75 = 45 + 40 × 0.5 = 20.
    expect(ranking.mentors.map((m) => m.score)).toEqual([100, 65]);
    expect(ranking.weights.specialty).toBe(60);
  });

  it('reports an unknown time zone as an issue and counts the factor as 0 instead of throwing', () => {
    const lost = mentor('mentor-lost', { timeZone: 'Mars/Olympus_Mons' });
    const ranking = rankMentors(ADA, [OBI, lost], { now: WINTER });
    expect(factorsOf(ranking, 'mentor-lost')['time-zone']).toBe(0);
    expect(ranking.issues).toEqual([
      {
        code: 'unknown-time-zone',
        path: ['mentors', 1, 'timeZone'],
        message:
          '"Mars/Olympus_Mons" is not a known IANA time zone; the time-zone factor counts 0 for it.',
      },
    ]);
    const lostMentee = rankMentors({ ...ADA, timeZone: 'Nowhere' }, [OBI], { now: WINTER });
    expect(lostMentee.issues.map((i) => i.path)).toEqual([['mentee', 'timeZone']]);
    expect(factorsOf(lostMentee, 'mentor-obi')['time-zone']).toBe(0);
  });

  it('scores 0 on factors the mentee left empty, and ranks an empty directory as empty', () => {
    const blank = { ...ADA, specialties: [], mentorTypes: [], languages: [] };
    const ranking = rankMentors(blank, [OBI], { now: WINTER });
    expect(factorsOf(ranking, 'mentor-obi')).toMatchObject({
      specialty: 0,
      'mentor-type': 0,
      language: 0,
    });
    expect(rankMentors(ADA, [], { now: WINTER }).mentors).toEqual([]);
  });

  it('throws on an invalid clock or weight (programmer errors, not user input)', () => {
    expect(() => rankMentors(ADA, [OBI], { now: new Date('nope') })).toThrow(/now/);
    expect(() => rankMentors(ADA, [OBI], { now: WINTER, weights: { language: -1 } })).toThrow(
      /language/,
    );
  });
});
