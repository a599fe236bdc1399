import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-programs-'));
  await writeFile(
    join(dir, 'profile.json'),
    JSON.stringify({
      applicantType: 'non-us-img',
      step2: 235,
      failedAttempts: 1,
      graduationYear: 2019,
      visa: 'j1',
      step3: false,
      usceMonths: 3,
      specialties: ['Internal Medicine'],
      states: ['NY'],
    }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const HEADER =
  'id,name,specialty,state,positions,img_share,j1,h1b,min_step2,yog_cutoff,max_attempts,usce_required';

interface Listed {
  programs: {
    id: string;
    eligible: boolean;
    reasons: { code: string; message: string }[];
    tier: string | null;
    score: number | null;
    factors: { code: string; contribution: number }[];
  }[];
}

describe('matchready programs list', { timeout: 60_000 }, () => {
  it('judges the synthetic sample for a profile: reasons, tiers, scores and factors', async () => {
    const cli = await runCli(
      ['programs', 'list', '--profile', 'profile.json', '--match-year', '2027'],
      dir,
    );
    expect(cli.stderr).toBe('');
    expect(cli.code).toBe(0);
    const out = JSON.parse(cli.stdout) as Listed & { label: string; matchYear: number };
    expect(out.matchYear).toBe(2027);
    expect(out.label).toMatch(/^SYNTHETIC SAMPLE/);
    expect(out.programs.length).toBeGreaterThan(500);
    expect(out.programs.every((p) => p.id.startsWith('SYN-'))).toBe(true);
    const ineligible = out.programs.filter((p) => !p.eligible);
    expect(ineligible.length).toBeGreaterThan(0);
    expect(
      ineligible.every((p) => p.tier === null && p.score === null && p.reasons.length > 0),
    ).toBe(true);
    const tiers = new Set(out.programs.map((p) => p.tier).filter((t) => t !== null));
    expect([...tiers].every((t) => ['safety', 'target', 'reach'].includes(t as string))).toBe(true);
    const eligible = out.programs.find((p) => p.eligible);
    expect(eligible?.factors.map((f) => f.code)).toContain('step2');
  });

  it('reads --programs (CSV) and narrows with --specialty', async () => {
    await writeFile(
      join(dir, 'mine.csv'),
      `${HEADER}\nA1,Alpha,Internal Medicine,NY,10,0.6,true,false,,,,false\nB1,Beta,Pediatrics,TX,8,0.3,false,false,,,,\nC1,Gamma,Internal Medicine,CA,9,0.5,false,false,,,,\n`,
    );
    const cli = await runCli(
      [
        'programs',
        'list',
        '--profile',
        'profile.json',
        '--programs',
        'mine.csv',
        '--specialty',
        'IM',
      ],
      dir,
    );
    expect(cli.code).toBe(0);
    const out = JSON.parse(cli.stdout) as Listed;
    expect(out.programs.map((p) => [p.id, p.eligible])).toEqual([
      ['A1', true],
      ['C1', false],
    ]);
    expect(out.programs[1]?.reasons.map((r) => r.code)).toEqual(['visa-j1-not-accepted']);
  });

  it('exits 2 with clear messages for a bad profile, an unknown specialty or bad rows', async () => {
    await writeFile(
      join(dir, 'bad-profile.json'),
      JSON.stringify({ applicantType: 'img', step_2: 240 }),
    );
    const profile = await runCli(['programs', 'list', '--profile', 'bad-profile.json'], dir);
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/"bad-profile.json" is not a valid profile/);
    expect(profile.stderr).toMatch(/applicantType: applicantType must be "non-us-img" or "us-img"/);
    expect(profile.stderr).toMatch(/Unrecognized key: "step_2"/);
    const specialty = await runCli(
      ['programs', 'list', '--profile', 'profile.json', '--specialty', 'Astrology'],
      dir,
    );
    expect(specialty.code).toBe(2);
    expect(specialty.stderr).toMatch(
      /unknown specialty "Astrology". Known: Internal Medicine \(internal-medicine\)/,
    );
    await writeFile(join(dir, 'bad.csv'), `${HEADER}\nA1,Alpha,IM,NY,ten,0.6,true,false,,,,\n`);
    const rows = await runCli(
      ['programs', 'list', '--profile', 'profile.json', '--programs', 'bad.csv'],
      dir,
    );
    expect(rows.code).toBe(2);
    expect(rows.stderr).toMatch(/line 2: positions must be a whole number/);
    for (const run of [profile, specialty, rows]) expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('matchready programs import / export', { timeout: 60_000 }, () => {
  it('imports all rows or none into DATA_DIR and exports them again', async () => {
    const data = join(dir, 'db1');
    const env = ['--dataset', 'Test list'];
    await writeFile(
      join(dir, 'good.csv'),
      `${HEADER}\nR1,Real One,Internal Medicine,NY,12,0.4,true,true,230,5,0,true\nR2,Real Two,Family Medicine,OH,,,,,,,,\n`,
    );
    await writeFile(
      join(dir, 'broken.csv'),
      `${HEADER}\nR3,Fine,Internal Medicine,NY,12,0.4,true,true,230,5,0,true\nR4,,Internal Medicine,QQ,12,4,true,true,230,5,0,true\nR5,Bad,Internal Medicine,NY,12,0.4,sometimes,true,230,5,0,true\n`,
    );
    process.env.DATA_DIR = data;
    try {
      const broken = await runCli(['programs', 'import', 'broken.csv'], dir);
      expect(broken.code).toBe(2);
      expect(broken.stderr).toMatch(/Nothing was imported: the file has 2 problems/);
      expect(broken.stderr).toMatch(
        /line 3: state must be .*; img_share must be a share from 0 to 1.*; name is required/,
      );
      expect(broken.stderr).toMatch(/line 4: j1 must be true or false \(got "sometimes"\)/);
      const empty = await runCli(['programs', 'export'], dir);
      expect(empty.stdout.trim().split('\n')).toHaveLength(1);

      const good = await runCli(['programs', 'import', 'good.csv', ...env], dir);
      expect(good.stderr).toBe('');
      expect(good.stdout).toMatch(
        /Imported 2 programs from "good.csv" \(CSV\) as dataset "Test list"/,
      );
      const csv = await runCli(['programs', 'export', '--format', 'csv'], dir);
      expect(csv.code).toBe(0);
      expect(csv.stdout.split('\r\n')[1]).toBe(
        'R1,Real One,internal-medicine,NY,12,0.4,true,true,230,5,0,true,,,,northeast,,,,,,,,,,false,Test list',
      );
      const json = await runCli(
        ['programs', 'export', '--format', 'json', '--out', 'out.json'],
        dir,
      );
      expect(json.code).toBe(0);
      const exported = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as {
        programs: unknown[];
      };
      expect(exported.programs).toHaveLength(2);

      await writeFile(join(dir, 'again.json'), JSON.stringify(exported));
      const again = await runCli(['programs', 'import', 'again.json'], dir);
      expect(again.stdout).toMatch(/Imported 2 programs .*\(JSON\).*replacing 2 with the same id/);
    } finally {
      delete process.env.DATA_DIR;
    }
  });

  it('refuses files over 10 MB and unknown subcommands with exit 2', async () => {
    await writeFile(join(dir, 'huge.csv'), `${HEADER}\n${'#'.repeat(10 * 1024 * 1024)}\n`);
    const huge = await runCli(['programs', 'import', 'huge.csv'], dir);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/larger than 10 MB/);
    const unknown = await runCli(['programs', 'frobnicate'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown subcommand "frobnicate"/);
  });
});

describe('matchready calc', { timeout: 60_000 }, () => {
  it('prints the estimate as JSON with its sources', async () => {
    const cli = await runCli(
      [
        'calc',
        '--specialty',
        'Internal Medicine',
        '--ranks',
        '8',
        '--type',
        'non-us-img',
        '--step2',
        '245',
      ],
      dir,
    );
    expect(cli.code).toBe(0);
    const out = JSON.parse(cli.stdout) as {
      probability: number;
      sources: { url: string }[];
      caveats: string[];
    };
    expect(out.probability).toBeGreaterThan(0.5);
    expect(out.probability).toBeLessThanOrEqual(0.95);
    expect(out.sources[0]?.url).toMatch(/^https:\/\//);
    expect(out.caveats.length).toBeGreaterThan(2);
  });

  it('exits 2 listing the known specialties, or naming each bad argument', async () => {
    const unknown = await runCli(
      ['calc', '--specialty', 'Dermatology', '--ranks', '3', '--type', 'us-img'],
      dir,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /unknown specialty "Dermatology". Known: internal-medicine, family-medicine/,
    );
    const bad = await runCli(['calc', '--ranks', 'x', '--type', 'foo'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--ranks: ranks must be a whole number/);
    expect(bad.stderr).toMatch(/--type: type must be non-us-img or us-img/);
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });
});
