import { api, buildOpenApiDocument, type MatchProblemJson } from '@matchready/contract';
import { AppError } from '@matchready/services';
import type { RouteDeps } from './deps.ts';

export interface MetaDeps {
  readonly version: string;
  /** The bundled sample instance, read at start-up (null when the file is missing). */
  readonly sampleInstance: MatchProblemJson | null;
}

export function registerMetaRoutes({ router }: RouteDeps, meta: MetaDeps): void {
  const openApi = buildOpenApiDocument({ version: meta.version });

  router.mount(api.health, () => ({ status: 'ok' as const, version: meta.version }));

  router.mount(
    api.openApi,
    () =>
      openApi as {
        openapi: string;
        info: { title: string; version: string };
        paths: Record<string, unknown>;
      },
  );

  router.mount(api.sampleInstance, () => {
    if (!meta.sampleInstance) throw new AppError('not-found', 'No sample instance is bundled');
    return meta.sampleInstance;
  });
}
