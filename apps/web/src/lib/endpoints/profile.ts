// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const getProfile: EndpointRoute<'getProfile'> = {
  id: 'getProfile',
  method: 'GET',
  path: '/api/profile',
};

export const putProfile: EndpointRoute<'putProfile'> = {
  id: 'putProfile',
  method: 'PUT',
  path: '/api/profile',
};
