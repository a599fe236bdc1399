// The match engine's public entry points. Its internals (compiled problem, matching state,
// instability chaining) live in ./engine/; the records and codes it speaks are vocabulary.
export * from '../vocabulary/matching.ts';
export { findBlockingPairs } from './blocking-pairs.ts';
export {
  ADMITTING_REASONS,
  type ChoiceExplanation,
  type Explanation,
  explainOutcome,
} from './explain.ts';
export { type GenerateOptions, generateInstance } from './generate.ts';
export type { Matching } from './matching-view.ts';
export {
  type SolvedBytes,
  type SolveOptions,
  solveMatch,
  solveMatchBytes,
} from './solve.ts';
export { type SinglesMarket, type SinglesOutcome, solveSingles } from './solve-singles.ts';
export { parseProblem, validateProblem } from './validate.ts';
