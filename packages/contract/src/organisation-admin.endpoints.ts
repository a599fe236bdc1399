import { idParamsSchema } from './common.schema.ts';
import { defineEndpoint } from './endpoint.ts';
import {
  adminOrganisationResponseSchema,
  adminOrganisationsResponseSchema,
  datasetQuerySchema,
  deleteDatasetResponseSchema,
  organisationApprovalRequestSchema,
  ownedDatasetsResponseSchema,
} from './organisation-admin.schema.ts';

/**
 * Organisation approval by site admins, and an organisation's own program datasets (decision
 * 040). An organisation admin's capabilities answer 403 with the issue `organisation-pending`
 * until a site admin approves the organisation.
 */
export const organisationAdminEndpoints = {
  adminListOrganisations: defineEndpoint({
    id: 'adminListOrganisations',
    method: 'GET',
    path: '/api/admin/organisations',
    access: ['site-admin'],
    response: adminOrganisationsResponseSchema,
    status: 200,
    summary: 'Every organisation, waiting for approval first, with admins and counts',
    tags: ['admin'],
  }),
  setOrganisationApproval: defineEndpoint({
    id: 'setOrganisationApproval',
    method: 'PUT',
    path: '/api/admin/organisations/:id/approval',
    access: ['site-admin'],
    params: idParamsSchema,
    request: organisationApprovalRequestSchema,
    response: adminOrganisationResponseSchema,
    status: 200,
    summary: 'Approve an organisation, or revoke its approval with a reason',
    tags: ['admin'],
  }),
  listOrganisationDatasets: defineEndpoint({
    id: 'listOrganisationDatasets',
    method: 'GET',
    path: '/api/organisation/datasets',
    access: ['organisation-admin'],
    response: ownedDatasetsResponseSchema,
    status: 200,
    summary: 'The program datasets my organisation imported into the shared catalogue',
    tags: ['organisation'],
  }),
  deleteOrganisationDataset: defineEndpoint({
    id: 'deleteOrganisationDataset',
    method: 'DELETE',
    path: '/api/organisation/datasets',
    access: ['organisation-admin'],
    query: datasetQuerySchema,
    response: deleteDatasetResponseSchema,
    status: 200,
    summary: "Delete one of my organisation's datasets (all its programs, or none)",
    tags: ['organisation'],
  }),
} as const;
