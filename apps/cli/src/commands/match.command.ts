import { findBlockingPairs, generateInstance } from '@matchready/core';
import { integerOption, parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { solveFile } from '../instance.ts';
import { writeOutput } from '../io.ts';
import {
  type CheckReport,
  instanceJson,
  outcomeCsv,
  outcomeJson,
  outcomeSummary,
} from '../match-output.ts';

const usage = `Usage:
  matchready match <instance.json> [--out FILE] [--format json|csv] [--check] [--seed N]
  matchready match generate --applicants N --programs M [--couples K] [--seed S] [--out FILE]

Runs the NRMP match (applicant-proposing deferred acceptance with Roth–Peranson handling of
couples, supplemental lists and reversions) on an instance file and prints the result as JSON.
Instance and result formats: docs/instance-format.md.

Options:
  -o, --out FILE       write the result to FILE instead of stdout
  -f, --format FORMAT  json (default) or csv (rows: applicant,program,list)
      --check          re-check the result with the independent blocking-pair checker
      --seed N         seed for reordering couples if the solver has to restart (default 1)

generate: writes a random NRMP-like instance (popularity-weighted lists of 12 programs,
capacities around 8, couples with 20 joint pairs plus 2 no-match pairs).
      --applicants N   number of applicants
      --programs M     number of programs (at least 1)
      --couples K      couples formed from the applicants (default 0)
      --supplemental K applicants with a supplemental list (default 0)
      --reversions K   programs that revert unfilled positions (default 0)
      --seed S         random seed (default 1); the same seed gives the same bytes
  -o, --out FILE       write the instance to FILE instead of stdout

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments, missing file or invalid instance`;

export const matchCommand: Command = {
  usage,
  run: (args, context) =>
    args[0] === 'generate' ? generate(args.slice(1), context) : match(args, context),
};

async function match(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('match', args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f', default: 'json' },
    check: { type: 'boolean', default: false },
    seed: { type: 'string' },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) {
    throw new CliError(
      'invalid-input',
      'match: expected one instance file (see "matchready match --help")',
    );
  }
  if (values.format !== 'json' && values.format !== 'csv') {
    throw new CliError('invalid-input', `--format must be json or csv, got "${values.format}"`);
  }
  const seed =
    values.seed === undefined
      ? undefined
      : integerOption('seed', values.seed, 1, { max: 2 ** 32 - 1 });

  const { problem, outcome } = await solveFile(file, context, seed);
  let check: CheckReport | undefined;
  if (values.check) {
    const started = performance.now();
    const pairs = findBlockingPairs(problem, outcome);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    check = { ran: true, blockingPairs: pairs.length, pairs, ms };
    const found =
      pairs.length === 0 ? 'no blocking pairs' : `${pairs.length} blocking pairs (not stable)`;
    context.stderr(`check: findBlockingPairs found ${found} in ${ms} ms\n`);
  }
  const text = values.format === 'csv' ? outcomeCsv(problem, outcome) : outcomeJson(outcome, check);
  await writeOutput(values.out, text, context);
  if (values.out !== undefined) context.stderr(`wrote ${values.out}: ${outcomeSummary(outcome)}\n`);
}

async function generate(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('match', args, {
    applicants: { type: 'string' },
    programs: { type: 'string' },
    couples: { type: 'string' },
    supplemental: { type: 'string' },
    reversions: { type: 'string' },
    seed: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (positionals.length > 0) {
    throw new CliError('invalid-input', `match generate: unexpected argument "${positionals[0]}"`);
  }
  if (values.applicants === undefined || values.programs === undefined) {
    throw new CliError('invalid-input', 'match generate: --applicants and --programs are required');
  }
  const limit = 10_000_000;
  const applicants = integerOption('applicants', values.applicants, 0, { max: limit });
  const programs = integerOption('programs', values.programs, 0, { min: 1, max: limit });
  const couples = integerOption('couples', values.couples, 0, { max: Math.floor(applicants / 2) });
  const supplementalLists = integerOption('supplemental', values.supplemental, 0, {
    max: applicants - 2 * couples,
  });
  const reversions = integerOption('reversions', values.reversions, 0, {
    max: Math.floor(programs / 2),
  });
  const seed = integerOption('seed', values.seed, 1, { max: 2 ** 32 - 1 });
  const problem = generateInstance({
    applicants,
    programs,
    couples,
    supplementalLists,
    reversions,
    seed,
  });
  await writeOutput(values.out, instanceJson(problem), context);
  if (values.out !== undefined) {
    context.stderr(
      `wrote ${values.out}: ${applicants} applicants, ${programs} programs, ${couples} couples (seed ${seed})\n`,
    );
  }
}
