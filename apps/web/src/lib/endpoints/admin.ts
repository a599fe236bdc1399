// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

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
