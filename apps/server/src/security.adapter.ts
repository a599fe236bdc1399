import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Clock, IdGenerator, SessionTokens } from '@matchready/services';

/** 256-bit random tokens for the cookie; the database keeps only their sha-256. */
export const sessionTokens: SessionTokens = {
  generate: () => randomBytes(32).toString('base64url'),
  hash: (token) => createHash('sha256').update(token).digest('base64url'),
};

export const systemClock: Clock = { now: () => new Date() };
export const uuidIds: IdGenerator = { newId: () => randomUUID() };
