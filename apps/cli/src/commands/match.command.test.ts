import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MatchOutcome, MatchProblem } from '@matchready/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

const sample = fileURLToPath(new URL('../../../../examples/sample-instance.json', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('matchready match', () => {
  it('prints the result JSON for every applicant and, with --check, the checker report', async () => {
    const run = await runCli(['match', sample, '--check'], dir);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as MatchOutcome & { check: Record<string, unknown> };
    const problem = JSON.parse(await readFile(sample, 'utf8')) as MatchProblem;
    expect(Object.keys(result.assignments).sort()).toEqual(
      problem.applicants.map((a) => a.id).sort(),
    );
    expect(Object.keys(result.unfilled).sort()).toEqual(problem.programs.map((p) => p.id).sort());
    expect(result).toMatchObject({ stable: true, status: 'stable', blockingPairs: [] });
    expect(result.supplementalAssignments).toEqual({ 'chen-wei': 'mercy-general-prelim' });
    expect(result.reversions).toEqual([{ from: 'lakeside-fm', to: 'lakeside-peds', positions: 1 }]);
    expect(result.stats.applicants).toBe(12);
    expect(result.check).toMatchObject({ ran: true, blockingPairs: 0, pairs: [] });
    expect(result.check.ms).toEqual(expect.any(Number));
    expect(run.stderr).toMatch(/^check: findBlockingPairs found no blocking pairs/m);
  });

  it('writes CSV rows to --out, with a second row for a supplemental placement', async () => {
    const out = join(dir, 'result.csv');
    const run = await runCli(['match', sample, '--format', 'csv', '--out', out], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^wrote .*result\.csv: 10 of 12 applicants matched/);
    const rows = (await readFile(out, 'utf8')).trimEnd().split('\n');
    expect(rows[0]).toBe('applicant,program,list');
    expect(rows).toHaveLength(1 + 12 + 1);
    expect(rows).toContain('chen-wei,northside-radiology-adv,primary');
    expect(rows).toContain('chen-wei,mercy-general-prelim,supplemental');
    expect(rows.filter((row) => /^[^,]+,,primary$/.test(row))).toHaveLength(2);
  });

  it('exits with 2 and prints every issue of an invalid instance with its path', async () => {
    const file = join(dir, 'invalid.json');
    const invalid = {
      programs: [
        { id: 'P1', capacity: -1, ranking: ['A1', 'A9'] },
        { id: 'P2', capacity: 1, ranking: ['A1', 'A1'] },
      ],
      applicants: [
        { id: 'A1', ranking: ['P1', 'P3'] },
        { id: 'A2', ranking: ['P2'] },
      ],
      couples: [{ id: 'C1', members: ['A2', 'A7'], ranking: [['P1', null]] }],
    };
    await writeFile(file, JSON.stringify(invalid));
    const run = await runCli(['match', file], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^matchready: "[^"]*invalid\.json" is not a valid match instance \(\d+ issues\):/,
    );
    for (const path of [
      'programs[0].capacity',
      'programs[0].ranking[1]',
      'programs[1].ranking[1]',
      'applicants[0].ranking[1]',
      'applicants[1].ranking',
      'couples[0].members[1]',
    ]) {
      expect(run.stderr).toContain(`\n  ${path}: `);
    }
    expect(run.stderr).toContain('"A9"');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('reports a missing file and malformed JSON in one line, without a stack trace', async () => {
    const missing = await runCli(['match', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('matchready: cannot read "nope.json": no such file\n');

    await writeFile(join(dir, 'broken.json'), '{\n  "programs": [],\n  "applicants": }\n');
    const broken = await runCli(['match', 'broken.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /^matchready: "broken\.json" is not valid JSON at line 3, column 17: [^\n]+\n$/,
    );
    expect(hasStackTrace(missing.stderr + broken.stderr)).toBe(false);
  });

  it('rejects unknown options with exit code 2', async () => {
    const run = await runCli(['match', sample, '--fromat', 'csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^matchready: match: Unknown option '--fromat'.*\n$/);
  });
});

describe('matchready match generate', () => {
  it('writes the same bytes for the same seed, to stdout or --out', async () => {
    const args = [
      'match',
      'generate',
      '--applicants',
      '300',
      '--programs',
      '40',
      '--couples',
      '10',
    ];
    const first = await runCli([...args, '--seed', '5'], dir);
    const out = join(dir, 'generated.json');
    const second = await runCli([...args, '--seed', '5', '--out', out], dir);
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(first.stdout);
    const problem = JSON.parse(first.stdout) as MatchProblem;
    expect(problem.applicants).toHaveLength(300);
    expect(problem.programs).toHaveLength(40);
    expect(problem.couples).toHaveLength(10);

    const solved = await runCli(['match', out, '--check'], dir);
    expect(solved.code).toBe(0);
    expect(
      (JSON.parse(solved.stdout) as { check: { blockingPairs: number } }).check.blockingPairs,
    ).toBe(0);
  });
});
