import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { minScoreOption, modeOption, RULE_OPTIONS } from '../mentorship-options.ts';

const usage = `Usage:
  matchready mentorship assign --scores S.csv --capacities C.csv [--forbid F.csv] [--pin P.csv]
                               [--mode total|fair] [--min-score N]
  matchready mentorship match --mentors M.csv --mentees E.csv [--weights W.json] [--forbid F.csv]
                              [--pin P.csv] [--mode total|fair] [--min-score N] [--now ISO]

assign: pairs mentees with mentors, respecting every capacity, pin and forbidden pair, and prints
a provably optimal result as JSON: {"mode","assignments":{mentee: mentor|null},"pairs","total",
"matched","minScore","optimal":true,"certificate","unmatched"}.
  S.csv  mentee,mentor,score   the pairs that may be assigned (a pair not listed may not be)
  C.csv  mentor,capacity       every mentor and the most mentees they take
  F.csv  mentee,mentor         pairs that must not be assigned
  P.csv  mentee,mentor         pairs that must be in the result
  --mode total (default): the highest total score · fair: the most matched, then the best
         lowest score, then the highest total
  --min-score N   pairs scoring below N are not allowed (the mentee stays unmatched)

match: computes every mentee–mentor score from profiles with the compatibility scorer (the
factors of "matchready mentors rank", whole points, 100 with the default weights), then assigns
as above; the output adds "weights".
  M.csv  id,specialties,mentor_types,img_country,languages,time_zone,capacity
  E.csv  id,specialties,mentor_types,country,languages,time_zone,wants_img_mentor
         lists are "|"-separated; an empty img_country is a US or Canadian graduate
  --weights FILE  factor weights, e.g. {"specialty":40,"language":10} (whole numbers 0–100)
  --now ISO       the instant for time-zone offsets (DST); default now

Formats and the certificate: docs/mentorship-assign-format.md.
Exit codes: 0 done · 1 unexpected error · 2 invalid arguments, or problems in the files: every
one is listed (file, line, column), none is solved`;

async function assign(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('mentorship', args, {
    scores: { type: 'string' },
    capacities: { type: 'string' },
    ...RULE_OPTIONS,
  });
  if (positionals.length > 0)
    throw new CliError(
      'invalid-input',
      `mentorship assign: unexpected argument "${positionals[0]}"`,
    );
  if (values.scores === undefined || values.capacities === undefined)
    throw new CliError(
      'invalid-input',
      'mentorship assign: --scores S.csv and --capacities C.csv are required',
    );
  const mode = modeOption(values.mode);
  const minimumScore = minScoreOption(values['min-score']);
  const { readAssignFiles } = await import('./mentorship-files.ts');
  const { checkAndSolve } = await import('./mentorship-solve.ts');
  const read = await readAssignFiles(
    {
      scores: values.scores,
      capacities: values.capacities,
      forbid: values.forbid,
      pin: values.pin,
    },
    minimumScore,
    context,
  );
  const result = checkAndSolve({ command: 'mentorship assign', mode, ...read });
  context.stdout(`${JSON.stringify(result, null, 2)}\n`);
}

export const mentorshipCommand: Command = {
  usage,
  async run(args, context) {
    const [sub, ...rest] = args;
    if (sub === 'assign') return assign(rest, context);
    if (sub === 'match') return (await import('./mentorship-match.ts')).match(rest, context);
    throw new CliError(
      'invalid-input',
      sub === undefined
        ? 'mentorship: expected "assign" or "match" (see "matchready mentorship --help")'
        : `mentorship: unknown subcommand "${sub}" (expected "assign" or "match")`,
    );
  },
};
