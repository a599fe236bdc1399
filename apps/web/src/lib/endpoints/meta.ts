import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's meta (health, OpenAPI document) endpoints; see index.ts. */

export const health: EndpointRoute<'health'> = {
  id: 'health',
  method: 'GET',
  path: '/api/health',
};

export const openApi: EndpointRoute<'openApi'> = {
  id: 'openApi',
  method: 'GET',
  path: '/api/openapi.json',
};
