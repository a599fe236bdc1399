import { describe, expect, it } from 'vitest';
import { sessionTokens } from './security.adapter.ts';

describe('session tokens', () => {
  it('are 256-bit random and stored as their sha-256', () => {
    const a = sessionTokens.generate();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sessionTokens.generate()).not.toBe(a);
    // sha-256("abc"), base64url.
    expect(sessionTokens.hash('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0');
  });
});
