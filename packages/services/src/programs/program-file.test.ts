import { generateSyntheticPrograms } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';
import { programsToCsv, programsToJson } from './program-export.ts';
import { detectProgramFormat, parseProgramCsv, parseProgramJson } from './program-file.ts';

const HEADER =
  'id,name,specialty,state,positions,img_share,j1,h1b,min_step2,yog_cutoff,max_attempts,usce_required';

const csv = (...rows: string[]) => [HEADER, ...rows].join('\n');

describe('parseProgramCsv', () => {
  it('reads the documented columns; empty cells are unknown (null), never "no"', () => {
    const parsed = parseProgramCsv(
      csv(
        'P1,Alpha Medicine,Internal Medicine,ny,12,0.6,true,FALSE,230,5,0,true',
        'P2,Beta,im,NJ,,,,,,,,',
      ),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const [p1, p2] = parsed.value.programs;
    expect(p1).toMatchObject({
      id: 'P1',
      specialty: 'internal-medicine',
      state: 'NY',
      region: 'northeast',
      positions: 12,
      imgShare: 0.6,
      j1: true,
      h1b: false,
      minStep2: 230,
      yogCutoff: 5,
      maxAttempts: 0,
      usceRequired: true,
      synthetic: false,
    });
    expect(p2).toMatchObject({
      specialty: 'internal-medicine',
      positions: null,
      imgShare: null,
      j1: null,
      h1b: null,
      minStep2: null,
      yogCutoff: null,
      maxAttempts: null,
      usceRequired: null,
    });
    expect(parsed.value.warnings).toEqual([]);
  });

  it('reports every bad row with its line number and returns no programs', () => {
    const parsed = parseProgramCsv(
      csv(
        'P1,Fine,Internal Medicine,NY,12,0.6,true,false,230,5,0,true',
        'P2,Bad share,Internal Medicine,NY,12,45,yes,false,230,5,0,true',
        '# a comment line is skipped',
        'P3,,Internal Medicine,XX,12,0.4,true,false,230,5,0,true',
        'P1,Twice,Internal Medicine,NY,1,0.1,true,false,,,,',
        'P5,Short row,Internal Medicine',
      ),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.path)).toEqual([
      ['line', 3],
      ['line', 5],
      ['line', 6],
      ['line', 7],
    ]);
    const [share, missing, duplicate, short] = parsed.issues.map((i) => i.message);
    expect(share).toMatch(
      /^Line 3: img_share must be a share from 0 to 1 .*"45".*j1 must be true or false/,
    );
    expect(missing).toMatch(/^Line 5: state must be a two-letter US state code.*name is required/);
    expect(duplicate).toBe('Line 6: id P1 is already used (line 2)');
    expect(short).toBe('Line 7: expected 12 columns, found 3');
  });

  it('checks the header: unknown, missing and repeated columns', () => {
    const parsed = parseProgramCsv('id,name,speciality,name\nP1,A,IM,A\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]?.message).toMatch(
      /^Line 1: unknown column "speciality"; missing column "specialty"; column "name" appears twice/,
    );
  });

  it('keeps SYN- ids for synthetic records and warns about unknown specialties', () => {
    const bad = parseProgramCsv('id,name,specialty,synthetic\nSYN-1,Fake,IM,false\n');
    expect(bad.ok).toBe(false);
    const good = parseProgramCsv('id,name,specialty\nSYN-1,Fake,IM\nX1,Skin,Dermatology\n');
    expect(good.ok && good.value.programs.map((p) => [p.id, p.synthetic, p.specialty])).toEqual([
      ['SYN-1', true, 'internal-medicine'],
      ['X1', false, 'dermatology'],
    ]);
    expect(good.ok && good.value.warnings).toEqual([
      expect.stringContaining('Specialty "dermatology" is not one MatchReady knows'),
    ]);
  });

  it('refuses an empty file and reports broken CSV quoting by line', () => {
    expect(parseProgramCsv('').ok).toBe(false);
    expect(parseProgramCsv(`${HEADER}\n`).ok).toBe(false);
    const broken = parseProgramCsv('id,name,specialty\nP1,"unclosed,IM\n');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.message).toMatch(/^Line \d+: /);
  });
});

describe('parseProgramJson', () => {
  it('reads an array or { programs }, typed values, with positions in errors', () => {
    const ok = parseProgramJson(
      JSON.stringify({
        programs: [
          {
            id: 'J1',
            name: 'One',
            specialty: 'Pediatrics',
            imgShare: 0.3,
            j1: true,
            deadlines: null,
          },
        ],
      }),
    );
    expect(ok.ok && ok.value.programs[0]).toMatchObject({
      id: 'J1',
      specialty: 'pediatrics',
      j1: true,
    });
    const bad = parseProgramJson(
      JSON.stringify([
        { id: 'J1', name: 'One', specialty: 'Pediatrics', positions: '12' },
        { id: 'J2', name: 'Two', specialty: 'Pediatrics', visa: 'j1' },
        'not an object',
      ]),
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['programs', 0],
        expect.stringMatching(/^Program 1 \(id J1\): positions must be a whole number/),
      ],
      [['programs', 1], 'Program 2 (id J2): unknown field "visa"'],
      [['programs', 2], 'Program 3: expected an object'],
    ]);
    expect(parseProgramJson('{"programs": 3}').ok).toBe(false);
    expect(parseProgramJson('{nope').ok).toBe(false);
  });
});

describe('export → import round trip', () => {
  const sample = generateSyntheticPrograms({ seed: 7, count: 120 }).programs.map((p) => ({
    ...p,
    dataset: 'synthetic-sample',
  }));
  const strip = <T extends { dataset: string }>({ dataset: _d, ...p }: T) => p;

  it('CSV: labels synthetic records and re-imports them unchanged', () => {
    const text = programsToCsv(sample);
    expect(text.startsWith('# SYNTHETIC SAMPLE')).toBe(true);
    const back = parseProgramCsv(text);
    expect(back.ok && back.value.programs).toEqual(sample.map(strip));
  });

  it('JSON: labelled, re-imports unchanged', () => {
    const text = programsToJson(sample, '2026-01-01T00:00:00.000Z');
    expect(JSON.parse(text).label).toMatch(/^SYNTHETIC SAMPLE/);
    const back = parseProgramJson(text);
    expect(back.ok && back.value.programs).toEqual(sample.map(strip));
  });

  it('detects the format from the name, then from the content', () => {
    expect(detectProgramFormat('a.JSON', 'id,name')).toBe('json');
    expect(detectProgramFormat('a.csv', '[')).toBe('csv');
    expect(detectProgramFormat('data', ' [{"id":1}]')).toBe('json');
    expect(detectProgramFormat('data', 'id,name')).toBe('csv');
  });
});
