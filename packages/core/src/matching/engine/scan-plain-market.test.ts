import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchProblem } from '../../vocabulary/matching.ts';
import { generateInstance } from '../generate.ts';
import { solveMatch, solveMatchBytes } from '../solve.ts';
import { indexProblem } from './indexed-problem.ts';
import { scanPlainMarket } from './scan-plain-market.ts';

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The general path's answer for the same bytes, to hold the fast path to. */
function viaJson(text: string) {
  return solveMatch(JSON.parse(text) as MatchProblem);
}

describe('scanPlainMarket', () => {
  it('indexes a generated market exactly as indexProblem does on JSON.parse of the same file', () => {
    const problem = generateInstance({ applicants: 400, programs: 60, seed: 7 });
    const text = JSON.stringify(problem, null, 2);
    const scanned = scanPlainMarket(bytesOf(text));
    const parsed = indexProblem(JSON.parse(text) as MatchProblem);
    expect(scanned).toBeDefined();
    expect(scanned?.programList).toEqual(parsed.programList);
    expect(scanned?.programStart).toEqual(parsed.programStart);
    expect(scanned?.applicantList).toEqual(parsed.applicantList);
    expect(scanned?.applicantStart).toEqual(parsed.applicantStart);
    expect(scanned?.duplicatePrograms).toEqual(parsed.duplicatePrograms);
    expect(scanned?.duplicateApplicants).toEqual(parsed.duplicateApplicants);
    expect(scanned?.problem.programs.map((p) => p.id)).toEqual(
      parsed.problem.programs.map((p) => p.id),
    );
    expect(scanned?.problem.applicants.map((a) => a.id)).toEqual(
      parsed.problem.applicants.map((a) => a.id),
    );
  });

  it('gives the problem view every id, capacity and (when read) ranking of the file', () => {
    const text =
      '{"programs":[{"id":"P1","capacity":2,"ranking":["A1","A2"]}],"applicants":[{"ranking":["P1"],"id":"A1"},{"id":"A2","ranking":[]}]}';
    const view = scanPlainMarket(bytesOf(text))?.problem;
    const parsed = JSON.parse(text) as MatchProblem;
    expect(view?.programs.map((p) => [p.id, p.capacity, [...p.ranking]])).toEqual(
      parsed.programs.map((p) => [p.id, p.capacity, p.ranking]),
    );
    expect(view?.applicants.map((a) => [a.id, [...a.ranking]])).toEqual(
      parsed.applicants.map((a) => [a.id, a.ranking]),
    );
  });

  it('tells apart long ids that share their first eight bytes', () => {
    const text = JSON.stringify({
      programs: [
        { id: 'PROGRAM-0001-X', capacity: 1, ranking: ['APPLICANT-0001-A', 'APPLICANT-0001-B'] },
        { id: 'PROGRAM-0001-Y', capacity: 1, ranking: ['APPLICANT-0001-B'] },
      ],
      applicants: [
        { id: 'APPLICANT-0001-A', ranking: ['PROGRAM-0001-X'] },
        { id: 'APPLICANT-0001-B', ranking: ['PROGRAM-0001-Y', 'PROGRAM-0001-X'] },
      ],
    });
    const scanned = scanPlainMarket(bytesOf(text));
    expect(scanned?.applicantList).toEqual(Int32Array.from([0, 1, 0]));
    expect(scanned?.programList).toEqual(Int32Array.from([0, 1, 1]));
  });

  // Each is valid JSON (or deliberately not) outside the subset: the general path must read it.
  const outside: Record<string, string> = {
    couples: '{"programs":[],"applicants":[],"couples":[]}',
    'supplemental lists':
      '{"programs":[],"applicants":[{"id":"A","ranking":[],"supplementalLists":[]}]}',
    'reversions, even empty':
      '{"programs":[{"id":"P","capacity":1,"ranking":[],"reversions":[]}],"applicants":[]}',
    'another key': '{"programs":[],"applicants":[],"note":"x"}',
    'a key given twice (JSON.parse keeps the last)':
      '{"programs":[],"applicants":[],"applicants":[{"id":"A","ranking":[]}]}',
    'a field given twice': '{"programs":[],"applicants":[{"id":"A","id":"B","ranking":[]}]}',
    'an escaped id': '{"programs":[],"applicants":[{"id":"\\u0041","ranking":[]}]}',
    'an id with a space': '{"programs":[],"applicants":[{"id":"A 1","ranking":[]}]}',
    'a non-ASCII id': '{"programs":[],"applicants":[{"id":"Ä","ranking":[]}]}',
    'an empty id': '{"programs":[],"applicants":[{"id":"","ranking":[]}]}',
    'a decimal capacity': '{"programs":[{"id":"P","capacity":2.0,"ranking":[]}],"applicants":[]}',
    'an exponent capacity': '{"programs":[{"id":"P","capacity":1e1,"ranking":[]}],"applicants":[]}',
    'a negative capacity': '{"programs":[{"id":"P","capacity":-1,"ranking":[]}],"applicants":[]}',
    'a leading zero': '{"programs":[{"id":"P","capacity":01,"ranking":[]}],"applicants":[]}',
    'a missing capacity': '{"programs":[{"id":"P","ranking":[]}],"applicants":[]}',
    'a missing ranking': '{"programs":[],"applicants":[{"id":"A"}]}',
    'a number as id': '{"programs":[],"applicants":[{"id":1,"ranking":[]}]}',
    'no applicants': '{"programs":[]}',
    'trailing text': '{"programs":[],"applicants":[]} x',
    'a trailing comma': '{"programs":[],"applicants":[],}',
    'a truncated file': '{"programs":[{"id":"P","capacity":1,"ranking":["A"',
    'an array': '[]',
    'an empty file': '',
  };
  it.each(Object.entries(outside))('leaves %s to the general path', (_, text) => {
    expect(scanPlainMarket(bytesOf(text))).toBeUndefined();
  });

  it('reads a byte order mark and any JSON whitespace the way JSON.parse does', () => {
    const text =
      '\ufeff{ "applicants" :\t[ ] ,\r\n "programs" : [ { "ranking" : [ ] , "capacity" : 0 , "id" : "P" } ] }\n';
    expect(scanPlainMarket(bytesOf(text))?.problem.programs.map((p) => p.id)).toEqual(['P']);
  });
});

describe('solveMatchBytes', () => {
  it('answers undefined for a market with couples, so the caller parses it', () => {
    const problem = generateInstance({ applicants: 40, programs: 6, couples: 2, seed: 3 });
    expect(solveMatchBytes(bytesOf(JSON.stringify(problem)))).toBeUndefined();
  });

  // Ids of 7, 8 and 9 bytes sharing a prefix, and long ones sharing their first eight bytes,
  // exercise every branch of the symbol table's comparison.
  const id = fc.constantFrom(
    'A',
    'B',
    'LONG-ID-0001-A',
    'LONG-ID-0001-B',
    'EIGHTBY',
    'EIGHTBYT',
    'EIGHTBYTE',
    'P',
    'Q',
  );
  const market = fc.record({
    programs: fc.array(
      fc.record({
        id,
        capacity: fc.nat({ max: 3 }),
        ranking: fc.array(id, { maxLength: 6 }),
      }),
      { maxLength: 5 },
    ),
    applicants: fc.array(fc.record({ id, ranking: fc.array(id, { maxLength: 6 }) }), {
      maxLength: 6,
    }),
  });

  it('gives the outcome (or the issues) solveMatch gives on JSON.parse of the same bytes', () => {
    // Ids are drawn from one small pool for both sides, so unknown ids, duplicates and ids used
    // on the wrong side are common; indentation varies the whitespace the scanner must skip.
    fc.assert(
      fc.property(market, fc.constantFrom(0, 1, 2), (problem, indent) => {
        const text = JSON.stringify(problem, null, indent);
        const fast = solveMatchBytes(bytesOf(text));
        expect(fast).toBeDefined();
        expect(fast?.result).toEqual(viaJson(text));
      }),
    );
  });

  it('solves a generated 2,000 × 250 market to the same outcome as the general path', () => {
    const text = JSON.stringify(generateInstance({ applicants: 2000, programs: 250, seed: 11 }));
    const fast = solveMatchBytes(bytesOf(text));
    expect(fast?.result.ok).toBe(true);
    expect(fast?.result).toEqual(viaJson(text));
  });
});
