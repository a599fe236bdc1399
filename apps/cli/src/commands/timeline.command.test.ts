import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

let dir: string;
const write = (name: string, value: unknown) =>
  writeFile(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

/** The program-list profile plus ecfmgCertified: an IMG planning an H-1B, Step 3 not passed. */
const PROFILE = {
  applicantType: 'non-us-img',
  step2: 240,
  failedAttempts: 0,
  graduationYear: 2021,
  visa: 'h1b',
  step3: false,
  usceMonths: 3,
  specialties: ['Internal Medicine'],
  states: ['NY'],
  ecfmgCertified: false,
};
const INTERVIEWS = [
  { program: 'Mercy Hospital Internal Medicine', date: '2027-01-12' },
  { program: 'Lakeside Family Medicine', date: '2026-11-20' },
];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-timeline-'));
  await write('p.json', PROFILE);
  await write('i.json', INTERVIEWS);
  await write('j1.json', { ...PROFILE, visa: 'j1' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Milestone {
  id: string;
  title: string;
  due: string;
  status: string;
  source: { url: string } | null;
}
const ARGS = ['--profile', 'p.json', '--season', '2027', '--today', '2026-12-03'];

describe('matchready timeline', { timeout: 60_000 }, () => {
  it('prints the season milestones, Step 3 for an H-1B plan and a thank-you per interview', async () => {
    const run = await runCli(['timeline', ...ARGS, '--interviews', 'i.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { season: number; milestones: Milestone[] };
    expect(plan.season).toBe(2027);
    const byId = new Map(plan.milestones.map((m) => [m.id, m]));
    // Published NRMP 2027 calendar: Match Day Friday 19 March, ROL deadline Wednesday 3 March.
    expect(byId.get('match-day')).toMatchObject({ due: '2027-03-19', status: 'upcoming' });
    expect(byId.get('rol-deadline')).toMatchObject({ due: '2027-03-03', status: 'upcoming' });
    expect(plan.milestones.some((m) => m.id.startsWith('ecfmg'))).toBe(true);
    expect(plan.milestones.filter((m) => m.id.startsWith('step3'))).toHaveLength(1);
    const thanks = plan.milestones.filter((m) => m.id.startsWith('thank-you'));
    expect(thanks).toHaveLength(2);
    const mercy = thanks.find((m) => m.title.includes('Mercy Hospital Internal Medicine'));
    const lakeside = thanks.find((m) => m.title.includes('Lakeside Family Medicine'));
    // Due the day after the interview (within 48 hours); the November one is already late.
    expect(mercy).toMatchObject({ due: '2027-01-13', status: 'upcoming', source: null });
    expect(lakeside).toMatchObject({ due: '2026-11-21', status: 'late' });
    for (const m of plan.milestones)
      expect(Object.keys(m)).toEqual(
        expect.arrayContaining(['id', 'title', 'due', 'status', 'source']),
      );
  });

  it('has no Step 3 milestone on a J-1 plan', async () => {
    const run = await runCli(
      ['timeline', '--profile', 'j1.json', '--season', '2027', '--today', '2026-12-03'],
      dir,
    );
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout) as { milestones: Milestone[] };
    expect(plan.milestones.some((m) => m.id.startsWith('step3'))).toBe(false);
    expect(plan.milestones.some((m) => m.id.startsWith('thank-you'))).toBe(false);
  });

  it('writes iCalendar that an independent parser reads back, with stable UIDs', async () => {
    const json = JSON.parse(
      (await runCli(['timeline', ...ARGS, '--interviews', 'i.json'], dir)).stdout,
    ) as {
      milestones: Milestone[];
    };
    const run = await runCli(
      ['timeline', ...ARGS, '--interviews', 'i.json', '--format', 'ics'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const calendar = new ICAL.Component(ICAL.parse(run.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual(json.milestones.map((m) => `${m.id}@matchready`));
    const matchDay = events.find((e) => e.uid === 'match-day@matchready');
    expect(matchDay?.startDate.isDate).toBe(true);
    expect(matchDay?.startDate.toString()).toBe('2027-03-19');
    expect(matchDay?.endDate.toString()).toBe('2027-03-20');
    expect(matchDay?.summary).toBe(json.milestones.find((m) => m.id === 'match-day')?.title);
    const thankYou = events.find(
      (e) => e.uid.startsWith('thank-you') && e.summary.includes('Mercy'),
    );
    expect(thankYou?.startDate.toString()).toBe('2027-01-13');

    // Another day, same plan: the same UIDs, so a calendar app updates instead of duplicating.
    const later = await runCli(
      [
        'timeline',
        ...ARGS.slice(0, 4),
        '--today',
        '2027-02-01',
        '--interviews',
        'i.json',
        '--format',
        'ics',
      ],
      dir,
    );
    const uids = (text: string) => [...text.matchAll(/^UID:(.*)\r$/gm)].map((m) => m[1]);
    expect(uids(later.stdout)).toEqual(uids(run.stdout));
  });

  it('exits 2 naming the field and the file for a malformed profile or interviews', async () => {
    await write('bad.json', { applicantType: 'img', visa: 'h1b', step2: 'high' });
    await write('bad-i.json', [{ program: 'Mercy', date: '12/01/2027' }]);
    const bad = await runCli(
      [
        'timeline',
        '--profile',
        'bad.json',
        '--season',
        '2027',
        '--interviews',
        'bad-i.json',
        '--today',
        '2026-12-03',
      ],
      dir,
    );
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/bad\.json: profile\.applicantType: /);
    expect(bad.stderr).toMatch(/bad\.json: profile\.step2: /);
    expect(bad.stderr).toMatch(/bad-i\.json: interviews\[0\]\.date: /);

    const noVisa = await runCli(['timeline', '--profile', 'absent.json', '--season', '2027'], dir);
    expect(noVisa.code).toBe(2);
    expect(noVisa.stderr).toMatch(/cannot read "absent.json": no such file/);
    await write('nv.json', { applicantType: 'us-img' });
    const missingVisa = await runCli(['timeline', '--profile', 'nv.json', '--season', '2027'], dir);
    expect(missingVisa.code).toBe(2);
    expect(missingVisa.stderr).toMatch(/nv\.json: profile\.visa: /);

    const season = await runCli(
      ['timeline', '--profile', 'p.json', '--season', 'next', '--today', '2026-12-03'],
      dir,
    );
    expect(season.code).toBe(2);
    expect(season.stderr).toMatch(/--season: season must be a Match year from 2023/);
    const format = await runCli(['timeline', ...ARGS, '--format', 'pdf'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toMatch(/--format must be json or ics/);
    for (const run of [bad, noVisa, missingVisa, season, format])
      expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
