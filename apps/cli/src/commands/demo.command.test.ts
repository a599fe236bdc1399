import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

describe('matchready demo', () => {
  it('explains the match on the sample instance and points to `matchready match`', async () => {
    const run = await runCli(['demo'], root);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'examples/sample-instance.json: 12 applicants (1 couple, 1 supplemental list), 5 programs',
    );
    expect(run.stdout).toMatch(/Matched: 10 of 12 applicants/);
    expect(run.stdout).toMatch(
      /chen-wei +northside-radiology-adv +1st choice, PGY-1 year at mercy-general-prelim/,
    );
    expect(run.stdout).toMatch(
      /hana-kobayashi +lakeside-peds +couple kobayashi-petrov, their 2nd pair of 3/,
    );
    expect(run.stdout).toContain('Unmatched: jaya-raman, lucia-ferreira');
    expect(run.stdout).toContain(
      'Reversion: 1 unfilled position of lakeside-fm moved to lakeside-peds',
    );
    expect(run.stdout).toContain('Stable: yes.');
    expect(run.stdout).toContain('matchready match examples/sample-instance.json --check');
  });

  it('lists the commands with --help', async () => {
    const run = await runCli(['--help'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: matchready <command>/);
    expect(run.stdout).toMatch(/^ {2}match +Run the match/m);
    expect(run.stdout).toMatch(/^ {2}demo +/m);
  });
});
