import {
  type MenteeProfileRow,
  type MentorProfileRow,
  PROFILE_COLUMNS,
  parseMenteeProfilesCsv,
  parseMentorProfilesCsv,
} from '@matchready/contract/files';
import type { Issue } from '@matchready/core';
import {
  createCompatibilityScorer,
  parseMenteeInput,
  parseMentorInput,
} from '@matchready/core/mentorship';
import type {
  AssignmentProblem,
  MenteeRankingInput,
  MentorRankingInput,
  ScoredPair,
} from '@matchready/core/vocabulary';
import { parseCommandArgs } from '../args.ts';
import type { CliContext } from '../command.ts';
import { CliError } from '../errors.ts';
import {
  instantOption,
  minScoreOption,
  modeOption,
  RULE_OPTIONS,
  readWeightsFile,
} from '../mentorship-options.ts';
import {
  type Excuses,
  excusedBy,
  type Located,
  locate,
  type ProblemSources,
  readCsv,
  readRuleFiles,
  union,
} from './mentorship-files.ts';
import { checkAndSolve } from './mentorship-solve.ts';

/** A core profile issue (`mentor.timeZone`) as one naming the file, line and CSV column. */
function profileIssue(file: string, order: number, line: number, issue: Issue): Located {
  const field = issue.path.at(-1);
  const column = typeof field === 'string' ? (PROFILE_COLUMNS[field] ?? field) : undefined;
  return { order, line, issue: { ...issue, path: [locate(file, line, column)] } };
}

/**
 * The rows the contract accepted, checked again by the core's profile validators (time zones,
 * lengths, capacity up to MAX_MENTOR_CAPACITY). For scoring, every mentor is taking mentees and
 * has none yet: the capacity is the programme's.
 */
function checkProfiles(
  files: { mentors: string; mentees: string },
  mentorRows: { rows: MentorProfileRow[]; lines: number[] },
  menteeRows: { rows: MenteeProfileRow[]; lines: number[] },
  problems: Located[],
) {
  const mentors: MentorRankingInput[] = [];
  const mentorLines: number[] = [];
  mentorRows.rows.forEach((row, k) => {
    const line = mentorRows.lines[k] ?? 0;
    const checked = parseMentorInput({ ...row, activeMentees: 0, acceptingRequests: true });
    if (checked.ok) {
      mentors.push(checked.value);
      mentorLines.push(line);
    } else
      for (const issue of checked.issues)
        problems.push(profileIssue(files.mentors, 0, line, issue));
  });
  const rejectedMentors = new Set<string>();
  const rejectedMentees = new Set<string>();
  const mentees: MenteeRankingInput[] = [];
  const menteeLines: number[] = [];
  menteeRows.rows.forEach((row, k) => {
    const line = menteeRows.lines[k] ?? 0;
    const checked = parseMenteeInput(row);
    if (checked.ok) {
      mentees.push(checked.value);
      menteeLines.push(line);
    } else
      for (const issue of checked.issues)
        problems.push(profileIssue(files.mentees, 1, line, issue));
  });
  return { mentors, mentorLines, mentees, menteeLines, rejectedMentors, rejectedMentees };
}

/** `mentorship match`: scores every mentee–mentor pair from the profiles, then assigns. */
export async function match(args: readonly string[], context: CliContext): Promise<void> {
  const { values, positionals } = parseCommandArgs('mentorship', args, {
    mentors: { type: 'string' },
    mentees: { type: 'string' },
    weights: { type: 'string' },
    now: { type: 'string' },
    ...RULE_OPTIONS,
  });
  if (positionals.length > 0)
    throw new CliError(
      'invalid-input',
      `mentorship match: unexpected argument "${positionals[0]}"`,
    );
  if (values.mentors === undefined || values.mentees === undefined)
    throw new CliError(
      'invalid-input',
      'mentorship match: --mentors M.csv and --mentees E.csv are required',
    );
  const mode = modeOption(values.mode);
  const minimumScore = minScoreOption(values['min-score']);
  const now = instantOption(values.now);
  const weights =
    values.weights === undefined ? undefined : await readWeightsFile(values.weights, context);
  const files = { mentors: values.mentors, mentees: values.mentees };

  const problems: Located[] = [];
  const mentorRows = await readCsv(files.mentors, 0, parseMentorProfilesCsv, problems, context);
  const menteeRows = await readCsv(files.mentees, 1, parseMenteeProfilesCsv, problems, context);
  const rules = await readRuleFiles(
    { forbid: values.forbid, pin: values.pin },
    2,
    problems,
    context,
  );
  const profiles = checkProfiles(files, mentorRows, menteeRows, problems);

  const scorer = createCompatibilityScorer({ now, ...(weights === undefined ? {} : { weights }) });
  const scores: ScoredPair[] = [];
  for (const mentee of profiles.mentees)
    for (const mentor of profiles.mentors)
      scores.push({ mentee: mentee.id, mentor: mentor.id, score: scorer.score(mentee, mentor) });
  const problem: AssignmentProblem = {
    mentees: profiles.mentees.map((m) => m.id),
    mentors: profiles.mentors.map((m) => ({ id: m.id, capacity: m.capacity })),
    scores,
    ...(rules.forbids ? { forbids: rules.forbids.rows } : {}),
    ...(rules.pins ? { pins: rules.pins.rows } : {}),
    ...(minimumScore === undefined ? {} : { minimumScore }),
  };
  const sources: ProblemSources = {
    mentors: { file: files.mentors, lines: profiles.mentorLines },
    mentees: { file: files.mentees, lines: profiles.menteeLines },
    ...(rules.forbids && values.forbid
      ? { forbids: { file: values.forbid, lines: rules.forbids.lines } }
      : {}),
    ...(rules.pins && values.pin ? { pins: { file: values.pin, lines: rules.pins.lines } } : {}),
  };
  const excuses: Excuses = {
    mentees: union(
      excusedBy(menteeRows, (cells) => cells[0] ?? ''),
      profiles.rejectedMentees,
    ),
    mentors: union(
      excusedBy(mentorRows, (cells) => cells[0] ?? ''),
      profiles.rejectedMentors,
    ),
    scored: new Set(),
  };
  const result = checkAndSolve({
    command: 'mentorship match',
    problem,
    sources,
    problems,
    excuses,
    mode,
  });
  context.stdout(`${JSON.stringify({ ...result, weights: scorer.weights }, null, 2)}\n`);
}
