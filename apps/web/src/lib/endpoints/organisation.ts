import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's organisation endpoints; see index.ts. */

export const getOrganisation: EndpointRoute<'getOrganisation'> = {
  id: 'getOrganisation',
  method: 'GET',
  path: '/api/organisation',
};
