import { describe, expect, it } from 'vitest';
import { createArgon2Hasher, sessionTokens } from './security.adapter.ts';

describe('argon2 password hasher', () => {
  it('hashes with argon2id at the OWASP parameters, salted, and verifies', async () => {
    const hasher = createArgon2Hasher();
    const hash = await hasher.hash('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.hash('correct horse battery')).not.toBe(hash);
    expect(await hasher.verify(hash, 'correct horse battery')).toBe(true);
    expect(await hasher.verify(hash, 'correct horse batterY')).toBe(false);
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });
});

describe('session tokens', () => {
  it('are 256-bit random and stored as their sha-256', () => {
    const a = sessionTokens.generate();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionTokens.generate()).not.toBe(a);
    // sha-256("abc"), base64url.
    expect(sessionTokens.hash('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});
