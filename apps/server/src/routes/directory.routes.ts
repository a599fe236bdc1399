import { api } from '@matchready/contract';
import type { RouteDeps } from './deps.ts';

export function registerDirectoryRoutes({ router, services }: RouteDeps): void {
  router.mount(api.adminListUsers, async ({ auth }) => ({
    users: await services.directory.listUsers(auth.user),
  }));

  router.mount(api.getOrganisation, async ({ auth }) =>
    services.directory.myOrganisation(auth.user),
  );
}
