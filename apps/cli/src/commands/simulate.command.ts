import type { Issue } from '@matchready/core';
import {
  generateSyntheticPrograms,
  MAX_RUNS,
  type Program,
  simulateMatch,
} from '@matchready/core/programs';
import { nextMatchYear, SAMPLE_SEED, toCataloguePrograms } from '@matchready/services';
import { integerOption, parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { readJsonFile } from '../io.ts';
import { readProgramFile } from './programs-files.ts';
import { readProfile } from './programs-list.ts';

const usage = `Usage: matchready simulate --profile P.json --programs FILE --rank-list R.json [--runs N] [--seed S] [--match-year YEAR]

"Simulate my match": runs our implementation of the NRMP's published matching algorithm N times
on a SYNTHETIC market built around your rank list (competitors drawn from public aggregates, one
market per specialty on the list, all solved together) and prints, as JSON, where you matched.
The same seed gives the same output, byte for byte. Format: docs/simulate-cli.md.

Options:
  --profile FILE     the applicant (as for "matchready programs list")
  --programs FILE    the programs (CSV or JSON, the import format); without it, the synthetic sample
  --rank-list FILE   a JSON array of program ids, most preferred first; may mix specialties
  --runs N           simulated Matches, 1…${MAX_RUNS} (default 1000)
  --seed S           an integer (default 1)
  --match-year YEAR  the Match the list is for (default: the next Match, from today's date)

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments or files, or an unknown program id`;

async function readRankList(file: string, cwd: string): Promise<string[]> {
  const data = await readJsonFile(file, { cwd, stdout: () => {}, stderr: () => {} });
  // Loaded here: the contract (zod) is only needed once the files are read.
  const { rankListFileSchema } = await import('@matchready/contract');
  const parsed = rankListFileSchema.safeParse(data);
  if (!parsed.success)
    throw new CliError(
      'invalid-input',
      `"${file}" is not a valid rank list:`,
      parsed.error.issues.map((i) => ({
        code: i.code,
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      })),
    );
  return parsed.data;
}

export const simulateCommand: Command = {
  usage,
  run: async (args, context) => {
    const { values, positionals } = parseCommandArgs('simulate', args, {
      profile: { type: 'string', short: 'p' },
      programs: { type: 'string' },
      'rank-list': { type: 'string', short: 'r' },
      runs: { type: 'string', short: 'n' },
      seed: { type: 'string' },
      'match-year': { type: 'string' },
    });
    if (positionals.length > 0)
      throw new CliError('invalid-input', `simulate: unexpected argument "${positionals[0]}"`);
    if (values.profile === undefined)
      throw new CliError('invalid-input', 'simulate: --profile FILE is required');
    if (values['rank-list'] === undefined)
      throw new CliError('invalid-input', 'simulate: --rank-list FILE is required');
    const runs = integerOption('runs', values.runs, 1000, { min: 1, max: MAX_RUNS });
    const seed = integerOption('seed', values.seed, 1, { min: -(2 ** 31), max: 2 ** 31 - 1 });
    const matchYear = integerOption('match-year', values['match-year'], nextMatchYear(new Date()), {
      min: 1950,
      max: 2200,
    });
    const cwd = context.cwd;
    const profile = await readProfile(values.profile, cwd);
    const rankFile = values['rank-list'];
    const rankList = await readRankList(rankFile, cwd);
    const programs: readonly Program[] =
      values.programs === undefined
        ? generateSyntheticPrograms({ seed: SAMPLE_SEED }).programs
        : toCataloguePrograms((await readProgramFile(values.programs, cwd)).records).programs;
    const byId = new Map(programs.map((p) => [p.id, p]));
    const source = values.programs === undefined ? 'the synthetic sample' : `"${values.programs}"`;
    const unknown: Issue[] = rankList.flatMap((id, i) =>
      byId.has(id)
        ? []
        : [{ code: 'unknown-program', path: [i], message: `no program "${id}" in ${source}` }],
    );
    if (unknown.length > 0)
      throw new CliError(
        'invalid-input',
        `simulate: unknown program id${unknown.length > 1 ? 's' : ''} in "${rankFile}": ${rankList
          .filter((id) => !byId.has(id))
          .map((id) => `"${id}"`)
          .join(', ')}`,
        unknown,
      );
    const result = simulateMatch({ profile, rankList, programs, seed, runs, matchYear });
    if (!result.ok)
      throw new CliError(
        'invalid-input',
        'simulate: the rank list cannot be simulated:',
        result.issues,
      );
    const r = result.value;
    const share = (count: number) => count / runs;
    const output = {
      label: r.label,
      runs,
      seed,
      matchYear,
      pMatch: r.pMatch,
      byChoice: r.matchedAt.map(share),
      unmatched: share(r.unmatched),
      programs: rankList.map((id, k) => {
        const p = byId.get(id) as Program;
        return {
          rank: k + 1,
          id,
          name: p.name,
          specialty: p.specialty,
          track: p.track,
          share: share(r.matchedAt[k] ?? 0),
        };
      }),
      counts: { matchedAt: r.matchedAt, unmatched: r.unmatched },
      rankSensitivity: r.rankSensitivity.map((s) => s.probability),
      specialties: r.specialty.split(' + '),
      competitors: r.competitors,
      positions: r.positions,
      caveats: r.caveats,
    };
    context.stdout(`${JSON.stringify(output, null, 2)}\n`);
  },
};
