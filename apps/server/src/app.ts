import { getConnInfo } from '@hono/node-server/conninfo';
import { ENDPOINTS, type MatchProblemJson } from '@matchready/contract';
import type { Services } from '@matchready/services';
import { type Context, Hono } from 'hono';
import type { AppEnv } from './http/context.ts';
import { createRouter } from './http/endpoint.ts';
import { createErrorHandler, sendError } from './http/errors.ts';
import { csrfProtection, securityHeaders } from './http/security.ts';
import { createSessionCookie } from './http/session-cookie.ts';
import { serveWebApp } from './http/web-app.ts';
import type { Logger } from './logger.ts';
import { registerAccountRoutes } from './routes/account.routes.ts';
import { registerAuthRoutes } from './routes/auth.routes.ts';
import { registerDirectoryRoutes } from './routes/directory.routes.ts';
import { registerInterviewRoutes } from './routes/interview.routes.ts';
import { registerMailRoutes } from './routes/mail.routes.ts';
import { registerMatchRoutes } from './routes/match.routes.ts';
import { registerMentorshipRoutes } from './routes/mentorship.routes.ts';
import { registerMentorshipExtrasRoutes } from './routes/mentorship-extras.routes.ts';
import { registerMentorshipProgramRoutes } from './routes/mentorship-programs.routes.ts';
import { registerMetaRoutes } from './routes/meta.routes.ts';
import { registerOrganisationAdminRoutes } from './routes/organisation-admin.routes.ts';
import { registerProfileRoutes } from './routes/profile.routes.ts';
import { registerProgramInvitationRoutes } from './routes/program-invitations.routes.ts';
import { registerProgramRoutes } from './routes/programs.routes.ts';
import { registerTimelineRoutes } from './routes/timeline.routes.ts';

export interface AppDeps {
  readonly services: Services;
  readonly logger: Logger;
  readonly version: string;
  readonly sampleInstance: MatchProblemJson | null;
  readonly publicOrigin?: string | undefined;
  readonly secureCookies?: boolean;
  /** Take the client address from the last X-Forwarded-For entry (set by our proxy). */
  readonly trustProxy?: boolean;
  /** apps/web/dist; the web app is served when it holds an index.html. */
  readonly webDistDir?: string | undefined;
  /** Mail goes to SMTP (else the outbox); demo mode opens the outbox of any address. */
  readonly mail?: { readonly smtp: boolean; readonly demo: boolean };
  /** Origin of links the API hands out (calendar feeds); Config.linkOrigin. */
  readonly linkOrigin?: string;
  /** Check every response against the contract (tests). */
  readonly validateResponses?: boolean;
}

function clientAddressOf(trustProxy: boolean) {
  return (c: Context): string => {
    const forwarded = trustProxy ? c.req.header('x-forwarded-for') : undefined;
    if (forwarded) return forwarded.split(',').at(-1)?.trim() || 'unknown';
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown'; // in-process requests (tests) have no socket
    }
  };
}

/** Composes the HTTP app: security middleware, session lookup, contract routes, web app. */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const cookie = createSessionCookie(deps.secureCookies ?? false);
  const router = createRouter(app, { validateResponses: deps.validateResponses ?? false });

  app.onError(createErrorHandler(deps.logger));
  app.use('*', securityHeaders(deps.secureCookies ?? false));
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const started = performance.now();
    await next();
    deps.logger.debug('request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });
  app.use('/api/*', csrfProtection(deps.publicOrigin));
  app.use('/api/*', async (c, next) => {
    c.set('auth', null);
    const token = cookie.read(c);
    if (token) {
      const auth = await deps.services.auth.authenticate(token);
      if (!auth) cookie.clear(c);
      else {
        c.set('auth', auth);
        if (auth.renewedUntil) cookie.set(c, token, auth.renewedUntil);
      }
    }
    await next();
  });

  const routeDeps = {
    router,
    services: deps.services,
    cookie,
    clientAddress: clientAddressOf(deps.trustProxy ?? false),
  };
  registerMetaRoutes(routeDeps, { version: deps.version, sampleInstance: deps.sampleInstance });
  registerAuthRoutes(routeDeps);
  registerAccountRoutes(routeDeps);
  registerProfileRoutes(routeDeps);
  registerMatchRoutes(routeDeps);
  registerDirectoryRoutes(routeDeps);
  registerInterviewRoutes(routeDeps);
  registerProgramRoutes(routeDeps);
  registerMentorshipRoutes(routeDeps);
  registerMentorshipExtrasRoutes(routeDeps);
  registerMentorshipProgramRoutes(routeDeps);
  registerMailRoutes(routeDeps, deps.mail ?? { smtp: false, demo: false });
  registerTimelineRoutes(routeDeps, { linkOrigin: deps.linkOrigin ?? 'http://localhost' });
  registerProgramInvitationRoutes(routeDeps);
  registerOrganisationAdminRoutes(routeDeps);

  const missing = ENDPOINTS.filter((endpoint) => !router.mounted.has(endpoint.id));
  if (missing.length > 0) {
    throw new Error(`Endpoints without a route: ${missing.map((e) => e.id).join(', ')}`);
  }

  serveWebApp(app, deps.webDistDir);
  app.notFound((c) => {
    c.header('Cache-Control', 'no-store');
    return sendError(c, 'not-found', `Nothing at ${c.req.method} ${c.req.path}`);
  });
  return app;
}
