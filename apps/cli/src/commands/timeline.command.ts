import { parseTimelineInput, planTimeline } from '@matchready/core/timeline';
import { parseCommandArgs } from '../args.ts';
import type { CliContext, Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { readJsonFile } from '../io.ts';

const usage = `Usage: matchready timeline --profile P.json --season YEAR [--interviews I.json]
                           [--today YYYY-MM-DD] [--format json|ics]

Plans an applicant's season: dated milestones from the Match year and the profile, each with a
status relative to "today". JSON (default): {"season","today","milestones":[{"id","title","due",
"status","kind","category","dependsOn","source","derived","rule","detail"}]} sorted by due date.
ICS: an iCalendar file of all-day events, UID "<id>@matchready" so re-importing updates them.
Milestones and fields: docs/timeline.md; this command: docs/cli.md.

Options:
  --profile FILE    the program-list profile (matchready programs list --profile) plus
                    "ecfmgCertified"; "applicantType" and "visa" are required
  --season YEAR     the Match year, e.g. 2027 (the season that starts residency on 1 July 2027)
  --interviews FILE [{"program","date"}, …]: each adds the interview and a thank-you note due
                    the day after
  --today DATE      the date statuses are relative to; default today (local time)
  --format FORMAT   json (default) or ics

Exit codes: 0 done · 1 unexpected error · 2 invalid arguments or a malformed file (every bad
field is named, e.g. "P.json: profile.visa")`;

/** Today's local calendar date: the applicant's own "today", not UTC's. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The core names fields by the input's parts; say which file or option each came from. */
function where(
  path: readonly (string | number)[],
  files: { profile: string; interviews?: string },
) {
  const [head, ...rest] = path;
  if (head === 'profile') return [`${files.profile}: profile`, ...rest];
  if (head === 'interviews') return [`${files.interviews ?? '--interviews'}: interviews`, ...rest];
  if (head === 'season' || head === 'today') return [`--${head}`, ...rest];
  return path;
}

async function run(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('timeline', args, {
    profile: { type: 'string' },
    season: { type: 'string' },
    interviews: { type: 'string' },
    today: { type: 'string' },
    format: { type: 'string', default: 'json' },
  });
  if (positionals.length > 0)
    throw new CliError('invalid-input', `timeline: unexpected argument "${positionals[0]}"`);
  if (values.profile === undefined || values.season === undefined)
    throw new CliError('invalid-input', 'timeline: --profile FILE and --season YEAR are required');
  const format = values.format;
  if (format !== 'json' && format !== 'ics')
    throw new CliError('invalid-input', `--format must be json or ics, got "${format}"`);
  const profile = await readJsonFile(values.profile, context);
  const interviews =
    values.interviews === undefined ? [] : await readJsonFile(values.interviews, context);
  const parsed = parseTimelineInput({
    profile,
    season: values.season,
    today: values.today ?? localToday(),
    interviews,
  });
  if (!parsed.ok) {
    const files = {
      profile: values.profile,
      ...(values.interviews === undefined ? {} : { interviews: values.interviews }),
    };
    throw new CliError(
      'invalid-input',
      'timeline: invalid input (see "matchready timeline --help"):',
      parsed.issues.map((issue) => ({ ...issue, path: where(issue.path, files) })),
    );
  }
  const plan = planTimeline(parsed.value);
  if (format === 'ics') {
    const { milestonesToIcs } = await import('../timeline-ics.ts');
    context.stdout(milestonesToIcs(plan.season, plan.milestones));
    return;
  }
  context.stdout(`${JSON.stringify(plan, null, 2)}\n`);
}

export const timelineCommand: Command = { usage, run };
