import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

let dir: string;
const write = (name: string, value: unknown) =>
  writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

const MENTEE = {
  id: 'amina',
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  country: 'Nigeria',
  languages: ['English', 'Hausa'],
  timeZone: 'America/Chicago',
  wantsImgMentor: true,
};
const mentor = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  imgCountry: 'Nigeria',
  languages: ['English'],
  timeZone: 'America/Chicago',
  capacity: 3,
  activeMentees: 0,
  acceptingRequests: true,
  ...overrides,
});
const MENTORS = [
  mentor('dr-far', { timeZone: 'Asia/Tokyo', imgCountry: null, specialties: ['Pediatrics'] }),
  mentor('dr-best'),
  mentor('dr-full', { activeMentees: 3 }),
  mentor('dr-paused', { acceptingRequests: false }),
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-mentors-'));
  await write('mentee.json', MENTEE);
  await write('mentors.json', MENTORS);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Ranked {
  id: string;
  eligible: boolean;
  reasons: { code: string; message: string }[];
  score: number;
  factors: { factor: string; contribution: number }[];
}

const NOW = ['--now', '2027-01-15T12:00:00Z'];

describe('matchready mentors rank', { timeout: 60_000 }, () => {
  it('puts eligible mentors first by score, factors adding up, then the ineligible with reasons', async () => {
    const run = await runCli(
      ['mentors', 'rank', '--mentee', 'mentee.json', '--mentors', 'mentors.json', ...NOW],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { mentors: Ranked[] };
    expect(Object.keys(out)).toEqual(['mentors']);
    expect(out.mentors.map((m) => [m.id, m.eligible])).toEqual([
      ['dr-best', true],
      ['dr-far', true],
      ['dr-full', false],
      ['dr-paused', false],
    ]);
    for (const m of out.mentors) {
      expect(Object.keys(m)).toEqual(['id', 'eligible', 'reasons', 'score', 'factors']);
      expect(m.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(m.score);
    }
    const [best, far, full, paused] = out.mentors as [Ranked, Ranked, Ranked, Ranked];
    // Same specialty, type and zone, an IMG from Nigeria with 3 free places of 3: every point of
    // the default weights (30+20+15+15+15+5), except language, where "English" covers one of
    // the mentee's two languages: half of 15 = 7.5, rounded half up to 8. 30+20+8+15+15+5 = 93.
    expect(best.score).toBe(93);
    expect(best.factors.find((f) => f.factor === 'specialty')?.contribution).toBe(30);
    expect(best.factors.find((f) => f.factor === 'time-zone')?.contribution).toBe(15);
    expect(best.score).toBeGreaterThan(far.score);
    expect(far.factors.find((f) => f.factor === 'specialty')?.contribution).toBe(0);
    expect(far.factors.find((f) => f.factor === 'img-background')?.contribution).toBe(0);
    expect(best.reasons).toEqual([]);
    expect(paused.reasons.map((r) => r.code)).toEqual(['paused']);
    expect(full.reasons.map((r) => r.code)).toEqual(['full']);
    // Neither has a place to offer (free capacity 0): equal scores, so by id.
    expect(paused.score).toBe(full.score);
    expect(full.factors.find((f) => f.factor === 'free-capacity')?.contribution).toBe(0);
  });

  it('applies --weights from a file', async () => {
    await write('weights.json', {
      specialty: 0,
      'mentor-type': 0,
      language: 0,
      'time-zone': 100,
      'img-background': 0,
      'free-capacity': 0,
    });
    const run = await runCli(
      [
        'mentors',
        'rank',
        '--mentee',
        'mentee.json',
        '--mentors',
        'mentors.json',
        '--weights',
        'weights.json',
        ...NOW,
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { mentors: Ranked[] };
    expect(out.mentors.find((m) => m.id === 'dr-best')?.score).toBe(100);
  });

  it('exits 2 naming the file and the field for an unknown time zone or a malformed file', async () => {
    await write('bad-mentors.json', [mentor('dr-a'), mentor('dr-b', { timeZone: 'Mars/Olympus' })]);
    await write('bad-mentee.json', { ...MENTEE, languages: 'English' });
    const zone = await runCli(
      ['mentors', 'rank', '--mentee', 'bad-mentee.json', '--mentors', 'bad-mentors.json', ...NOW],
      dir,
    );
    expect(zone.code).toBe(2);
    expect(zone.stdout).toBe('');
    expect(zone.stderr).toMatch(
      /bad-mentors\.json: mentors\[1\]\.timeZone: "Mars\/Olympus" is not a known IANA time zone/,
    );
    expect(zone.stderr).toMatch(/bad-mentee\.json: mentee\.languages: /);

    await write('broken.json', '[{"id": "dr-a",,]');
    const broken = await runCli(
      ['mentors', 'rank', '--mentee', 'mentee.json', '--mentors', 'broken.json'],
      dir,
    );
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/"broken.json" is not valid JSON at line 1, column 16/);

    const missing = await runCli(['mentors', 'rank', '--mentee', 'mentee.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--mentors FILE are required/);
    const absent = await runCli(
      ['mentors', 'rank', '--mentee', 'nope.json', '--mentors', 'mentors.json'],
      dir,
    );
    expect(absent.code).toBe(2);
    expect(absent.stderr).toMatch(/cannot read "nope.json": no such file/);
    for (const run of [zone, broken, missing, absent])
      expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
