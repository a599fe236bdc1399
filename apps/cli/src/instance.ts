import {
  type Issue,
  type MatchOutcome,
  type MatchProblem,
  solveMatch,
  solveMatchBytes,
} from '@matchready/core';
import type { CliContext } from './command.ts';
import { CliError } from './errors.ts';
import { parseJsonBytes, readFileBytes } from './io.ts';

export interface Solved {
  readonly problem: MatchProblem;
  readonly outcome: MatchOutcome;
}

/**
 * Reads an instance file and solves it; an invalid instance fails with every issue at once.
 * solveMatch() validates shape and NRMP rules itself as its first step, so the untrusted JSON
 * goes straight in: a separate parseProblem() pass would cost ~15% of a 40k-applicant run.
 */
export async function solveFile(file: string, context: CliContext, seed?: number): Promise<Solved> {
  const bytes = await readFileBytes(file, context);
  const options = seed === undefined ? {} : { seed };
  // A plain market is read straight from the bytes (no JSON.parse, decision 050); anything else,
  // and any invalid instance, takes the general path below so errors are worded one way.
  const fast = solveMatchBytes(bytes, options);
  if (fast?.result.ok) return { problem: fast.problem, outcome: fast.result.value };
  const json = parseJsonBytes(file, bytes);
  const result = solveMatch(json as MatchProblem, options);
  if (!result.ok) throw invalidInstance(file, withValues(json, result.issues));
  return { problem: json as MatchProblem, outcome: result.value };
}

function invalidInstance(file: string, issues: readonly Issue[]): CliError {
  const count = issues.length === 1 ? '1 issue' : `${issues.length} issues`;
  return new CliError(
    'invalid-input',
    `"${file}" is not a valid match instance (${count}):`,
    issues,
  );
}

/** Appends the offending value (an unknown id, a bad capacity) when the issue points at one. */
function withValues(json: unknown, issues: readonly Issue[]): Issue[] {
  return issues.map((issue) => {
    let value: unknown = json;
    for (const key of issue.path) {
      value = typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
    }
    const primitive = ['string', 'number', 'boolean'].includes(typeof value) || value === null;
    if (issue.path.length === 0 || !primitive) return issue;
    const shown = JSON.stringify(value);
    return issue.message.includes(shown)
      ? issue
      : { ...issue, message: `${issue.message} (${shown})` };
  });
}
