import { describe, expect, it } from 'vitest';
import { parseCapacitiesCsv, parsePairsCsv, parseScoresCsv } from './mentorship-assign.parser.ts';
import { parseMenteeProfilesCsv, parseMentorProfilesCsv } from './mentorship-profiles.parser.ts';

const issuesOf = (result: {
  ok: boolean;
  issues?: readonly { path: readonly unknown[]; message: string }[];
}) => (result.ok ? [] : (result.issues ?? [])).map((i) => `${String(i.path[1])}: ${i.message}`);

describe('assignment files', () => {
  it('reads scores, capacities and pairs with their lines (BOM, blank lines and quotes allowed)', () => {
    const scores = parseScoresCsv(
      '\uFEFFmentee,mentor,score\namara,dr-okafor,87.5\n\n"b,c", dr-lee ,-2\n',
    );
    expect(scores).toEqual({
      ok: true,
      rows: [
        { mentee: 'amara', mentor: 'dr-okafor', score: 87.5 },
        { mentee: 'b,c', mentor: 'dr-lee', score: -2 },
      ],
      lines: [2, 4],
    });
    expect(parseCapacitiesCsv('mentor,capacity\ndr-lee,0\n')).toEqual({
      ok: true,
      rows: [{ mentor: 'dr-lee', capacity: 0 }],
      lines: [2],
    });
    expect(parsePairsCsv('mentee,mentor\n')).toEqual({ ok: true, rows: [], lines: [] });
  });

  it('reports every bad row with its line and keeps the good rows', () => {
    const scores = parseScoresCsv(
      'mentee,mentor,score\na,m,1e3\nb,m,87,5\nc,m,NaN\nd,m,0.1234567\ne,m,2000000000\n,m,1\nf,m,0.125\n',
    );
    expect(issuesOf(scores)).toEqual([
      '2: score must be a number with at most 6 decimal places, got "1e3"',
      '3: expected 3 cells (mentee,mentor,score), found 4',
      '4: score must be a number with at most 6 decimal places, got "NaN"',
      '5: score must be a number with at most 6 decimal places, got "0.1234567"',
      '6: score must be from -1000000000 to 1000000000, got "2000000000"',
      '7: the mentee column is empty',
    ]);
    expect(scores.rows).toEqual([{ mentee: 'f', mentor: 'm', score: 0.125 }]);
    expect(scores.ok || scores.rejected.map((cells) => cells[0])).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      '',
    ]);
    expect(scores.lines).toEqual([8]);
    expect(issuesOf(parseCapacitiesCsv('mentor,capacity\nm,-1\nn,1.5\no,1000001\n'))).toEqual([
      '2: capacity must be a whole number from 0 to 1000000, got "-1"',
      '3: capacity must be a whole number from 0 to 1000000, got "1.5"',
      '4: capacity must be a whole number from 0 to 1000000, got "1000001"',
    ]);
  });

  it('requires the exact header, and names a broken quote', () => {
    expect(issuesOf(parsePairsCsv('mentor,mentee\nm,a\n'))).toEqual([
      '1: the header must be mentee,mentor, got mentor,mentee',
    ]);
    const header = parsePairsCsv('mentor,mentee\nm,a\n');
    expect(header.ok || [header.rows, header.rejected]).toEqual([[], []]);
    expect(issuesOf(parseScoresCsv(''))).toEqual([
      '1: the file is empty; the first row must be the header mentee,mentor,score',
    ]);
    const quote = parsePairsCsv('mentee,mentor\n"a,m\n');
    expect(quote.ok).toBe(false);
    expect(issuesOf(quote)[0]).toMatch(/^\d: .*quote/i);
  });
});

describe('profile files', () => {
  it('reads mentors and mentees, lists split on "|", an empty img_country as null', () => {
    const mentors = parseMentorProfilesCsv(
      'id,specialties,mentor_types,img_country,languages,time_zone,capacity\n' +
        'dr-lee,Internal Medicine|Cardiology,career|research,,English,America/New_York,2\n',
    );
    expect(mentors.ok && mentors.rows).toEqual([
      {
        id: 'dr-lee',
        specialties: ['Internal Medicine', 'Cardiology'],
        mentorTypes: ['career', 'research'],
        imgCountry: null,
        languages: ['English'],
        timeZone: 'America/New_York',
        capacity: 2,
      },
    ]);
    const mentees = parseMenteeProfilesCsv(
      'id,specialties,mentor_types,country,languages,time_zone,wants_img_mentor\n' +
        'amara,Pediatrics,career,Nigeria,English|Yoruba,Africa/Lagos,true\n' +
        'bilal,Pediatrics,coaching,Pakistan,Urdu||English,Asia/Karachi,yes\n',
    );
    expect(issuesOf(mentees)).toEqual([
      '3: mentor_types must be "|"-separated values of career, research, clinical, cultural',
    ]);
    expect(mentees.rows.map((r) => [r.id, r.wantsImgMentor, r.languages])).toEqual([
      ['amara', true, ['English', 'Yoruba']],
    ]);
  });
});
