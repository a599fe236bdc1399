// Which seed the property tests use, chosen once per Vitest invocation (in the config, which runs
// in the main process) and handed to every worker through FC_SEED.
//
// - FC_SEED=<n> set by hand: that seed (to replay a failure).
// - CI=true (and not fuzzing): the fixed seed 20261202, so a CI failure replays exactly.
// - otherwise (local runs, `npm run fuzz`): a fresh random seed, printed.

export const CI_SEED = 20261202;

export function chooseFastCheckSeed(env: NodeJS.ProcessEnv): { seed: number; why: string } {
  const given = env.FC_SEED;
  if (given !== undefined && /^-?\d+$/.test(given)) return { seed: Number(given), why: 'FC_SEED' };
  if (env.CI === 'true' && env.FUZZ !== 'true')
    return { seed: CI_SEED, why: 'fixed under CI=true' };
  return { seed: Math.floor(Math.random() * 2 ** 31), why: 'random' };
}
