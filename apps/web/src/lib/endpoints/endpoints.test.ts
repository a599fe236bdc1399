import { api, type EndpointRoutes } from '@matchready/contract';
import { describe, expect, it } from 'vitest';
import * as endpoints from './index.ts';

describe('route table', () => {
  it('has every endpoint of the registry (a missing one is a type error here)', () => {
    const table: EndpointRoutes = endpoints;
    expect(Object.keys(table).sort()).toEqual(Object.keys(api).sort());
  });

  it("matches each endpoint's id, method, path and file flag", () => {
    const fromRegistry = Object.values(api).map((endpoint) => ({
      id: endpoint.id,
      method: endpoint.method,
      path: endpoint.path,
      ...('download' in endpoint ? { download: endpoint.download } : {}),
    }));
    const byId = new Map<string, unknown>(Object.entries(endpoints));
    expect(fromRegistry.map((route) => byId.get(route.id))).toEqual(fromRegistry);
  });
});
