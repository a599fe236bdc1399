import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chooseFastCheckSeed } from './scripts/vitest/fast-check-seed.ts';

// `npm run fuzz`: the property tests (all in packages/core) with a random seed and FUZZ_FACTOR
// (default 10) times their runs. Not part of `npm test`; a failure prints the seed to replay:
// FC_SEED=<seed> npm run fuzz. Every counterexample found becomes a named regression test.
process.env.TZ = 'UTC';
process.env.FUZZ = 'true';
const fastCheck = chooseFastCheckSeed(process.env);
process.env.FC_SEED = String(fastCheck.seed);
console.log(
  `fuzz: fast-check seed ${fastCheck.seed} (${fastCheck.why}), ×${process.env.FUZZ_FACTOR ?? '10'} runs; replay with FC_SEED=${fastCheck.seed} npm run fuzz`,
);

export default defineConfig({
  resolve: {
    alias: [
      {
        find: /^fast-check$/,
        replacement: fileURLToPath(new URL('./scripts/vitest/fast-check-fuzz.ts', import.meta.url)),
      },
    ],
  },
  test: {
    name: 'fuzz',
    maxWorkers: 2,
    include: ['packages/core/src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./scripts/vitest/fast-check.setup.ts'],
    testTimeout: 600_000,
  },
});
