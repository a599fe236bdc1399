import type { Services } from '@matchready/services';
import type { Context } from 'hono';
import type { Router } from '../http/endpoint.ts';
import type { SessionCookie } from '../http/session-cookie.ts';

/** What every *.routes.ts file receives. */
export interface RouteDeps {
  readonly router: Router;
  readonly services: Services;
  readonly cookie: SessionCookie;
  /** The client address used to rate-limit sign-ins. */
  readonly clientAddress: (c: Context) => string;
}
