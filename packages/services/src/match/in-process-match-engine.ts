import { explainOutcome, solveMatch } from '@matchready/core';
import type { MatchEngine } from './match-ports.ts';

/** The engine on the calling thread: for service tests, the CLI, and small instances. */
export function createInProcessMatchEngine(): MatchEngine {
  return {
    solve: async (problem) => solveMatch(problem),
    explain: async (problem, outcome, applicantId) => explainOutcome(problem, outcome, applicantId),
  };
}
