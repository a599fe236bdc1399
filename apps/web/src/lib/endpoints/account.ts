// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const changePassword: EndpointRoute<'changePassword'> = {
  id: 'changePassword',
  method: 'POST',
  path: '/api/account/password',
};

export const deleteAccount: EndpointRoute<'deleteAccount'> = {
  id: 'deleteAccount',
  method: 'DELETE',
  path: '/api/account',
};

export const exportAccount: EndpointRoute<'exportAccount'> = {
  id: 'exportAccount',
  method: 'GET',
  path: '/api/account/export',
};
