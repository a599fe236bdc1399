import { describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './password-hasher.ts';

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

  it('verifies hashes made with other parameters (they are read from the hash)', async () => {
    const cheap = await createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }).hash(
      'pw',
    );
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
    expect(await createArgon2Hasher().verify(cheap, 'pw')).toBe(true);
  });
});
