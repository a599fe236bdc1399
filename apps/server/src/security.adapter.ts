import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock, IdGenerator, PasswordHasher, SessionTokens } from '@matchready/services';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. Tests may pass cheaper parameters. */
export interface Argon2Parameters {
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}
export const ARGON2_DEFAULTS: Argon2Parameters = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Algorithm.Argon2id; the enum is `const` in the typings, so its value is spelled out here. */
const ARGON2ID = 2 as Algorithm;

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

/** 256-bit random tokens for the cookie; the database keeps only their sha-256. */
export const sessionTokens: SessionTokens = {
  generate: () => randomBytes(32).toString('base64url'),
  hash: (token) => createHash('sha256').update(token).digest('base64url'),
};

export const systemClock: Clock = { now: () => new Date() };
export const uuidIds: IdGenerator = { newId: () => randomUUID() };
