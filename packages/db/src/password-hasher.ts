import { availableParallelism } from 'node:os';
import type { PasswordHasher } from '@matchready/services';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import pLimit from 'p-limit';

/**
 * How passwords are stored: argon2id. The one place for its parameters, used by the server and
 * by the CLI (`matchready users create-admin`), so every stored hash is made the same way.
 */
export interface Argon2Parameters {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Tests may pass cheaper parameters. */
export const ARGON2_DEFAULTS: Argon2Parameters = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Algorithm.Argon2id; the enum is `const` in the typings, so its value is spelled out here. */
const ARGON2ID = 2 as Algorithm;

/**
 * Hashes run at most this many at a time: one core fewer than the machine has (at least one), so
 * a wave of sign-ins queues for the hasher instead of taking every core from the reads. On the
 * 2-core reference machine, 4 accounts signing in over and over pushed read p99 from ~22 ms to
 * over 100 ms (docs/benchmarks.md).
 */
export const defaultHashConcurrency = (): number => Math.max(1, availableParallelism() - 1);

/** `verify` reads the parameters from the stored hash, so raising them later keeps old hashes valid. */
export interface Argon2Hasher extends PasswordHasher {
  /** Hashes and verifications running now, and waiting for a turn. */
  queue(): { readonly running: number; readonly waiting: number };
}

export function createArgon2Hasher(
  parameters: Argon2Parameters = ARGON2_DEFAULTS,
  concurrency = defaultHashConcurrency(),
): Argon2Hasher {
  const limit = pLimit(concurrency);
  return {
    queue: () => ({ running: limit.activeCount, waiting: limit.pendingCount }),
    hash: (password) => limit(() => hash(password, { ...parameters, algorithm: ARGON2ID })),
    verify: (stored, password) =>
      limit(async () => {
        try {
          return await verify(stored, password);
        } catch {
          return false; // a malformed stored hash never verifies
        }
      }),
  };
}
