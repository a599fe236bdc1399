import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import type { AppEnv } from './context.ts';

const NOT_BUILT = `MatchReady's API is running, but the web app has not been built.
Build it with: npm run build -w apps/web (then restart the server).
API: /api/health · OpenAPI: /api/openapi.json
`;

/** Vite puts content-hashed files under /assets: they never change, so cache them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web app from `dist` with an SPA fallback (any other non-/api GET gets
 * index.html, revalidated on every load). Returns false when there is no build.
 */
export function serveWebApp(app: Hono<AppEnv>, dist: string | undefined): boolean {
  if (!dist || !existsSync(join(dist, 'index.html'))) {
    app.get('/', (c) => c.text(NOT_BUILT, 200, { 'Cache-Control': 'no-store' }));
    return false;
  }
  const files = serveStatic<AppEnv>({ root: dist });
  const shell = serveStatic<AppEnv>({ root: dist, path: 'index.html' });
  const isApi = (path: string) => path === '/api' || path.startsWith('/api/');
  // serveStatic builds its response before onFound runs, so the header is set up front.
  app.get('*', async (c, next) => {
    if (isApi(c.req.path)) return next();
    c.header('Cache-Control', c.req.path.startsWith('/assets/') ? IMMUTABLE : 'no-cache');
    return files(c, next);
  });
  app.get('*', async (c, next) => {
    // A missing hashed asset is a real 404, not the app shell.
    if (isApi(c.req.path) || c.req.path.startsWith('/assets/')) return next();
    c.header('Cache-Control', 'no-cache');
    return shell(c, next);
  });
  return true;
}
