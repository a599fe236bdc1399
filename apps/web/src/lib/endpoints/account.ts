import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's account endpoints; see index.ts. */

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
