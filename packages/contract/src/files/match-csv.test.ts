import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateCsvIssue, parseMatchCsv } from './match-csv.parser.ts';

describe('parseMatchCsv', () => {
  it('reads programs, applicants and couples, with an optional header and comments', () => {
    const csv = [
      'type,id,detail,ranking',
      '# two programs',
      'program,P1,2,A1|A2|A3',
      'program,P2,1,A3|A1',
      '',
      'applicant,A1,,P1|P2',
      'applicant, A2 ,,P1',
      'couple,C1,A3+A4,P1+P2|P2+-|-+P1',
    ].join('\n');
    const result = parseMatchCsv(csv);
    expect(result.ok && { problem: result.problem, lines: result.lines }).toEqual({
      problem: {
        programs: [
          { id: 'P1', capacity: 2, ranking: ['A1', 'A2', 'A3'] },
          { id: 'P2', capacity: 1, ranking: ['A3', 'A1'] },
        ],
        applicants: [
          { id: 'A1', ranking: ['P1', 'P2'] },
          { id: 'A2', ranking: ['P1'] },
          { id: 'A3', ranking: [] },
          { id: 'A4', ranking: [] },
        ],
        couples: [
          {
            id: 'C1',
            members: ['A3', 'A4'],
            ranking: [
              ['P1', 'P2'],
              ['P2', null],
              [null, 'P1'],
            ],
          },
        ],
      },
      lines: { programs: [3, 4], applicants: [6, 7, 8, 8], couples: [8] },
    });
  });

  it('reports every bad row with its line number', () => {
    const csv = [
      'program,P1,two,A1',
      'applicant,A1,5,P1',
      'doctor,D1,,',
      'couple,C1,A1,P1+P1',
      'couple,C2,A1+A2,P1',
      'applicant,,,P1',
      'applicant,A3,,P1||P2',
      'program,P2,1,A1,extra',
    ].join('\n');
    const result = parseMatchCsv(csv);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['line', 1], 'Line 1: capacity must be a whole number ≥ 0, got "two"'],
      [['line', 2], 'Line 2: applicant rows leave the third column empty, got "5"'],
      [['line', 3], 'Line 3: unknown row type "doctor" (expected program, applicant or couple)'],
      [['line', 4], 'Line 4: couple members must be written "member1+member2", got "A1"'],
      [
        ['line', 5],
        'Line 5: couple ranking entries are "program1+program2" ("-" = no match), got "P1"',
      ],
      [['line', 6], 'Line 6: the id column is empty'],
      [['line', 7], 'Line 7: the ranking has an empty entry (two "|" in a row?)'],
      [['line', 8], 'Line 8: expected at most 4 columns (type,id,detail,ranking), found 5'],
    ]);
  });

  it('reports CSV syntax errors with a line number', () => {
    const result = parseMatchCsv('program,P1,1,A1\napplicant,"A1,,P1\n');
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.issues[0]?.path[0]).toBe('line');
    expect(result.ok ? '' : result.issues[0]?.message).toMatch(/^Line \d+: /);
  });

  it('moves engine issues about an entry to the line it came from', () => {
    const lines = { programs: [3], applicants: [5, 6], couples: [] };
    const issue = {
      code: 'unknown-program',
      path: ['applicants', 1, 'ranking', 0],
      message: 'Unknown program "P9".',
    };
    expect(locateCsvIssue(issue, lines)).toEqual({
      code: 'unknown-program',
      path: ['line', 6],
      message: 'Line 6: Unknown program "P9".',
    });
    const global = { code: 'x', path: [], message: 'Empty.' };
    expect(locateCsvIssue(global, lines)).toBe(global);
  });

  it('accepts the example in docs/match-csv-format.md', () => {
    const doc = readFileSync(
      new URL('../../../../docs/match-csv-format.md', import.meta.url),
      'utf8',
    );
    const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseMatchCsv(example);
    expect(result.ok && result.problem.couples).toEqual([
      {
        id: 'c1',
        members: ['bilal', 'dana'],
        ranking: [
          ['mercy-im', 'north-fm'],
          ['north-fm', null],
          [null, 'mercy-im'],
        ],
      },
    ]);
  });
});
