import type { Issue } from '@matchready/core';
import { solveAssignment, validateAssignmentProblem } from '@matchready/core/mentorship/assignment';
import type {
  AssignmentMode,
  AssignmentProblem,
  AssignmentResult,
  PairRef,
} from '@matchready/core/vocabulary';
import {
  coreIssue,
  type Excused,
  type Excuses,
  type Located,
  type ProblemSources,
  pairKey,
  problemsError,
} from './mentorship-files.ts';

const has = (excused: Excused, key: string) => excused === 'all' || excused.has(key);

function isExcused(issue: Issue, problem: AssignmentProblem, excuses: Excuses): boolean {
  const [part, index, field] = issue.path;
  if (typeof index !== 'number') return false;
  const list =
    part === 'scores' || part === 'forbids' || part === 'pins' ? problem[part] : undefined;
  const pair: PairRef | undefined = list?.[index];
  if (pair === undefined) return false;
  if (issue.code === 'unknown-mentee' && field === 'mentee')
    return has(excuses.mentees, pair.mentee);
  if (issue.code === 'unknown-mentor' && field === 'mentor')
    return has(excuses.mentors, pair.mentor);
  if (issue.code === 'pin-not-scored')
    return has(excuses.scored, pairKey(pair.mentee, pair.mentor));
  return false;
}

export interface SolveInput {
  readonly command: string;
  readonly problem: AssignmentProblem;
  readonly sources: ProblemSources;
  /** Problems already found in the files (bad rows…). */
  readonly problems: readonly Located[];
  readonly excuses: Excuses;
  readonly mode: AssignmentMode;
}

/**
 * Checks the whole problem (the core's rules on top of the file problems) and solves it only when
 * nothing is wrong; otherwise throws every problem at once (exit 2). The core's solver checks its
 * own optimality certificate before returning.
 */
export function checkAndSolve(input: SolveInput): AssignmentResult {
  const problems = [...input.problems];
  const valid = validateAssignmentProblem(input.problem);
  if (!valid.ok) {
    for (const issue of valid.issues) {
      if (!isExcused(issue, input.problem, input.excuses))
        problems.push(coreIssue(issue, input.sources, '--min-score'));
    }
  }
  if (problems.length > 0) throw problemsError(input.command, problems);
  const solved = solveAssignment(input.problem, { mode: input.mode });
  if (!solved.ok)
    throw problemsError(
      input.command,
      solved.issues.map((issue) => coreIssue(issue, input.sources, '--min-score')),
    );
  return solved.value;
}
