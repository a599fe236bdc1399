import { ENDPOINTS, type ErrorBody, MAX_JSON_BODY_BYTES } from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, PASSWORD, signUp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

const error = (body: unknown) => (body as ErrorBody).error;

describe('the HTTP contract', () => {
  it('mounts exactly the endpoints of the contract registry', () => {
    const mounted = new Set(
      t.app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${r.path}`),
    );
    expect([...mounted].sort()).toEqual(ENDPOINTS.map((e) => `${e.method} ${e.path}`).sort());
  });

  it('answers health and serves an OpenAPI 3.1 document with every endpoint', async () => {
    const agent = createAgent(t.app);
    expect((await agent.get('/api/health')).body).toEqual({ status: 'ok', version: 'test' });
    const doc = (await agent.get('/api/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(operations.sort()).toEqual(ENDPOINTS.map((e) => e.id).sort());
  });

  it('answers unknown API routes and ids with a JSON 404', async () => {
    const agent = await signUp(t.app, 'applicant');
    const route = await agent.get('/api/does-not-exist');
    expect(route.status).toBe(404);
    expect(error(route.body).code).toBe('not-found');
    const id = await agent.get('/api/match/instances/00000000-0000-4000-8000-000000000000');
    expect(id.status).toBe(404);
    expect(error(id.body)).toEqual({ code: 'not-found', message: 'Match instance was not found' });
  });

  it('sets security headers and keeps API answers out of caches', async () => {
    const reply = await createAgent(t.app).get('/api/health');
    const csp = reply.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff');
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('request bodies', () => {
  it('answers malformed JSON with 400 invalid-input, never a 500', async () => {
    const reply = await createAgent(t.app).request('POST', '/api/auth/sign-in', {
      raw: '{"email": "a@b.org", "password": ',
    });
    expect(reply.status).toBe(400);
    expect(error(reply.body)).toEqual({
      code: 'invalid-input',
      message: 'Request body is not valid JSON',
    });
    expect(reply.text).not.toContain('at ');
  });

  it('requires a JSON content type and a body where one is expected', async () => {
    const agent = createAgent(t.app);
    const form = await agent.request('POST', '/api/auth/sign-in', {
      raw: '{"email":"a@b.org","password":"x"}',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(400);
    expect(error(form.body).message).toContain('Content-Type: application/json');
    const empty = await agent.post('/api/auth/sign-in');
    expect(empty.status).toBe(400);
    expect(error(empty.body).message).toBe('A JSON request body is required');
  });

  it('reports every zod issue with its path', async () => {
    const reply = await createAgent(t.app).post('/api/auth/sign-in', { email: 42 });
    expect(reply.status).toBe(400);
    expect(error(reply.body).issues?.map((i) => i.path)).toEqual([['email'], ['password']]);
  });

  it('refuses bodies over 100 KB with 413 (instances may be up to 10 MB)', async () => {
    const agent = await signUp(t.app, 'applicant');
    const big = { email: 'a@b.org', password: 'x'.repeat(MAX_JSON_BODY_BYTES) };
    const reply = await createAgent(t.app).post('/api/auth/sign-in', big);
    expect(reply.status).toBe(413);
    expect(error(reply.body).code).toBe('payload-too-large');
    // The same size is fine for an instance upload (it fails later, on content).
    const upload = await agent.post('/api/match/instances', {
      name: 'big',
      format: 'json',
      content: `"${'x'.repeat(MAX_JSON_BODY_BYTES)}"`,
    });
    expect(upload.status).toBe(400);
    const tooBig = await agent.post('/api/match/instances', {
      name: 'huge',
      format: 'json',
      content: 'x'.repeat(10 * 1024 * 1024 + 1),
    });
    expect(tooBig.status).toBe(413);
  });
});

describe('CSRF', () => {
  it('rejects a cross-origin POST even with a valid session and a JSON body', async () => {
    const user = await signUp(t.app, 'applicant');
    const hostile = await user.post(
      '/api/profile',
      {},
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(hostile.status).toBe(403);
    expect(error(hostile.body)).toEqual({
      code: 'forbidden',
      message: 'Cross-site request rejected',
    });
    const put = await user.put(
      '/api/profile',
      { countryOfTraining: 'Nowhere' },
      { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } },
    );
    expect(put.status).toBe(403);
    expect((await user.get('/api/profile')).body).toEqual({ profile: null });
  });

  it('rejects a cross-site form post, and one marked cross-site without an Origin', async () => {
    const user = await signUp(t.app, 'applicant');
    const form = await user.request('POST', '/api/auth/sign-out', {
      raw: 'a=1',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
    });
    expect(form.status).toBe(403);
    const noOrigin = await t.app.request('/api/account', {
      method: 'DELETE',
      headers: {
        cookie: `matchready_session=${user.cookie}`,
        'content-type': 'application/json',
        'sec-fetch-site': 'same-site',
      },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(noOrigin.status).toBe(403);
    expect((await user.get('/api/auth/me')).status).toBe(200);
  });

  it('accepts the PUBLIC_ORIGIN behind a proxy, and non-browser JSON clients', async () => {
    const proxied = await createTestApp({ publicOrigin: 'https://match.example.org' });
    try {
      const agent = createAgent(proxied.app);
      const reply = await agent.post(
        '/api/auth/sign-in',
        { email: 'x@example.org', password: 'whatever!' },
        { headers: { origin: 'https://match.example.org' } },
      );
      expect(reply.status).toBe(401);
      const local = await agent.post(
        '/api/auth/sign-in',
        { email: 'x@example.org', password: 'whatever!' },
        { headers: { origin: 'http://localhost' } },
      );
      expect(local.status).toBe(403);
    } finally {
      await proxied.dispose();
    }
    const curl = await t.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'x@example.org', password: 'whatever!' }),
    });
    expect(curl.status).toBe(401);
  });
});
