import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Strict CSP for the Vite-built app: scripts only from this origin; inline styles allowed
 * because Mantine injects them; no framing, no plugins.
 */
export const securityHeaders = (secure: boolean): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(secure ? { upgradeInsecureRequests: [] } : {}),
    },
    strictTransportSecurity: secure ? 'max-age=31536000; includeSubDomains' : false,
    referrerPolicy: 'same-origin',
    // The same as frame-ancestors 'none' for browsers that only know the older header.
    xFrameOptions: 'DENY',
    crossOriginEmbedderPolicy: false,
  });

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF defence for state-changing requests, in two layers: hono's csrf middleware (form-like
 * bodies must come from our origin) and, for every content type, a rejection of requests a
 * browser marks as cross-site (Sec-Fetch-Site) or sends from another Origin. Requests without
 * either header (curl, the CLI) carry no ambient browser cookies and pass.
 */
export function csrfProtection(publicOrigin: string | undefined): MiddlewareHandler {
  const allowed = (origin: string, c: Context) =>
    origin === (publicOrigin ?? new URL(c.req.url).origin);
  const forms = csrf({ origin: allowed, secFetchSite: ['same-origin'] });
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    const origin = c.req.header('origin');
    if (
      (site !== undefined && site !== 'same-origin' && site !== 'none') ||
      (origin !== undefined && !allowed(origin, c))
    ) {
      throw new HTTPException(403, { message: 'Cross-site request rejected' });
    }
    return forms(c, next);
  };
}
