import { api } from '@matchready/contract';
import type { RouteDeps } from './deps.ts';
import { profileToContract } from './profile.routes.ts';

export function registerAccountRoutes({ router, services, cookie }: RouteDeps): void {
  router.mount(api.changePassword, async ({ auth, body }) => {
    await services.account.changePassword(auth.user, auth.sessionId, body);
    return undefined;
  });

  router.mount(api.deleteAccount, async ({ c, auth, body }) => {
    await services.account.deleteAccount(auth.user, body.password);
    cookie.clear(c);
    return undefined;
  });

  router.mount(api.exportAccount, async ({ c, auth }) => {
    const data = await services.account.exportData(auth.user);
    c.header('Content-Disposition', 'attachment; filename="matchready-export.json"');
    return { ...data, profile: profileToContract(data.profile) };
  });
}
