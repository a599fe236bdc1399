import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

const HEADER =
  'id,name,specialty,state,positions,img_share,j1,h1b,min_step2,yog_cutoff,max_attempts,usce_required';
const ROWS = [
  'IM1,Riverside Internal Medicine,Internal Medicine,NY,12,0.6,true,false,,,,false',
  'IM2,Lakeview Internal Medicine,Internal Medicine,OH,10,0.5,true,false,,,,false',
  'IM3,Hillcrest Internal Medicine,Internal Medicine,TX,8,0.4,true,,,,,',
  'FM1,Prairie Family Medicine,Family Medicine,KS,6,0.5,true,false,,,,',
  'FM2,Coastal Family Medicine,Family Medicine,GA,8,0.3,true,false,,,,',
];

interface Simulated {
  runs: number;
  seed: number;
  pMatch: number;
  byChoice: number[];
  unmatched: number;
  programs: { rank: number; id: string; name: string; specialty: string; share: number }[];
  counts: { matchedAt: number[]; unmatched: number };
  specialties: string[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-simulate-'));
  await writeFile(join(dir, 'programs.csv'), `${HEADER}\n${ROWS.join('\n')}\n`);
  await writeFile(
    join(dir, 'profile.json'),
    JSON.stringify({
      applicantType: 'non-us-img',
      step2: 238,
      failedAttempts: 0,
      graduationYear: 2022,
      visa: 'j1',
      usceMonths: 4,
      specialties: ['Internal Medicine', 'Family Medicine'],
    }),
  );
  await writeFile(join(dir, 'rank.json'), JSON.stringify(['IM2', 'FM1', 'IM1', 'FM2']));
  await writeFile(join(dir, 'unknown.json'), JSON.stringify(['IM2', 'XX9', 'FM1']));
  await writeFile(join(dir, 'not-a-list.json'), JSON.stringify({ ranks: ['IM1'] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const simulate = (rank: string, ...more: string[]) =>
  runCli(
    [
      'simulate',
      '--profile',
      'profile.json',
      '--programs',
      'programs.csv',
      '--rank-list',
      rank,
      '--match-year',
      '2027',
      ...more,
    ],
    dir,
  );

describe('matchready simulate', { timeout: 60_000 }, () => {
  it('simulates a list mixing specialties: one share per rank, by program name', async () => {
    const cli = await simulate('rank.json', '--runs', '200', '--seed', '7');
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const out = JSON.parse(cli.stdout) as Simulated;
    expect(out.runs).toBe(200);
    expect(out.seed).toBe(7);
    expect(out.byChoice).toHaveLength(4);
    expect(out.byChoice).toEqual(out.counts.matchedAt.map((n) => n / 200));
    expect(out.unmatched).toBe(out.counts.unmatched / 200);
    expect(out.pMatch + out.unmatched).toBeCloseTo(1, 12);
    expect(out.byChoice.reduce((s, x) => s + x, 0)).toBeCloseTo(out.pMatch, 12);
    expect(out.programs.map((p) => [p.rank, p.id, p.name])).toEqual([
      [1, 'IM2', 'Lakeview Internal Medicine'],
      [2, 'FM1', 'Prairie Family Medicine'],
      [3, 'IM1', 'Riverside Internal Medicine'],
      [4, 'FM2', 'Coastal Family Medicine'],
    ]);
    expect(out.specialties).toEqual(['internal-medicine', 'family-medicine']);
  });

  it('gives the same bytes for the same seed', async () => {
    const [a, b] = await Promise.all([
      simulate('rank.json', '--runs', '50', '--seed', '11'),
      simulate('rank.json', '--runs', '50', '--seed', '11'),
    ]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('exits 2 naming an unknown program id, a bad rank list or bad options', async () => {
    const [unknown, shape, runs, missing] = await Promise.all([
      simulate('unknown.json'),
      simulate('not-a-list.json'),
      simulate('rank.json', '--runs', '0'),
      runCli(['simulate', '--profile', 'profile.json'], dir),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/unknown program id in "unknown.json": "XX9"/);
    expect(shape.code).toBe(2);
    expect(shape.stderr).toMatch(/"not-a-list.json" is not a valid rank list/);
    expect(shape.stderr).toMatch(/must be a JSON array of program ids/);
    expect(runs.code).toBe(2);
    expect(runs.stderr).toMatch(/--runs must be an integer 1…100000, got "0"/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--rank-list FILE is required/);
    for (const run of [unknown, shape, runs, missing])
      expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
