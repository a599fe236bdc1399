import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's profile endpoints; see index.ts. */

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
