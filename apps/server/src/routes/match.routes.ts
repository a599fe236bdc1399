import { api } from '@matchready/contract';
import { instanceFromUpload } from '../http/files.ts';
import type { RouteDeps } from './deps.ts';

export function registerMatchRoutes({ router, services }: RouteDeps): void {
  const { match } = services;

  router.mount(api.listInstances, async ({ auth }) => ({
    instances: await match.list(auth.user),
  }));

  router.mount(api.createInstance, async ({ auth, body }) => ({
    instance: await match.create(auth.user, { name: body.name, ...instanceFromUpload(body) }),
  }));

  router.mount(api.getInstance, async ({ auth, params }) => ({
    instance: await match.get(auth.user, params.id),
  }));

  router.mount(api.updateInstance, async ({ auth, params, body }) => ({
    instance: await match.update(auth.user, params.id, {
      name: body.name,
      ...instanceFromUpload(body),
    }),
  }));

  router.mount(api.deleteInstance, async ({ auth, params }) => {
    await match.remove(auth.user, params.id);
    return undefined;
  });

  router.mount(api.createRun, async ({ auth, params }) => ({
    run: await match.run(auth.user, params.id),
  }));

  router.mount(api.listRuns, async ({ auth, params }) => ({
    runs: await match.listRuns(auth.user, params.id),
  }));

  router.mount(api.getRun, async ({ auth, params }) => ({
    run: await match.getRun(auth.user, params.id),
  }));

  router.mount(api.explainRun, async ({ auth, params }) => ({
    explanation: await match.explain(auth.user, params.id, params.applicantId),
  }));
}
