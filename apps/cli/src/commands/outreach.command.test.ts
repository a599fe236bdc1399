import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from '../testing/run-cli.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-outreach-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// Written for this test: introduction, connection, one small ask, respect for time.
const READY = `Dear Dr. Okafor,

My name is Amina Yusuf, and I am an international medical graduate from Ahmadu Bello University applying to internal medicine residency this cycle.

I found your profile in the MatchReady directory and read your article on returning to clinical training after a gap, which matched my own path closely.

Would you be open to a 15–20 minute video call in the next few weeks? I would like to ask how you chose programs to apply to. I know your schedule is busy, so I am happy to work around it.

Thank you for your time,
Amina`;

const POOR = `To whom it may concern,

Could you write me a letter of recommendation?

Regards`;

interface Report {
  wordCount: number;
  paragraphs: number;
  ready: boolean;
  issues: { code: string; message: string; evidence: string | null }[];
}

describe('matchready outreach check', { timeout: 60_000 }, () => {
  it('prints an empty issue list for a message that is ready to send', async () => {
    const run = await runCli(['outreach', 'check'], dir, READY);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ wordCount: 99, paragraphs: 3, ready: true, issues: [] });
  });

  it('lists issues with their code, message and verbatim evidence', async () => {
    const run = await runCli(['outreach', 'check'], dir, POOR);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.ready).toBe(false);
    expect(report.paragraphs).toBe(1);
    const byCode = new Map(report.issues.map((i) => [i.code, i]));
    expect(byCode.get('generic-greeting')?.evidence).toBe('To whom it may concern');
    expect(byCode.get('big-first-ask')?.evidence).toBe(
      'Could you write me a letter of recommendation?',
    );
    expect(byCode.get('no-introduction')?.evidence).toBeNull();
    expect(report.issues.every((i) => i.message.length > 0)).toBe(true);
  });

  it('exits 2 with one clear line for unreadable input', async () => {
    const cases: [string | Buffer, RegExp][] = [
      ['', /no message on standard input/],
      [' \n\t\n', /no message on standard input/],
      [Buffer.from([0x44, 0x65, 0x61, 0x72, 0xff, 0xfe, 0x20]), /not UTF-8 text/],
      [Buffer.from('Dear Dr. Lee,\u0000\u0001', 'utf8'), /NUL bytes/],
      ['word '.repeat(20_000), /larger than 65536 bytes/],
    ];
    for (const [input, message] of cases) {
      const run = await runCli(['outreach', 'check'], dir, input);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  it('exits 2 for a missing or unknown subcommand and a stray argument', async () => {
    const missing = await runCli(['outreach'], dir, READY);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/expected "check"/);
    const stray = await runCli(['outreach', 'check', 'message.txt'], dir, READY);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/unexpected argument "message.txt"/);
  });
});
