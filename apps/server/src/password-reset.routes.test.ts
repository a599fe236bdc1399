import { api } from '@matchready/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, PASSWORD, signUp, type TestApp } from './test-app.ts';
import {
  decodeQuotedPrintable,
  type LoopbackSmtp,
  startLoopbackSmtp,
} from './testing/loopback-smtp.ts';

const ORIGIN = 'http://localhost:5173';

describe('password reset over real SMTP (smtp-server on loopback)', () => {
  let smtp: LoopbackSmtp;
  let app: TestApp['app'];
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    const test = await createTestApp(
      { mail: { smtp: true, demo: false } },
      {
        // The production attempt limits (the reset limit is tested below).
        attemptLimits: {},
        mail: { smtpUrl: smtp.url, from: 'MatchReady <no-reply@matchready.test>' },
        linkOrigin: ORIGIN,
      },
    );
    app = test.app;
    dispose = test.dispose;
  });
  afterAll(async () => {
    await smtp.close();
    await dispose();
  });

  it('mails a single-use link that sets the password and ends every session', async () => {
    const user = await signUp(app, 'applicant');
    const laptop = createAgent(app);
    expect(
      (await laptop.post(api.signIn.path, { email: user.email, password: PASSWORD })).status,
    ).toBe(200);

    const asked = await createAgent(app).post(api.requestPasswordReset.path, { email: user.email });
    expect(asked.status).toBe(204);
    const mail = await smtp.nextMail();
    expect(mail.to).toEqual([user.email]);
    expect(mail.from).toBe('no-reply@matchready.test');
    expect(mail.raw).toMatch(/^Subject: Reset your MatchReady password/m);
    const link = /(http:\/\/localhost:5173\/reset-password\?token=[\w-]+)/.exec(
      decodeQuotedPrintable(mail.raw),
    )?.[1];
    expect(link).toBeDefined();
    const token = new URL(link as string).searchParams.get('token') as string;

    const browser = createAgent(app);
    const confirmed = await browser.post(api.confirmPasswordReset.path, {
      token,
      password: 'a brand new password',
    });
    expect(confirmed.status, confirmed.text).toBe(204);
    // Both earlier sessions are over.
    expect((await user.get(api.me.path)).status).toBe(401);
    expect((await laptop.get(api.me.path)).status).toBe(401);
    // The new password signs in; the old one no longer does.
    const old = await createAgent(app).post(api.signIn.path, {
      email: user.email,
      password: PASSWORD,
    });
    expect(old.status).toBe(401);
    const fresh = await browser.post(api.signIn.path, {
      email: user.email,
      password: 'a brand new password',
    });
    expect(fresh.status).toBe(200);
    // The link works once.
    const again = await createAgent(app).post(api.confirmPasswordReset.path, {
      token,
      password: 'yet another password',
    });
    expect(again.status).toBe(400);
    expect((again.body as { error: { issues: { code: string }[] } }).error.issues[0]?.code).toBe(
      'invalid-token',
    );
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const before = smtp.received.length;
    const agent = createAgent(app);
    const reply = await agent.post(
      api.requestPasswordReset.path,
      { email: 'nobody-here@example.org' },
      { headers: { 'x-forwarded-for': '10.1.1.1' } },
    );
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.length).toBe(before);
  });

  it('limits requests per address (429 on the fourth in the window), known or not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const reply = await createAgent(app).post(
        api.requestPasswordReset.path,
        { email: 'limited@example.org' },
        { headers: { 'x-forwarded-for': `10.2.0.${i}` } },
      );
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([204, 204, 204, 429]);
  });

  it('refuses a made-up token and a short password with the field named', async () => {
    const bad = await createAgent(app).post(api.confirmPasswordReset.path, {
      token: 'not-a-real-token',
      password: 'long enough password',
    });
    expect(bad.status).toBe(400);
    const short = await createAgent(app).post(api.confirmPasswordReset.path, {
      token: 'whatever',
      password: 'short',
    });
    expect(short.status).toBe(400);
    expect(short.text).toContain('password');
  });
});
