export { findBlockingPairs } from './blocking-pairs.ts';
export {
  ADMITTING_REASONS,
  type ChoiceExplanation,
  type Explanation,
  type ExplanationCode,
  explainOutcome,
  type ProgramReason,
} from './explain.ts';
export { type GenerateOptions, generateInstance } from './generate.ts';
export type { Matching } from './matching-view.ts';
export type * from './outcome.ts';
export type * from './problem.ts';
export { type SolveOptions, solveMatch } from './solve.ts';
export { type SinglesMarket, type SinglesOutcome, solveSingles } from './solve-singles.ts';
export { parseProblem, validateProblem } from './validate.ts';
