import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, type TestApp } from './test-app.ts';

let dist: string;
let t: TestApp;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'matchready-web-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>MatchReady</title>');
  await writeFile(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(dist, 'favicon.svg'), '<svg/>');
  t = await createTestApp({ webDistDir: dist });
});
afterAll(async () => {
  await t.dispose();
  await rm(dist, { recursive: true, force: true });
});

describe('the built web app', () => {
  it('serves index.html at / and for client-side routes, revalidated each time', async () => {
    const agent = createAgent(t.app);
    for (const path of ['/', '/match/instances/123', '/profile']) {
      const reply = await agent.get(path);
      expect(reply.status, path).toBe(200);
      expect(reply.text).toContain('<title>MatchReady</title>');
      expect(reply.headers.get('cache-control')).toBe('no-cache');
      expect(reply.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
  });

  it('serves hashed assets with a long cache, and 404s a missing one', async () => {
    const agent = createAgent(t.app);
    const asset = await agent.get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.text).toBe('console.log(1)');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const missing = await agent.get('/assets/missing-000.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toBe('no-store');
    expect((await agent.get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('never answers /api paths with the app shell, nor escapes the dist folder', async () => {
    const agent = createAgent(t.app);
    const apiReply = await agent.get('/api/nothing-here');
    expect(apiReply.status).toBe(404);
    expect(apiReply.headers.get('content-type')).toContain('application/json');
    const traversal = await agent.get('/..%2f..%2fetc/passwd');
    expect(traversal.text).not.toContain('root:');
  });

  it('says how to build it when there is no build', async () => {
    const bare = await createTestApp({ webDistDir: join(dist, 'missing') });
    try {
      const home = await createAgent(bare.app).get('/');
      expect(home.status).toBe(200);
      expect(home.text).toContain('npm run build -w apps/web');
      expect((await createAgent(bare.app).get('/profile')).status).toBe(404);
    } finally {
      await bare.dispose();
    }
  });
});
