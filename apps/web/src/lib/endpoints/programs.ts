// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const programsMeta: EndpointRoute<'programsMeta'> = {
  id: 'programsMeta',
  method: 'GET',
  path: '/api/programs/meta',
};

export const searchCatalogue: EndpointRoute<'searchCatalogue'> = {
  id: 'searchCatalogue',
  method: 'GET',
  path: '/api/programs/catalogue',
};

export const buildProgramList: EndpointRoute<'buildProgramList'> = {
  id: 'buildProgramList',
  method: 'GET',
  path: '/api/programs/list',
};

export const getSavedList: EndpointRoute<'getSavedList'> = {
  id: 'getSavedList',
  method: 'GET',
  path: '/api/programs/my-list',
};

export const putSavedList: EndpointRoute<'putSavedList'> = {
  id: 'putSavedList',
  method: 'PUT',
  path: '/api/programs/my-list',
};

export const exportSavedList: EndpointRoute<'exportSavedList'> = {
  id: 'exportSavedList',
  method: 'GET',
  path: '/api/programs/my-list/csv',
  download: true,
};

export const calculateMatch: EndpointRoute<'calculateMatch'> = {
  id: 'calculateMatch',
  method: 'GET',
  path: '/api/programs/calculator',
};

export const listRankLists: EndpointRoute<'listRankLists'> = {
  id: 'listRankLists',
  method: 'GET',
  path: '/api/programs/rank-lists',
};

export const createRankList: EndpointRoute<'createRankList'> = {
  id: 'createRankList',
  method: 'POST',
  path: '/api/programs/rank-lists',
};

export const getRankList: EndpointRoute<'getRankList'> = {
  id: 'getRankList',
  method: 'GET',
  path: '/api/programs/rank-lists/:id',
};

export const updateRankList: EndpointRoute<'updateRankList'> = {
  id: 'updateRankList',
  method: 'PUT',
  path: '/api/programs/rank-lists/:id',
};

export const deleteRankList: EndpointRoute<'deleteRankList'> = {
  id: 'deleteRankList',
  method: 'DELETE',
  path: '/api/programs/rank-lists/:id',
};

export const createSimulation: EndpointRoute<'createSimulation'> = {
  id: 'createSimulation',
  method: 'POST',
  path: '/api/programs/simulations',
};

export const listSimulations: EndpointRoute<'listSimulations'> = {
  id: 'listSimulations',
  method: 'GET',
  path: '/api/programs/simulations',
};

export const getSimulation: EndpointRoute<'getSimulation'> = {
  id: 'getSimulation',
  method: 'GET',
  path: '/api/programs/simulations/:id',
};

export const importPrograms: EndpointRoute<'importPrograms'> = {
  id: 'importPrograms',
  method: 'POST',
  path: '/api/programs/imports',
};

export const exportPrograms: EndpointRoute<'exportPrograms'> = {
  id: 'exportPrograms',
  method: 'GET',
  path: '/api/programs/export',
  download: true,
};
