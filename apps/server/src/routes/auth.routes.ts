import { api } from '@matchready/contract';
import type { RouteDeps } from './deps.ts';

export function registerAuthRoutes({ router, services, cookie, clientAddress }: RouteDeps): void {
  router.mount(api.signUp, async ({ c, body }) => {
    const { user, session } = await services.auth.signUp({ ...body, client: clientAddress(c) });
    cookie.set(c, session.token, session.expiresAt);
    return { user };
  });

  router.mount(api.signIn, async ({ c, body }) => {
    const { user, session } = await services.auth.signIn({ ...body, client: clientAddress(c) });
    cookie.set(c, session.token, session.expiresAt);
    return { user };
  });

  router.mount(api.signOut, async ({ c }) => {
    const token = cookie.read(c);
    if (token) await services.auth.signOut(token);
    cookie.clear(c);
    return undefined;
  });

  router.mount(api.me, ({ auth }) => ({ user: auth.user }));
  router.mount(api.session, ({ auth }) => ({ user: auth?.user ?? null }));
}
