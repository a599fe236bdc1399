/**
 * The web app's route modules (apps/web/src/lib/endpoints/), rendered from the contract's endpoint
 * registry: one module per contract tag holding each endpoint's id, method, path and file flag,
 * without its schemas (decision 018: the registry would bring zod into the first-load bundle).
 * Written by `npm run generate:endpoints`; scripts/web-endpoints.test.ts fails when they are stale.
 */
import { api } from '@matchready/contract';

export const WEB_ENDPOINTS_DIR = 'apps/web/src/lib/endpoints';

interface RouteSource {
  readonly id: string;
  readonly method: string;
  readonly path: string;
  readonly tags: readonly string[];
  readonly download?: boolean;
}

const HEADER = [
  '// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;',
  '// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).',
];

/** A string literal as Biome writes it: single quotes. Paths and ids hold no quote or backslash. */
function quoted(text: string): string {
  if (/['\\\n]/.test(text)) throw new Error(`cannot quote ${JSON.stringify(text)} in a route`);
  return `'${text}'`;
}

function routeConst(endpoint: RouteSource): string {
  return [
    `export const ${endpoint.id}: EndpointRoute<${quoted(endpoint.id)}> = {`,
    `  id: ${quoted(endpoint.id)},`,
    `  method: ${quoted(endpoint.method)},`,
    `  path: ${quoted(endpoint.path)},`,
    ...(endpoint.download === true ? ['  download: true,'] : []),
    '};',
  ].join('\n');
}

/** The module of an endpoint: its first tag (every endpoint of the registry has one). */
function moduleOf(endpoint: RouteSource): string {
  const tag = endpoint.tags[0];
  if (tag === undefined || !/^[a-z][a-z-]*$/.test(tag)) {
    throw new Error(`endpoint ${endpoint.id} needs a lower-case first tag to name its module`);
  }
  return tag;
}

/** File name → text of every route module and of index.ts, in registry order within a module. */
export function renderWebEndpoints(
  registry: Readonly<Record<string, RouteSource>> = api,
): Map<string, string> {
  const byModule = new Map<string, RouteSource[]>();
  for (const endpoint of Object.values(registry)) {
    const name = moduleOf(endpoint);
    byModule.set(name, [...(byModule.get(name) ?? []), endpoint]);
  }
  const names = [...byModule.keys()].sort();
  const files = new Map<string, string>();
  for (const name of names) {
    const routes = byModule.get(name) ?? [];
    const body = [
      ...HEADER,
      "import type { EndpointRoute } from '@matchready/contract';",
      '',
      ...routes.flatMap((route) => [routeConst(route), '']),
    ];
    files.set(`${name}.ts`, body.join('\n'));
  }
  files.set(
    'index.ts',
    [
      ...HEADER,
      '// The registry without its schemas, one module per contract tag so each lazy chunk carries',
      "// only its area's routes (decision 018). Import as `import * as endpoints from './index.ts'`.",
      ...names.map((name) => `export * from './${name}.ts';`),
      '',
    ].join('\n'),
  );
  return files;
}
