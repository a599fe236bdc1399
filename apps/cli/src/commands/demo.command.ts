import { relative } from 'node:path';
import { findBlockingPairs, type MatchOutcome, type MatchProblem } from '@matchready/core';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { solveFile } from '../instance.ts';
import { SAMPLE_INSTANCE } from '../paths.ts';

const samplePath = SAMPLE_INSTANCE;

export const demoCommand: Command = {
  usage: `Usage: matchready demo

Runs the NRMP match on examples/sample-instance.json (12 synthetic applicants, 5 programs,
a couple, a supplemental list and a reversion) and explains who matched where.`,
  run: async (args, context) => {
    parseCommandArgs('demo', args, {});
    const file = relative(context.cwd, samplePath) || samplePath;
    const { problem, outcome } = await solveFile(file, context);
    const blocking = findBlockingPairs(problem, outcome);
    context.stdout(`${explain(file, problem, outcome, blocking.length)}\n`);
  },
};

function explain(
  file: string,
  problem: MatchProblem,
  outcome: MatchOutcome,
  blockingPairs: number,
): string {
  const couples = problem.couples ?? [];
  const supplementalLists = problem.applicants.flatMap((a) => a.supplementalLists ?? []).length;
  const positions = problem.programs.reduce((sum, p) => sum + p.capacity, 0);
  const width = Math.max(...problem.applicants.map((a) => a.id.length)) + 2;
  const programWidth = Math.max(...problem.programs.map((p) => p.id.length)) + 2;
  const coupleOf = new Map(couples.flatMap((c) => c.members.map((m) => [m, c] as const)));

  const matched: string[] = [];
  const unmatched: string[] = [];
  for (const applicant of problem.applicants) {
    const program = outcome.assignments[applicant.id] ?? null;
    if (program === null) {
      unmatched.push(applicant.id);
      continue;
    }
    const couple = coupleOf.get(applicant.id);
    let note: string;
    if (couple) {
      const [m1, m2] = couple.members;
      const pair = [outcome.assignments[m1] ?? null, outcome.assignments[m2] ?? null];
      const index = couple.ranking.findIndex(([p1, p2]) => p1 === pair[0] && p2 === pair[1]);
      note = `couple ${couple.id}, their ${ordinal(index + 1)} pair of ${couple.ranking.length}`;
    } else {
      note = `${ordinal(applicant.ranking.indexOf(program) + 1)} choice`;
    }
    const preliminary = outcome.supplementalAssignments[applicant.id];
    if (preliminary !== undefined) note += `, PGY-1 year at ${preliminary} (supplemental list)`;
    matched.push(`  ${applicant.id.padEnd(width)}${program.padEnd(programWidth)}${note}`);
  }

  const unfilled = Object.entries(outcome.unfilled).filter(([, n]) => n > 0);
  const lines = [
    'MatchReady demo: the NRMP match on a small synthetic instance',
    `${file}: ${problem.applicants.length} applicants (${plural(couples.length, 'couple')}, ${plural(supplementalLists, 'supplemental list')}), ${problem.programs.length} programs, ${positions} positions`,
    '',
    `Matched: ${matched.length} of ${problem.applicants.length} applicants`,
    ...matched,
    unmatched.length === 0
      ? 'Unmatched: nobody'
      : `Unmatched: ${unmatched.join(', ')} (in the real Match they could still apply for unfilled positions through SOAP)`,
    unfilled.length === 0
      ? 'Unfilled positions: none'
      : `Unfilled positions: ${unfilled.map(([id, n]) => `${id} ${n}`).join(', ')}`,
  ];
  for (const r of outcome.reversions) {
    lines.push(
      `Reversion: ${plural(r.positions, 'unfilled position')} of ${r.from} moved to ${r.to}`,
    );
  }
  lines.push(
    blockingPairs === 0 && outcome.stable
      ? 'Stable: yes. No applicant and program would both rather be matched to each other (checked independently).'
      : `Stable: no. ${plural(blockingPairs, 'blocking pair')} found by the independent checker.`,
    '',
    'Run the engine on your own data (format: docs/instance-format.md):',
    `  matchready match ${file} --check`,
    '  matchready match generate --applicants 40000 --programs 5000 --couples 1100 --out big.json',
  );
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
