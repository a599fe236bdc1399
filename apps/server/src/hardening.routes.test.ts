import type { ErrorBody } from '@matchready/contract';
import { api } from '@matchready/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, signUp, type TestApp } from './test-app.ts';

// Issue 12, item 9: HTTP details found by probing.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.dispose());

const huge = JSON.stringify({ currentPassword: 'x'.repeat(200 * 1024), newPassword: 'y' });

describe('HTTP hardening', () => {
  it('answers an oversized body with 413 and Connection: close', async () => {
    const user = await signUp(t.app, 'applicant');
    const reply = await user.request('POST', api.changePassword.path, { raw: huge });
    expect(reply.status).toBe(413);
    expect(reply.headers.get('connection')).toBe('close');
    expect((reply.body as ErrorBody).error.code).toBe('payload-too-large');
  });

  it('checks access before the body limit: a stranger’s large body gets 401, unread', async () => {
    const reply = await createAgent(t.app).request('POST', api.changePassword.path, { raw: huge });
    expect(reply.status).toBe(401);
  });

  it('forbids framing with both X-Frame-Options and frame-ancestors', async () => {
    const reply = await createAgent(t.app).get('/api/health');
    expect(reply.headers.get('x-frame-options')).toBe('DENY');
    expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('caps the issues of any error body at 100 plus a count', async () => {
    const user = await signUp(t.app, 'applicant');
    const programs = Array.from({ length: 300 }, (_, k) => ({
      id: `P${k}`,
      capacity: -1,
      ranking: [],
    }));
    const reply = await user.post(api.createInstance.path, {
      name: 'Too many issues',
      format: 'json',
      content: JSON.stringify({ programs, applicants: [] }),
    });
    expect(reply.status).toBe(400);
    const issues = (reply.body as ErrorBody).error.issues ?? [];
    expect(issues).toHaveLength(101);
    expect(issues[100]?.code).toBe('more-issues');
  });
});
