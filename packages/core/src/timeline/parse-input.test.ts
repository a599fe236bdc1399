import { describe, expect, it } from 'vitest';
import { formatPath } from '../shared/result.ts';
import { MAX_INTERVIEWS, parseTimelineInput, type TimelineRawInput } from './parse-input.ts';

/** The program-list profile file (as `matchready programs list --profile` reads it). */
const PROFILE = {
  applicantType: 'non-us-img',
  step2: 235,
  failedAttempts: 1,
  graduationYear: 2019,
  visa: 'h1b',
  step3: false,
  usceMonths: 3,
  specialties: ['Internal Medicine'],
  states: ['NY'],
  ecfmgCertified: false,
};

const input = (over: Partial<TimelineRawInput> = {}): TimelineRawInput => ({
  profile: PROFILE,
  season: 2027,
  today: '2026-12-02',
  ...over,
});

/** "path: message" lines, the way the CLI prints them. */
function problems(raw: TimelineRawInput): string[] {
  const r = parseTimelineInput(raw);
  if (r.ok) throw new Error('expected issues');
  return r.issues.map((i) => `${formatPath(i.path)}: ${i.code}: ${i.message}`);
}

describe('parseTimelineInput: accepts', () => {
  it('the program-list profile plus ecfmgCertified, with interviews', () => {
    const r = parseTimelineInput(
      input({ interviews: [{ program: 'Lakeshore Regional', date: '2026-12-10' }] }),
    );
    expect(r).toEqual({
      ok: true,
      value: {
        season: 2027,
        today: '2026-12-02',
        profile: {
          applicantType: 'non-us-img',
          step1: null,
          step2: 'passed',
          step3: 'not-taken',
          failedAttempts: 1,
          ecfmg: null,
          pathway: null,
          oet: null,
          visa: 'h1b',
          specialties: ['Internal Medicine'],
        },
        interviews: [{ program: 'Lakeshore Regional', date: '2026-12-10' }],
        tasks: [],
        completed: [],
      },
    });
  });

  it('a minimal profile, a season written as text and the stored profile’s statuses', () => {
    const r = parseTimelineInput(
      input({
        season: '2028',
        profile: {
          applicantType: 'us-grad',
          visa: 'none',
          step1Status: 'passed',
          ecfmgStatus: 'not-started',
          pathway: 'not-needed',
          oetStatus: 'not-needed',
        },
      }),
    );
    expect(r.ok && r.value.season).toBe(2028);
    expect(r.ok && r.value.profile).toMatchObject({
      applicantType: 'us-grad',
      step1: 'passed',
      step2: null,
      ecfmg: 'not-started',
      pathway: 'not-needed',
      oet: 'not-needed',
    });
  });

  it('interview details, a date-time kept as the date written, tasks and ticks', () => {
    const r = parseTimelineInput(
      input({
        interviews: [
          {
            id: 'iv-1',
            program: 'Cedar Grove',
            date: '2027-01-12T09:00:00-05:00',
            interviewers: 'Dr. Tomasz Wierzbicki',
            detail: 'the night-float system',
            thankYouSent: true,
            room: 'ignored: interview entries may carry other fields',
          },
        ],
        tasks: [{ id: 'ps', kind: 'personal-statement', due: '2026-09-01', done: true }],
        completed: ['eras-submit'],
      }),
    );
    expect(r.ok && r.value.interviews).toEqual([
      {
        id: 'iv-1',
        program: 'Cedar Grove',
        date: '2027-01-12',
        interviewers: ['Dr. Tomasz Wierzbicki'],
        detail: 'the night-float system',
        thankYouSent: true,
      },
    ]);
    expect(r.ok && r.value.tasks).toEqual([
      { id: 'ps', kind: 'personal-statement', due: '2026-09-01', done: true },
    ]);
    expect(r.ok && r.value.completed).toEqual(['eras-submit']);
  });
});

describe('parseTimelineInput: names the field of every problem', () => {
  it('a bad applicant type, an unknown key and a missing visa, all at once', () => {
    expect(problems(input({ profile: { applicantType: 'img', step_2: 240 } }))).toEqual([
      'profile.step_2: unknown-field: step_2 is not a profile field',
      'profile.applicantType: invalid-value: applicantType must be one of non-us-img, us-img, us-grad',
      'profile.visa: required: visa is required (none, j1, h1b)',
    ]);
  });

  it('wrong types and ranges in the profile', () => {
    expect(
      problems(
        input({
          profile: {
            ...PROFILE,
            visa: 'f1',
            step2: 'high',
            failedAttempts: -1,
            step3: 'no',
            specialties: ['IM', ''],
            ecfmgStatus: 'done',
          },
        }),
      ),
    ).toEqual([
      'profile.visa: invalid-value: visa must be one of none, j1, h1b',
      'profile.step2: invalid-type: step2 must be a whole number',
      'profile.failedAttempts: out-of-range: failedAttempts must be from 0 to 20',
      'profile.step3: invalid-type: step3 must be true or false',
      'profile.specialties[1]: invalid-type: specialties[1] must be a non-empty string',
      'profile.ecfmgStatus: invalid-value: ecfmgStatus must be one of not-started, in-progress, certified',
    ]);
  });

  it('a profile that is not an object', () => {
    expect(problems(input({ profile: [PROFILE] }))).toEqual([
      'profile: invalid-type: profile must be a JSON object',
    ]);
  });

  it('the season and today', () => {
    expect(problems(input({ season: 2019, today: '02/12/2026' }))).toEqual([
      'season: invalid-season: season must be a Match year from 2023 to 2100, such as 2027',
      'today: invalid-date: today must be a date written YYYY-MM-DD',
    ]);
    expect(problems(input({ season: undefined, today: undefined }))).toEqual([
      'season: invalid-season: season must be a Match year from 2023 to 2100, such as 2027',
      'today: required: today is required (YYYY-MM-DD)',
    ]);
  });

  it('interviews: the file shape, each entry, each field', () => {
    expect(problems(input({ interviews: { program: 'X' } }))).toEqual([
      'interviews: invalid-type: interviews must be a JSON array',
    ]);
    expect(
      problems(
        input({
          interviews: [
            { program: 'A', date: '2027-01-10' },
            { date: '2027-02-30' },
            'Cedar Grove',
            { program: 'B', date: '2027-01-11', interviewers: [42] },
          ],
        }),
      ),
    ).toEqual([
      'interviews[1].program: required: program is required',
      'interviews[1].date: invalid-date: date must be a date written YYYY-MM-DD',
      'interviews[2]: invalid-type: interviews[2] must be an object {"program","date"}',
      'interviews[3].interviewers[0]: invalid-type: interviewers[0] must be a non-empty string',
    ]);
  });

  it('too many interviews (a file, not a season)', () => {
    const many = Array.from({ length: MAX_INTERVIEWS + 1 }, () => ({
      program: 'A',
      date: '2027-01-10',
    }));
    expect(problems(input({ interviews: many }))).toEqual([
      `interviews: too-many: interviews has at most ${MAX_INTERVIEWS} entries`,
    ]);
  });

  it('tasks: kinds, duplicate ids, custom titles, dates', () => {
    expect(
      problems(
        input({
          tasks: [
            { id: 'a', kind: 'cv', due: '2026-09-01' },
            { id: 'a', kind: 'essay', due: '2026-09-01' },
            { id: 'b', kind: 'custom', due: 'soon' },
          ],
        }),
      ),
    ).toEqual([
      'tasks[1].id: duplicate-id: id "a" is used twice',
      'tasks[1].kind: invalid-value: kind must be one of letters-of-recommendation, personal-statement, cv, program-signals, custom',
      'tasks[2].title: required: title is required for a custom task',
      'tasks[2].due: invalid-date: due must be a date written YYYY-MM-DD',
    ]);
  });
});
