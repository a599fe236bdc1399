import { explainOutcome, type MatchProblem, solveMatch } from '@matchready/core';
import type { MatchEngine } from './match-ports.ts';

/** The engine on the calling thread: for service tests, the CLI, and small instances. */
export function createInProcessMatchEngine(): MatchEngine {
  return {
    solve: async (problemJson) => solveMatch(JSON.parse(problemJson) as MatchProblem),
    explain: async (problem, outcome, applicantId) => explainOutcome(problem, outcome, applicantId),
  };
}
