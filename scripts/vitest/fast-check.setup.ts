// Vitest setup file for every project: one fast-check seed for the whole run (see
// fast-check-seed.ts). A property that passes its own `seed` keeps it; `numRuns` stays per test.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED);
if (Number.isInteger(seed)) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
