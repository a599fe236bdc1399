// `npm run fuzz` resolves 'fast-check' to this module: the real library, with assert/check running
// FUZZ_FACTOR times (default 10) the runs each property asks for, on the run's random seed (a
// property's own fixed seed is ignored here, that is the point of fuzzing).
import * as real from '../../node_modules/fast-check/lib/fast-check.js';

const factor = Number(process.env.FUZZ_FACTOR ?? '10');
const seed = Number(process.env.FC_SEED);

function fuzzed<P extends { numRuns?: number; seed?: number }>(params: P | undefined): P {
  const runs = params?.numRuns ?? real.readConfigureGlobal().numRuns ?? 100;
  return { ...(params as P), numRuns: Math.ceil(runs * factor), seed };
}

export * from '../../node_modules/fast-check/lib/fast-check.js';

export const assert: typeof real.assert = ((property, params) =>
  real.assert(property, fuzzed(params))) as typeof real.assert;

export const check: typeof real.check = ((property, params) =>
  real.check(property, fuzzed(params))) as typeof real.check;

export default { ...real.default, assert, check };
