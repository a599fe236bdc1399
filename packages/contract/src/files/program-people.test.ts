import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePeopleCsv } from './program-people.parser.ts';
import { PEOPLE_FILE_TEMPLATES } from './program-people.schema.ts';

const MENTEE_HEADER =
  'id,name,email,specialties,mentor_types,languages,time_zone,country,wants_img_mentor,goals';

describe('parsePeopleCsv', () => {
  it('reads lists, booleans, empty optional cells and quoted commas', () => {
    const file = parsePeopleCsv(
      'mentee',
      `${MENTEE_HEADER}\n# a comment line\nE1,"Eze, Ngozi",,Pediatrics; Internal Medicine ,clinical,English,Africa/Lagos,Nigeria,YES,\n`,
    );
    expect(file).toEqual({
      ok: true,
      role: 'mentee',
      people: [
        {
          line: 3,
          id: 'E1',
          name: 'Eze, Ngozi',
          email: null,
          specialties: ['Pediatrics', 'Internal Medicine'],
          mentorTypes: ['clinical'],
          languages: ['English'],
          timeZone: 'Africa/Lagos',
          country: 'Nigeria',
          wantsImgMentor: true,
          goals: [],
        },
      ],
    });
  });

  it('accepts the templates and the samples in docs/samples', () => {
    for (const role of ['mentor', 'mentee'] as const) {
      const template = parsePeopleCsv(role, PEOPLE_FILE_TEMPLATES[role]);
      expect(template.ok && template.people.length).toBe(1);
      const sample = readFileSync(
        new URL(`../../../../docs/samples/program-${role}s.csv`, import.meta.url),
        'utf8',
      );
      const parsed = parsePeopleCsv(role, sample);
      expect(parsed.ok, JSON.stringify(parsed.ok ? null : parsed.issues)).toBe(true);
    }
  });

  it('refuses a file without rows, a short row and an unclosed quote, by line', () => {
    expect(parsePeopleCsv('mentee', `${MENTEE_HEADER}\n`)).toEqual({
      ok: false,
      issues: [{ code: 'empty-file', path: [], message: 'The file lists no mentees.' }],
      total: 1,
    });
    const short = parsePeopleCsv('mentee', `${MENTEE_HEADER}\nE1,Name\n`);
    expect(short.ok ? [] : short.issues.map((i) => i.message)).toEqual([
      'Line 2: expected 10 columns, found 2',
    ]);
    const quote = parsePeopleCsv('mentee', `${MENTEE_HEADER}\nE1,"Name\n`);
    expect(quote.ok ? [] : quote.issues.map((i) => i.code)).toEqual(['csv']);
  });
});
