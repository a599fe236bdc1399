import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's admin endpoints; see index.ts. */

export const adminListUsers: EndpointRoute<'adminListUsers'> = {
  id: 'adminListUsers',
  method: 'GET',
  path: '/api/admin/users',
};
