import type { EndpointRoutes } from '@matchready/contract';

/**
 * The contract's endpoint registry without its schemas: what `call()` needs at run time. The
 * registry itself would bring zod and every schema into the first-load bundle (decision 018), so
 * this table restates only ids, methods and paths, and its type (derived from the registry) makes
 * any difference, missing or extra endpoint a type error.
 */
export const endpoints: EndpointRoutes = {
  health: { id: 'health', method: 'GET', path: '/api/health' },
  openApi: { id: 'openApi', method: 'GET', path: '/api/openapi.json' },
  signUp: { id: 'signUp', method: 'POST', path: '/api/auth/sign-up' },
  signIn: { id: 'signIn', method: 'POST', path: '/api/auth/sign-in' },
  signOut: { id: 'signOut', method: 'POST', path: '/api/auth/sign-out' },
  me: { id: 'me', method: 'GET', path: '/api/auth/me' },
  changePassword: { id: 'changePassword', method: 'POST', path: '/api/account/password' },
  deleteAccount: { id: 'deleteAccount', method: 'DELETE', path: '/api/account' },
  exportAccount: { id: 'exportAccount', method: 'GET', path: '/api/account/export' },
  getProfile: { id: 'getProfile', method: 'GET', path: '/api/profile' },
  putProfile: { id: 'putProfile', method: 'PUT', path: '/api/profile' },
  listInstances: { id: 'listInstances', method: 'GET', path: '/api/match/instances' },
  createInstance: { id: 'createInstance', method: 'POST', path: '/api/match/instances' },
  getInstance: { id: 'getInstance', method: 'GET', path: '/api/match/instances/:id' },
  updateInstance: { id: 'updateInstance', method: 'PUT', path: '/api/match/instances/:id' },
  deleteInstance: { id: 'deleteInstance', method: 'DELETE', path: '/api/match/instances/:id' },
  createRun: { id: 'createRun', method: 'POST', path: '/api/match/instances/:id/runs' },
  listRuns: { id: 'listRuns', method: 'GET', path: '/api/match/instances/:id/runs' },
  getRun: { id: 'getRun', method: 'GET', path: '/api/match/runs/:id' },
  explainRun: { id: 'explainRun', method: 'GET', path: '/api/match/runs/:id/explain/:applicantId' },
  sampleInstance: { id: 'sampleInstance', method: 'GET', path: '/api/match/sample' },
  adminListUsers: { id: 'adminListUsers', method: 'GET', path: '/api/admin/users' },
  getOrganisation: { id: 'getOrganisation', method: 'GET', path: '/api/organisation' },
  listInterviewQuestions: {
    id: 'listInterviewQuestions',
    method: 'GET',
    path: '/api/interview/questions',
  },
  getInterviewQuestion: {
    id: 'getInterviewQuestion',
    method: 'GET',
    path: '/api/interview/questions/:id',
  },
  createInterviewAttempt: {
    id: 'createInterviewAttempt',
    method: 'POST',
    path: '/api/interview/attempts',
  },
  listInterviewAttempts: {
    id: 'listInterviewAttempts',
    method: 'GET',
    path: '/api/interview/attempts',
  },
  getInterviewAttempt: {
    id: 'getInterviewAttempt',
    method: 'GET',
    path: '/api/interview/attempts/:id',
  },
  rateInterviewAttempt: {
    id: 'rateInterviewAttempt',
    method: 'POST',
    path: '/api/interview/attempts/:id/rating',
  },
  getInterviewDue: { id: 'getInterviewDue', method: 'GET', path: '/api/interview/due' },
  getInterviewProgress: {
    id: 'getInterviewProgress',
    method: 'GET',
    path: '/api/interview/progress',
  },
  listMockInterviews: { id: 'listMockInterviews', method: 'GET', path: '/api/interview/mocks' },
  createMockInterview: { id: 'createMockInterview', method: 'POST', path: '/api/interview/mocks' },
  getMockInterview: { id: 'getMockInterview', method: 'GET', path: '/api/interview/mocks/:id' },
  answerMockInterview: {
    id: 'answerMockInterview',
    method: 'POST',
    path: '/api/interview/mocks/:id/answers',
  },
  completeMockInterview: {
    id: 'completeMockInterview',
    method: 'POST',
    path: '/api/interview/mocks/:id/complete',
  },
  programsMeta: { id: 'programsMeta', method: 'GET', path: '/api/programs/meta' },
  searchCatalogue: { id: 'searchCatalogue', method: 'GET', path: '/api/programs/catalogue' },
  buildProgramList: { id: 'buildProgramList', method: 'GET', path: '/api/programs/list' },
  getSavedList: { id: 'getSavedList', method: 'GET', path: '/api/programs/my-list' },
  putSavedList: { id: 'putSavedList', method: 'PUT', path: '/api/programs/my-list' },
  exportSavedList: {
    id: 'exportSavedList',
    method: 'GET',
    path: '/api/programs/my-list/csv',
    download: true,
  },
  calculateMatch: { id: 'calculateMatch', method: 'GET', path: '/api/programs/calculator' },
  listRankLists: { id: 'listRankLists', method: 'GET', path: '/api/programs/rank-lists' },
  createRankList: { id: 'createRankList', method: 'POST', path: '/api/programs/rank-lists' },
  getRankList: { id: 'getRankList', method: 'GET', path: '/api/programs/rank-lists/:id' },
  updateRankList: { id: 'updateRankList', method: 'PUT', path: '/api/programs/rank-lists/:id' },
  deleteRankList: { id: 'deleteRankList', method: 'DELETE', path: '/api/programs/rank-lists/:id' },
  createSimulation: { id: 'createSimulation', method: 'POST', path: '/api/programs/simulations' },
  listSimulations: { id: 'listSimulations', method: 'GET', path: '/api/programs/simulations' },
  getSimulation: { id: 'getSimulation', method: 'GET', path: '/api/programs/simulations/:id' },
  importPrograms: { id: 'importPrograms', method: 'POST', path: '/api/programs/imports' },
  exportPrograms: {
    id: 'exportPrograms',
    method: 'GET',
    path: '/api/programs/export',
    download: true,
  },
};
