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

  it('runs at most `concurrency` hashes at once; the rest wait their turn and still finish', async () => {
    const hasher = createArgon2Hasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 }, 1);
    const work = [hasher.hash('a'), hasher.verify('not a hash', 'b'), hasher.hash('c')];
    await Promise.resolve();
    expect(hasher.queue()).toEqual({ running: 1, waiting: 2 });
    const [a, wrong, c] = await Promise.all(work);
    expect(wrong).toBe(false);
    expect(await hasher.verify(a as string, 'a')).toBe(true);
    expect(await hasher.verify(c as string, 'c')).toBe(true);
    expect(hasher.queue()).toEqual({ running: 0, waiting: 0 });
  });
});
