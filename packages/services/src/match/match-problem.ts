import { type Issue, type MatchProblem, parseProblem, type Result } from '@matchready/core';
import type { InstanceSummary } from './match-domain.ts';

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

/**
 * An uploaded problem (JSON already parsed, or read from the match CSV): the engine's shape and
 * NRMP rule checks, then the size caps. Every issue of the first failing stage is returned.
 */
export function readProblem(problem: unknown, limits: InstanceLimits): Result<MatchProblem> {
  // parseProblem checks the shape, then the NRMP rules (the same as validateProblem).
  const parsed = parseProblem(problem);
  if (!parsed.ok) return parsed;
  const tooLarge = checkSize(parsed.value, limits);
  return tooLarge.length > 0 ? { ok: false, issues: tooLarge } : parsed;
}
