import type { AuthenticatedSession } from '@matchready/services';

/** What middleware puts on the Hono context. */
export interface AppEnv {
  Variables: {
    /** The signed-in user's session, or null (set for every /api request). */
    auth: AuthenticatedSession | null;
  };
}
