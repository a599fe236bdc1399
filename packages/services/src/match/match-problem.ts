import {
  type Issue,
  type MatchProblem,
  parseProblem,
  type Result,
  validateProblem,
} from '@matchready/core';
import { locateCsvIssue, parseMatchCsv } from './match-csv.ts';
import type { InstanceSummary } from './match-domain.ts';

export type InstanceFormat = 'json' | 'csv';

export interface InstanceLimits {
  readonly maxApplicants: number;
  readonly maxPrograms: number;
}

export function summarise(problem: MatchProblem): InstanceSummary {
  let positions = 0;
  for (const program of problem.programs) positions += program.capacity;
  return {
    applicants: problem.applicants.length,
    programs: problem.programs.length,
    couples: problem.couples?.length ?? 0,
    positions,
  };
}

function checkSize(problem: MatchProblem, limits: InstanceLimits): Issue[] {
  const issues: Issue[] = [];
  if (problem.applicants.length > limits.maxApplicants) {
    issues.push({
      code: 'too-large',
      path: ['applicants'],
      message: `Saved instances hold at most ${limits.maxApplicants} applicants (this one has ${problem.applicants.length}); use the CLI for bigger simulations`,
    });
  }
  if (problem.programs.length > limits.maxPrograms) {
    issues.push({
      code: 'too-large',
      path: ['programs'],
      message: `Saved instances hold at most ${limits.maxPrograms} programs (this one has ${problem.programs.length}); use the CLI for bigger simulations`,
    });
  }
  return issues;
}

function parseJson(content: string): Result<unknown> {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    return {
      ok: false,
      issues: [
        { code: 'invalid-json', path: [], message: `The file is not valid JSON: ${reason}` },
      ],
    };
  }
}

/**
 * Reads an uploaded instance file: syntax (JSON, or CSV with line numbers), the engine's shape
 * and rule checks, and the size caps. Every issue of the first failing stage is returned.
 */
export function readInstance(
  format: InstanceFormat,
  content: string,
  limits: InstanceLimits,
): Result<MatchProblem> {
  if (format === 'csv') {
    const parsed = parseMatchCsv(content);
    if (!parsed.ok) return parsed;
    const { problem, lines } = parsed.value;
    const tooLarge = checkSize(problem, limits);
    if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
    const issues = validateProblem(problem);
    if (issues.length > 0) {
      return { ok: false, issues: issues.map((issue) => locateCsvIssue(issue, lines)) };
    }
    return { ok: true, value: problem };
  }
  const json = parseJson(content);
  if (!json.ok) return json;
  // parseProblem checks the shape, then the NRMP rules (the same as validateProblem).
  const parsed = parseProblem(json.value);
  if (!parsed.ok) return parsed;
  const tooLarge = checkSize(parsed.value, limits);
  return tooLarge.length > 0 ? { ok: false, issues: tooLarge } : parsed;
}
