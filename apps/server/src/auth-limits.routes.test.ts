import type { ErrorBody } from '@matchready/contract';
import { disposeTestDatabases, testDatabaseKinds } from '@matchready/db';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, PASSWORD, signUp, type TestApp } from './test-app.ts';

// Issue 12: limits that parallel requests cannot beat, on every database the server runs on.
// The production limits (attemptLimits: {}), requests from addresses set by X-Forwarded-For.
const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
const codes = (replies: { status: number }[]) => replies.map((r) => r.status).sort();

for (const kind of testDatabaseKinds()) {
  describe(`attempt limits over HTTP [${kind}]`, () => {
    let t: TestApp;
    beforeEach(async () => {
      t = await createTestApp({}, { kind, attemptLimits: {} });
    });
    afterEach(() => t.dispose());
    afterAll(disposeTestDatabases);

    it('checks 5 of 40 parallel wrong sign-ins for one account and address; the rest get 429', async () => {
      const owner = await signUp(t.app, 'applicant');
      const replies = await Promise.all(
        Array.from({ length: 40 }, (_, k) =>
          createAgent(t.app).post(
            '/api/auth/sign-in',
            { email: owner.email, password: k === 30 ? PASSWORD : 'wrong password' },
            from('203.0.113.9'),
          ),
        ),
      );
      const statuses = codes(replies);
      expect(statuses.filter((s) => s === 401)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(35);
      const limited = replies.find((r) => r.status === 429);
      expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((limited?.body as ErrorBody | undefined)?.error.code).toBe('rate-limited');
    }, 60_000);

    it('limits 40 parallel wrong passwords on delete-account to 5 checks', async () => {
      const owner = await signUp(t.app, 'applicant');
      const replies = await Promise.all(
        Array.from({ length: 40 }, () =>
          owner.delete('/api/account', { password: 'not my password' }),
        ),
      );
      const statuses = codes(replies);
      expect(statuses.filter((s) => s === 400)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(35);
      expect((await owner.get('/api/auth/me')).status).toBe(200);
    }, 60_000);

    it('limits one address spraying 40 accounts at once (30 checked)', async () => {
      const replies = await Promise.all(
        Array.from({ length: 40 }, (_, k) =>
          createAgent(t.app).post(
            '/api/auth/sign-in',
            { email: `sprayed-${k}@example.org`, password: 'Winter2026!' },
            from('198.51.100.7'),
          ),
        ),
      );
      const statuses = codes(replies);
      expect(statuses.filter((s) => s === 401)).toHaveLength(30);
      expect(statuses.filter((s) => s === 429)).toHaveLength(10);
    }, 60_000);

    it('limits 40 parallel sign-ups from one address to 10', async () => {
      const replies = await Promise.all(
        Array.from({ length: 40 }, (_, k) =>
          createAgent(t.app).post(
            '/api/auth/sign-up',
            {
              email: `burst-${k}@example.org`,
              password: PASSWORD,
              displayName: `Burst ${k}`,
              role: 'applicant',
            },
            from('192.0.2.44'),
          ),
        ),
      );
      const statuses = codes(replies);
      expect(statuses.filter((s) => s === 201)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    }, 60_000);
  });
}
