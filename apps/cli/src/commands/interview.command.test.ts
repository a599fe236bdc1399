import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-interview-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** 34 words: money and prestige as the motive, sweeping criticism of the home system. */
const WEAK =
  'I want to train in the US because the salary is much higher and the programs are prestigious. ' +
  'The hospitals in Nigeria are corrupt and backward, so there is no future for me there.';

interface Report {
  wordCount: number;
  fillersPer100Words: number | null;
  wordsPerMinute: number | null;
  talkingPoints: { id: string; covered: boolean; evidence: string | null }[];
  redFlags: { code: string; evidence: string | null }[];
  priorities: { code: string; title: string; evidence: string | null }[];
}

describe('matchready interview', () => {
  it('prints the question bank as JSON, each question with its id', async () => {
    const run = await runCli(['interview', 'questions'], dir);
    expect(run.code).toBe(0);
    const bank = JSON.parse(run.stdout) as { id: string; theme: string; prompt: string }[];
    expect(bank).toHaveLength(100);
    expect(new Set(bank.map((q) => q.id)).size).toBe(100);
    expect(bank.find((q) => q.id === 'img-why-us')?.prompt).toBe(
      'Why did you choose to pursue residency in the US?',
    );
    const img = JSON.parse(
      (await runCli(['interview', 'questions', '--theme', 'img'], dir)).stdout,
    ) as {
      theme: string;
    }[];
    expect(img.length).toBeGreaterThan(0);
    expect(img.every((q) => q.theme === 'img')).toBe(true);
  });

  it('analyses an answer from stdin: counts, pace, talking points, red flags, priorities', async () => {
    const run = await runCli(
      ['interview', 'analyse', '--question', 'img-why-us', '--seconds', '17'],
      dir,
      WEAK,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.wordCount).toBe(34);
    // 34 words in 17 seconds.
    expect(report.wordsPerMinute).toBe(120);
    expect(report.fillersPer100Words).toBe(0);
    expect(report.talkingPoints.map((p) => p.id)).toEqual([
      'training-features',
      'experience',
      'respect-home',
      'goals',
    ]);
    expect(report.talkingPoints.find((p) => p.id === 'experience')).toMatchObject({
      covered: false,
      evidence: null,
    });
    const flags = Object.fromEntries(report.redFlags.map((f) => [f.code, f.evidence]));
    expect(flags['money-or-prestige']).toBe(
      'I want to train in the US because the salary is much higher and the programs are prestigious.',
    );
    expect(flags['criticises-home-country']).toBe(
      'The hospitals in Nigeria are corrupt and backward, so there is no future for me there.',
    );
    expect(report.priorities.length).toBeGreaterThanOrEqual(1);
    expect(report.priorities.length).toBeLessThanOrEqual(2);
  });

  it('reports fillers as not measured for a stripped transcript, and no pace without seconds', async () => {
    const run = await runCli(
      ['interview', 'analyse', '-q', 'img-why-us', '--fillers-not-measured'],
      dir,
      WEAK,
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.fillersPer100Words).toBeNull();
    expect(report.wordsPerMinute).toBeNull();
  });

  it('exits with 2 and one clear line for an unknown question, bad seconds or no answer', async () => {
    const unknown = await runCli(['interview', 'analyse', '--question', 'why-mars'], dir, WEAK);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toBe(
      'matchready: unknown question "why-mars" (list the ids with "matchready interview questions")\n',
    );
    const seconds = await runCli(
      ['interview', 'analyse', '--question', 'img-why-us', '--seconds', 'soon'],
      dir,
      WEAK,
    );
    expect(seconds.code).toBe(2);
    expect(seconds.stderr).toMatch(/^matchready: --seconds must be a number of seconds/);
    const empty = await runCli(['interview', 'analyse', '--question', 'img-why-us'], dir, '  \n');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('matchready: interview analyse: no answer on standard input\n');
    const missing = await runCli(['interview', 'analyse'], dir, WEAK);
    expect(missing.code).toBe(2);
    const theme = await runCli(['interview', 'questions', '--theme', 'surgery'], dir);
    expect(theme.code).toBe(2);
    for (const run of [unknown, seconds, empty, missing, theme]) {
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  it('lists itself in the help and explains its options', async () => {
    expect((await runCli(['--help'], dir)).stdout).toMatch(/^ {2}interview +List the interview/m);
    const help = await runCli(['interview', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('matchready interview analyse --question ID');
  });
});
