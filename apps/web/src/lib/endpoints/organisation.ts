// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const getOrganisation: EndpointRoute<'getOrganisation'> = {
  id: 'getOrganisation',
  method: 'GET',
  path: '/api/organisation',
};

export const listOrganisationDatasets: EndpointRoute<'listOrganisationDatasets'> = {
  id: 'listOrganisationDatasets',
  method: 'GET',
  path: '/api/organisation/datasets',
};

export const deleteOrganisationDataset: EndpointRoute<'deleteOrganisationDataset'> = {
  id: 'deleteOrganisationDataset',
  method: 'DELETE',
  path: '/api/organisation/datasets',
};
