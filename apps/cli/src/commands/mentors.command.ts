import type { Issue } from '@matchready/core';
import { parseMenteeInput, parseMentorList, rankMentors } from '@matchready/core/mentorship';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { readJsonFile } from '../io.ts';
import { instantOption, readWeightsFile } from '../mentorship-options.ts';

const usage = `Usage: matchready mentors rank --mentee FILE --mentors FILE [--weights W.json] [--now ISO]

Ranks mentors for one mentee with the compatibility scorer and prints JSON:
{"mentors":[{"id","eligible","reasons":[{"code","message"}],"score","factors":[{"factor","contribution"}]}]}
Eligible mentors come first, highest score first (ties by id), then the ineligible ones (paused,
full, the mentee themself) with their reasons. Each score is the sum of its factor
contributions (whole points; the default weights sum to 100). Format: docs/cli.md.

Options:
  --mentee FILE    {"id","specialties":[…],"mentorTypes":[…],"country","languages":[…],"timeZone","wantsImgMentor"}
  --mentors FILE   a JSON array of {"id","specialties":[…],"mentorTypes":[…],"imgCountry"|null,
                   "languages":[…],"timeZone","capacity","activeMentees","acceptingRequests"}
                   (or {"mentors":[…]})
  --weights FILE   factor weights, e.g. {"specialty":40,"language":10} (whole numbers 0–100)
  --now ISO        the instant for time-zone offsets (DST), e.g. 2027-01-15T12:00:00Z; default now

Exit codes: 0 done · 1 unexpected error · 2 a missing, malformed or invalid file (the file and
every bad field are named, e.g. mentors[2].timeZone)`;

async function rank(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('mentors', args, {
    mentee: { type: 'string' },
    mentors: { type: 'string' },
    weights: { type: 'string' },
    now: { type: 'string' },
  });
  if (positionals.length > 0)
    throw new CliError('invalid-input', `mentors rank: unexpected argument "${positionals[0]}"`);
  if (values.mentee === undefined || values.mentors === undefined)
    throw new CliError(
      'invalid-input',
      'mentors rank: --mentee FILE and --mentors FILE are required',
    );
  const now = instantOption(values.now);
  const weights =
    values.weights === undefined ? undefined : await readWeightsFile(values.weights, context);
  const mentee = parseMenteeInput(await readJsonFile(values.mentee, context));
  const mentors = parseMentorList(await readJsonFile(values.mentors, context));
  const problems: string[] = [];
  const issues: Issue[] = [];
  if (!mentee.ok) {
    problems.push(`"${values.mentee}" is not a valid mentee`);
    issues.push(...prefixed(values.mentee, mentee.issues));
  }
  if (!mentors.ok) {
    problems.push(`"${values.mentors}" is not a valid mentors file`);
    issues.push(...prefixed(values.mentors, mentors.issues));
  }
  if (!mentee.ok || !mentors.ok)
    throw new CliError('invalid-input', `mentors rank: ${problems.join('; ')}:`, issues);
  const ranking = rankMentors(mentee.value, mentors.value, {
    now,
    ...(weights === undefined ? {} : { weights }),
  });
  const out = {
    mentors: ranking.mentors.map(({ id, eligible, reasons, score, factors }) => ({
      id,
      eligible,
      reasons,
      score,
      factors,
    })),
  };
  context.stdout(`${JSON.stringify(out, null, 2)}\n`);
}

/** `mentors[2].timeZone` → `mentors.json: mentors[2].timeZone`, so each line names its file. */
const prefixed = (file: string, issues: readonly Issue[]): Issue[] =>
  issues.map((issue) => ({
    ...issue,
    path: [`${file}: ${String(issue.path[0] ?? '')}`, ...issue.path.slice(1)],
  }));

export const mentorsCommand: Command = {
  usage,
  async run(args, context) {
    const [sub, ...rest] = args;
    if (sub === 'rank') return rank(rest, context);
    throw new CliError(
      'invalid-input',
      sub === undefined
        ? 'mentors: expected "rank" (see "matchready mentors --help")'
        : `mentors: unknown subcommand "${sub}" (expected "rank")`,
    );
  },
};
