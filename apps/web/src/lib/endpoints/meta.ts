// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

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
