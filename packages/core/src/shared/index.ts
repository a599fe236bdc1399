export { InvariantError, invariant } from './invariant.ts';
export { createRandom, type Random, shuffled } from './random.ts';
export { fail, formatPath, type Issue, ok, type Result } from './result.ts';
