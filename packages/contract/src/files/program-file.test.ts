import { describe, expect, it } from 'vitest';
import { detectProgramFormat, parseProgramCsv, parseProgramJson } from './program-file.parser.ts';
import type { ProgramFileRecord } from './program-file.schema.ts';
import { programExportFile, programsCsv, programsJson } from './program-file.writer.ts';

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
    const [p1, p2] = parsed.records;
    // The specialty as written and the region as given: the import normalises them.
    expect(p1).toMatchObject({
      id: 'P1',
      specialty: 'Internal Medicine',
      state: 'NY',
      region: null,
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
      specialty: 'im',
      positions: null,
      imgShare: null,
      j1: null,
      h1b: null,
      minStep2: null,
      yogCutoff: null,
      maxAttempts: null,
      usceRequired: null,
    });
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

  it('reports the first 100 bad rows and a count of the rest (issue 12: 99,000 bad rows)', () => {
    const bad = Array.from(
      { length: 5_000 },
      (_, k) => `B-${k},Bad,Internal Medicine,NY,ten,2,x,y`,
    );
    const result = parseProgramCsv(csv(...bad));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(101);
    expect(result.issues[0]?.path).toEqual(['line', 2]);
    expect(result.issues[100]).toEqual({
      code: 'more-issues',
      path: [],
      message: '…and 4900 more issues',
    });
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

  it('keeps SYN- ids for synthetic records; checks percentiles against each other', () => {
    const bad = parseProgramCsv(
      'id,name,specialty,synthetic,step2_p10,step2_p90\nSYN-1,Fake,IM,false,250,240\n',
    );
    expect(bad.ok ? [] : bad.issues.map((i) => i.message)).toEqual([
      'Line 2: ids starting with SYN- are reserved for synthetic records; step2_p10 is above step2_p90',
    ]);
    const good = parseProgramCsv('id,name,specialty\nSYN-1,Fake,IM\nX1,Skin,Dermatology\n');
    expect(good.ok && good.records.map((p) => [p.id, p.synthetic, p.specialty])).toEqual([
      ['SYN-1', true, 'IM'],
      ['X1', false, 'Dermatology'],
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
    expect(ok.ok && ok.records[0]).toMatchObject({
      id: 'J1',
      specialty: 'Pediatrics',
      j1: true,
      deadlines: null,
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

const record = (id: string, extra: Partial<ProgramFileRecord> = {}): ProgramFileRecord => ({
  id,
  name: `Program ${id}, "quoted" & #hashed`,
  specialty: 'internal-medicine',
  institution: null,
  track: 'categorical',
  state: 'NY',
  region: 'northeast',
  city: 'Albany',
  affiliation: 'community',
  positions: 12,
  imgShare: 0.125,
  acceptsImgs: true,
  j1: true,
  h1b: false,
  minStep2: 230,
  yogCutoff: 5,
  maxAttempts: 0,
  usceRequired: null,
  signals: null,
  deadlines: { application: '2026-09-30', interviewInvitations: null },
  website: 'https://example.org/p',
  synthetic: false,
  typicalStep2: 245,
  step2P10: 228,
  step2P90: 262,
  ...extra,
});

describe('export → import round trip', () => {
  const programs = [
    record('SYN-0001', { synthetic: true, deadlines: null, track: null }),
    record('REAL-1'),
    record('REAL-2', { city: null, imgShare: 0, positions: 0, website: null }),
  ].map((p) => ({ ...p, dataset: 'synthetic-sample' }));
  const data = { programs, exportedAt: '2026-01-01T00:00:00.000Z', syntheticLabel: 'SYNTHETIC X' };
  const strip = <T extends { dataset: string }>({ dataset: _d, ...p }: T) => p;

  it('CSV: labels synthetic records and re-imports them unchanged', () => {
    const text = programsCsv(data);
    expect(text.split('\r\n')[0]).toBe(
      '# SYNTHETIC X (1 synthetic records, column synthetic=true)',
    );
    const back = parseProgramCsv(text);
    expect(back.ok && back.records).toEqual(programs.map(strip));
  });

  it('CSV: defuses formula cells in every text column and still re-imports unchanged (issue 12)', () => {
    const hostile = [
      record('REAL-9', {
        name: '=HYPERLINK("http://evil.example","click")',
        institution: '+cmd|/C calc!A0',
        city: '@SUM(1+1)',
      }),
    ].map((p) => ({ ...p, dataset: '-2+3' }));
    const text = programsCsv({ ...data, programs: hostile });
    const cells = text.split('\r\n')[1] ?? '';
    expect(cells).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(cells).toContain("'+cmd|/C calc!A0");
    expect(cells).toContain("'@SUM(1+1)");
    expect(cells.endsWith("'-2+3")).toBe(true);
    for (const cell of cells.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    const back = parseProgramCsv(text);
    expect(back.ok && back.records).toEqual(hostile.map(strip));
  });

  it('JSON: labelled, re-imports unchanged', () => {
    const text = programsJson(data);
    expect(JSON.parse(text)).toMatchObject({ label: 'SYNTHETIC X', syntheticPrograms: 1 });
    const back = parseProgramJson(text);
    expect(back.ok && back.records).toEqual(programs.map(strip));
  });

  it('names the download by format and day; no label without synthetic records', () => {
    const real = { ...data, programs: programs.slice(1) };
    expect(programExportFile('csv', real)).toMatchObject({
      filename: 'matchready-programs-2026-01-01.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    expect(programExportFile('csv', real).content.startsWith('id,name,')).toBe(true);
    const json = programExportFile('json', real);
    expect(json.filename).toBe('matchready-programs-2026-01-01.json');
    expect(JSON.parse(json.content).label).toBeUndefined();
  });

  it('detects the format from the name, then from the content', () => {
    expect(detectProgramFormat('a.JSON', 'id,name')).toBe('json');
    expect(detectProgramFormat('a.csv', '[')).toBe('csv');
    expect(detectProgramFormat('data', ' [{"id":1}]')).toBe('json');
    expect(detectProgramFormat('data', 'id,name')).toBe('csv');
  });
});
