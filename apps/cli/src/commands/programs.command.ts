import { nextMatchYear } from '@matchready/services';
import { integerOption, parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { writeOutput } from '../io.ts';

const usage = `Usage:
  matchready programs import FILE [--dataset NAME]
  matchready programs export [--format csv|json] [--out FILE] [--dataset all|synthetic|imported]
  matchready programs list --profile PROFILE.json [--programs FILE] [--specialty NAME] [--match-year YEAR]

import: adds programs from a CSV or JSON file (by extension, else by content) to the shared
catalogue, all or nothing in one transaction: any bad row is reported with its line number and
nothing is written. An id already in the catalogue is replaced. Format: docs/program-data-format.md.
  --dataset NAME   the dataset name shown with these programs (default: the file name)

export: prints the catalogue (CSV by default) or writes it to --out. Synthetic sample records are
labelled (a # comment line and the synthetic column in CSV, "label" in JSON).

import and export use the server's database: DATABASE_URL (postgres://…), otherwise SQLite in
DATA_DIR (default ./data, relative to the current directory).

list: prints, as JSON, each program's eligibility (with reasons), interview-likelihood score
with its factors, and safety/target/reach tier for the profile in PROFILE.json
(docs/program-tiers.md). Without --programs it uses the synthetic sample, generated in memory
(not real programs). No database is used.
  --profile FILE     {"applicantType":"non-us-img"|"us-img","step2":235,"failedAttempts":1,
                     "graduationYear":2019,"visa":"none"|"j1"|"h1b","step3":false,
                     "usceMonths":3,"specialties":["Internal Medicine"],"states":["NY"]}
  --programs FILE    programs to judge (CSV or JSON, the import format)
  --specialty NAME   only this specialty (default: the profile's specialties)
  --match-year YEAR  the Match the list is for (default: the next Match, from today's date)

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments, file or rows (nothing imported)`;

const DATASETS = ['all', 'synthetic', 'imported'] as const;

async function run(args: readonly string[], context: CliContext): Promise<void> {
  const [sub, ...rest] = args;
  const db = { env: process.env, cwd: context.cwd };
  if (sub === 'import') {
    const { values, positionals } = parseCommandArgs('programs', rest, {
      dataset: { type: 'string' },
    });
    const [file, extra] = positionals;
    if (file === undefined) throw new CliError('invalid-input', 'programs import: give a FILE');
    if (extra !== undefined)
      throw new CliError('invalid-input', `programs import: unexpected argument "${extra}"`);
    const { importFile } = await import('./programs-data.ts');
    await importFile(file, values.dataset, db, context.stdout, context.stderr);
    return;
  }
  if (sub === 'export') {
    const { values, positionals } = parseCommandArgs('programs', rest, {
      format: { type: 'string', short: 'f', default: 'csv' },
      out: { type: 'string', short: 'o' },
      dataset: { type: 'string', default: 'all' },
    });
    if (positionals.length > 0)
      throw new CliError(
        'invalid-input',
        `programs export: unexpected argument "${positionals[0]}"`,
      );
    const format = values.format;
    if (format !== 'csv' && format !== 'json')
      throw new CliError('invalid-input', `--format must be csv or json, got "${format}"`);
    const dataset = DATASETS.find((d) => d === values.dataset);
    if (dataset === undefined)
      throw new CliError('invalid-input', `--dataset must be one of ${DATASETS.join(', ')}`);
    const { exportCatalogue } = await import('./programs-data.ts');
    await writeOutput(values.out, await exportCatalogue(format, dataset, db), context);
    return;
  }
  if (sub === 'list') {
    const { values, positionals } = parseCommandArgs('programs', rest, {
      profile: { type: 'string', short: 'p' },
      programs: { type: 'string' },
      specialty: { type: 'string', short: 's' },
      'match-year': { type: 'string' },
    });
    if (positionals.length > 0)
      throw new CliError('invalid-input', `programs list: unexpected argument "${positionals[0]}"`);
    if (values.profile === undefined)
      throw new CliError('invalid-input', 'programs list: --profile FILE is required');
    const matchYear = integerOption('match-year', values['match-year'], nextMatchYear(new Date()), {
      min: 1950,
      max: 2200,
    });
    const { listPrograms } = await import('./programs-list.ts');
    context.stdout(
      await listPrograms({
        profile: values.profile,
        programs: values.programs,
        specialty: values.specialty,
        matchYear,
        cwd: context.cwd,
      }),
    );
    return;
  }
  throw new CliError(
    'invalid-input',
    `programs: ${sub === undefined ? 'missing subcommand' : `unknown subcommand "${sub}"`} (expected import, export or list; see "matchready programs --help")`,
  );
}

export const programsCommand: Command = { usage, run };
