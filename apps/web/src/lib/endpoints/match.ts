// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const listInstances: EndpointRoute<'listInstances'> = {
  id: 'listInstances',
  method: 'GET',
  path: '/api/match/instances',
};

export const createInstance: EndpointRoute<'createInstance'> = {
  id: 'createInstance',
  method: 'POST',
  path: '/api/match/instances',
};

export const getInstance: EndpointRoute<'getInstance'> = {
  id: 'getInstance',
  method: 'GET',
  path: '/api/match/instances/:id',
};

export const updateInstance: EndpointRoute<'updateInstance'> = {
  id: 'updateInstance',
  method: 'PUT',
  path: '/api/match/instances/:id',
};

export const deleteInstance: EndpointRoute<'deleteInstance'> = {
  id: 'deleteInstance',
  method: 'DELETE',
  path: '/api/match/instances/:id',
};

export const createRun: EndpointRoute<'createRun'> = {
  id: 'createRun',
  method: 'POST',
  path: '/api/match/instances/:id/runs',
};

export const listRuns: EndpointRoute<'listRuns'> = {
  id: 'listRuns',
  method: 'GET',
  path: '/api/match/instances/:id/runs',
};

export const getRun: EndpointRoute<'getRun'> = {
  id: 'getRun',
  method: 'GET',
  path: '/api/match/runs/:id',
};

export const explainRun: EndpointRoute<'explainRun'> = {
  id: 'explainRun',
  method: 'GET',
  path: '/api/match/runs/:id/explain/:applicantId',
};

export const sampleInstance: EndpointRoute<'sampleInstance'> = {
  id: 'sampleInstance',
  method: 'GET',
  path: '/api/match/sample',
};
