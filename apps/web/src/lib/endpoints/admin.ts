import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's admin endpoints; see index.ts. */

export const adminListUsers: EndpointRoute<'adminListUsers'> = {
  id: 'adminListUsers',
  method: 'GET',
  path: '/api/admin/users',
};

export const adminListOrganisations: EndpointRoute<'adminListOrganisations'> = {
  id: 'adminListOrganisations',
  method: 'GET',
  path: '/api/admin/organisations',
};

export const setOrganisationApproval: EndpointRoute<'setOrganisationApproval'> = {
  id: 'setOrganisationApproval',
  method: 'PUT',
  path: '/api/admin/organisations/:id/approval',
};
