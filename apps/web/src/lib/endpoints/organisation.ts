import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's organisation endpoints; see index.ts. */

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
