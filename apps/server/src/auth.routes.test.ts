import type {
  AccountExport,
  ErrorBody,
  InstanceResponse,
  UserResponse,
} from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createAgent,
  createTestApp,
  PASSWORD,
  SMALL_PROBLEM,
  signUp,
  type TestApp,
  uniqueEmail,
} from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

const error = (body: unknown) => (body as ErrorBody).error;

describe('sign-up, sign-in, sign-out', () => {
  it('signs up with a session cookie that is HttpOnly, SameSite=Lax and not readable cross-site', async () => {
    const agent = createAgent(t.app);
    const reply = await agent.post('/api/auth/sign-up', {
      email: 'Amina@Example.org',
      password: PASSWORD,
      displayName: 'Amina',
      role: 'applicant',
    });
    expect(reply.status).toBe(201);
    expect((reply.body as UserResponse).user).toMatchObject({
      email: 'amina@example.org',
      role: 'applicant',
      organisationId: null,
      isDemo: false,
    });
    const cookie = reply.headers.getSetCookie().join('\n');
    expect(cookie).toMatch(/^matchready_session=[\w-]{43}; /);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const me = await agent.get('/api/auth/me');
    expect((me.body as UserResponse).user.email).toBe('amina@example.org');
  });

  it('uses a Secure __Host- cookie when the public origin is https', async () => {
    const secure = await createTestApp({ secureCookies: true });
    try {
      const reply = await createAgent(secure.app).post('/api/auth/sign-up', {
        email: uniqueEmail('secure'),
        password: PASSWORD,
        displayName: 'S',
        role: 'mentor',
      });
      expect(reply.headers.getSetCookie()[0]).toMatch(
        /^__Host-matchready_session=.*; Path=\/; .*HttpOnly; Secure; SameSite=Lax/,
      );
      expect(reply.headers.get('strict-transport-security')).toContain('max-age=31536000');
    } finally {
      await secure.dispose();
    }
  });

  it('creates an organisation for an organisation admin and reports its members', async () => {
    const admin = await signUp(t.app, 'organisation-admin');
    const reply = await admin.get('/api/organisation');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ organisation: { name: 'Test Org' }, members: 1 });
  });

  it('refuses a taken email (any case) with 409 and invalid sign-ups with every issue', async () => {
    const first = await signUp(t.app, 'applicant');
    const again = await createAgent(t.app).post('/api/auth/sign-up', {
      email: first.email.toUpperCase(),
      password: PASSWORD,
      displayName: 'Again',
      role: 'applicant',
    });
    expect(again.status).toBe(409);
    expect(error(again.body).code).toBe('conflict');
    const invalid = await createAgent(t.app).post('/api/auth/sign-up', {
      email: 'nope',
      password: 'short',
      displayName: '',
      role: 'organisation-admin',
    });
    expect(invalid.status).toBe(400);
    expect(
      error(invalid.body)
        .issues?.map((i) => i.path.join('.'))
        .sort(),
    ).toEqual(['displayName', 'email', 'organisationName', 'password']);
    const admin = await createAgent(t.app).post('/api/auth/sign-up', {
      email: uniqueEmail('x'),
      password: PASSWORD,
      displayName: 'Root',
      role: 'site-admin',
    });
    expect(admin.status).toBe(400);
  });

  it('answers a wrong password and an unknown email with the same generic 401', async () => {
    const user = await signUp(t.app, 'mentor');
    const wrong = await createAgent(t.app).post('/api/auth/sign-in', {
      email: user.email,
      password: 'not my password',
    });
    const unknown = await createAgent(t.app).post('/api/auth/sign-in', {
      email: 'nobody@example.org',
      password: 'not my password',
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(error(wrong.body)).toEqual({
      code: 'unauthenticated',
      message: 'Email or password is incorrect',
    });
    expect(error(unknown.body)).toEqual(error(wrong.body));
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('rate-limits sign-in after 5 failures per email and address, with Retry-After', async () => {
    const user = await signUp(t.app, 'applicant');
    const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
    const attempt = (password: string, ip = '203.0.113.7') =>
      createAgent(t.app).post('/api/auth/sign-in', { email: user.email, password }, from(ip));
    for (let i = 0; i < 5; i++) expect((await attempt('wrong password')).status).toBe(401);
    const limited = await attempt(PASSWORD);
    expect(limited.status).toBe(429);
    expect(error(limited.body).code).toBe('rate-limited');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect((await attempt(PASSWORD, '198.51.100.1')).status).toBe(200);
  });

  it('signs out: the cookie is cleared and the session no longer works', async () => {
    const user = await signUp(t.app, 'applicant');
    const token = user.cookie;
    const out = await user.post('/api/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()[0]).toContain('Max-Age=0');
    expect(user.cookie).toBeUndefined();
    user.cookie = token;
    expect((await user.get('/api/auth/me')).status).toBe(401);
  });

  it('answers who is signed in without a 401: the user, then null after signing out', async () => {
    const user = await signUp(t.app, 'applicant');
    const signedIn = await user.get('/api/auth/session');
    expect(signedIn.status).toBe(200);
    expect((signedIn.body as { user: { email: string } | null }).user?.email).toBe(user.email);
    await user.post('/api/auth/sign-out');
    const signedOut = await user.get('/api/auth/session');
    expect(signedOut.status).toBe(200);
    expect(signedOut.body).toEqual({ user: null });
    const stranger = createAgent(t.app);
    stranger.cookie = 'forged-token';
    expect((await stranger.get('/api/auth/session')).body).toEqual({ user: null });
  });

  it('ignores a forged session cookie', async () => {
    const agent = createAgent(t.app);
    agent.cookie = 'forged-token';
    const reply = await agent.get('/api/auth/me');
    expect(reply.status).toBe(401);
    expect(reply.headers.getSetCookie()[0]).toContain('Max-Age=0');
  });
});

describe('account', () => {
  it('changes the password and ends the other sessions, keeping this one', async () => {
    const laptop = await signUp(t.app, 'applicant');
    const phone = createAgent(t.app);
    await phone.post('/api/auth/sign-in', { email: laptop.email, password: PASSWORD });
    const wrong = await laptop.post('/api/account/password', {
      currentPassword: 'not it at all',
      newPassword: 'a new long password',
    });
    expect(wrong.status).toBe(400);
    expect(error(wrong.body).issues?.[0]?.path).toEqual(['currentPassword']);
    const changed = await laptop.post('/api/account/password', {
      currentPassword: PASSWORD,
      newPassword: 'a new long password',
    });
    expect(changed.status).toBe(204);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    const old = await createAgent(t.app).post('/api/auth/sign-in', {
      email: laptop.email,
      password: PASSWORD,
    });
    expect(old.status).toBe(401);
    const fresh = await createAgent(t.app).post('/api/auth/sign-in', {
      email: laptop.email,
      password: 'a new long password',
    });
    expect(fresh.status).toBe(200);
  });

  it('exports my profile, instances and runs, and nothing of anyone else', async () => {
    const me = await signUp(t.app, 'applicant');
    const someone = await signUp(t.app, 'applicant');
    await me.put('/api/profile', { countryOfTraining: 'Pakistan', step2Score: 251 });
    await someone.put('/api/profile', { countryOfTraining: 'Brazil', step2Score: 233 });
    const content = JSON.stringify(SMALL_PROBLEM);
    const mine = await me.post('/api/match/instances', {
      name: 'My list',
      format: 'json',
      content,
    });
    const theirs = await someone.post('/api/match/instances', {
      name: 'Their list',
      format: 'json',
      content,
    });
    const myInstance = (mine.body as InstanceResponse).instance.id;
    await me.post(`/api/match/instances/${myInstance}/runs`);
    const reply = await me.get('/api/account/export');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toContain('attachment');
    const data = reply.body as AccountExport;
    expect(data.user.email).toBe(me.email);
    expect(data.profile).toMatchObject({ countryOfTraining: 'Pakistan', step2Score: 251 });
    expect(data.matchInstances.map((i) => [i.name, i.problem])).toEqual([
      ['My list', SMALL_PROBLEM],
    ]);
    expect(data.matchRuns.map((r) => r.instanceId)).toEqual([myInstance]);
    expect(reply.text).not.toContain('Brazil');
    expect(reply.text).not.toContain(someone.email);
    expect(reply.text).not.toContain((theirs.body as InstanceResponse).instance.id);
  });

  it('deletes the account with all its data once the password is confirmed', async () => {
    const me = await signUp(t.app, 'applicant');
    const other = await signUp(t.app, 'applicant');
    await me.put('/api/profile', { countryOfTraining: 'Egypt' });
    const created = await me.post('/api/match/instances', {
      name: 'Mine',
      format: 'json',
      content: JSON.stringify(SMALL_PROBLEM),
    });
    const instanceId = (created.body as InstanceResponse).instance.id;
    expect((await me.delete('/api/account', { password: 'wrong password' })).status).toBe(400);
    const deleted = await me.delete('/api/account', { password: PASSWORD });
    expect(deleted.status).toBe(204);
    expect((await me.get('/api/auth/me')).status).toBe(401);
    const signIn = await createAgent(t.app).post('/api/auth/sign-in', {
      email: me.email,
      password: PASSWORD,
    });
    expect(signIn.status).toBe(401);
    const db = t.database.db;
    expect(
      await db.selectFrom('users').where('email', '=', me.email).selectAll().execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('match_instances').where('id', '=', instanceId).selectAll().execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('applicant_profiles')
        .where('user_id', '=', me.userId)
        .selectAll()
        .execute(),
    ).toEqual([]);
    expect(
      await db.selectFrom('sessions').where('user_id', '=', me.userId).selectAll().execute(),
    ).toEqual([]);
    expect((await other.get('/api/auth/me')).status).toBe(200);
  });
});
