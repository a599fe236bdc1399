import { describe, expect, it } from 'vitest';
import { parseInstanceFile } from './instance-file.parser.ts';

describe('parseInstanceFile', () => {
  it('reads JSON as is (the engine checks its shape) and reports syntax errors', () => {
    expect(parseInstanceFile('json', '\uFEFF{"programs":[],"applicants":7}')).toEqual({
      ok: true,
      problem: { programs: [], applicants: 7 },
    });
    const broken = parseInstanceFile('json', '{"programs": [');
    expect(broken.ok ? null : broken.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-json', []],
    ]);
    expect(broken.ok ? '' : broken.issues[0]?.message).toMatch(/^The file is not valid JSON: /);
  });

  it('reads CSV and moves issues about an entry to its line', () => {
    const file = parseInstanceFile('csv', 'program,P1,1,A1\n# note\napplicant,A1,,P1|P2\n');
    if (!file.ok) throw new Error('expected the CSV to parse');
    expect(file.problem).toEqual({
      programs: [{ id: 'P1', capacity: 1, ranking: ['A1'] }],
      applicants: [{ id: 'A1', ranking: ['P1', 'P2'] }],
    });
    const issue = { code: 'unknown-program', path: ['applicants', 0, 'ranking', 1], message: 'x' };
    expect(file.locate?.(issue)).toEqual({
      code: 'unknown-program',
      path: ['line', 3],
      message: 'Line 3: x',
    });
  });

  it('reports CSV rows that do not parse, and no problem', () => {
    const file = parseInstanceFile('csv', 'program,P1,lots,A1\n');
    expect(file.ok ? [] : file.issues.map((i) => i.message)).toEqual([
      'Line 1: capacity must be a whole number ≥ 0, got "lots"',
    ]);
  });
});
