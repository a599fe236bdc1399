import type { PasswordHasher } from '@matchready/services';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

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

/** `verify` reads the parameters from the stored hash, so raising them later keeps old hashes valid. */
export function createArgon2Hasher(parameters: Argon2Parameters = ARGON2_DEFAULTS): PasswordHasher {
  return {
    hash: (password) => hash(password, { ...parameters, algorithm: ARGON2ID }),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        return false; // a malformed stored hash never verifies
      }
    },
  };
}
