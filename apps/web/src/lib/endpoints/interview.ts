// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const listInterviewQuestions: EndpointRoute<'listInterviewQuestions'> = {
  id: 'listInterviewQuestions',
  method: 'GET',
  path: '/api/interview/questions',
};

export const getInterviewQuestion: EndpointRoute<'getInterviewQuestion'> = {
  id: 'getInterviewQuestion',
  method: 'GET',
  path: '/api/interview/questions/:id',
};

export const createInterviewAttempt: EndpointRoute<'createInterviewAttempt'> = {
  id: 'createInterviewAttempt',
  method: 'POST',
  path: '/api/interview/attempts',
};

export const listInterviewAttempts: EndpointRoute<'listInterviewAttempts'> = {
  id: 'listInterviewAttempts',
  method: 'GET',
  path: '/api/interview/attempts',
};

export const getInterviewAttempt: EndpointRoute<'getInterviewAttempt'> = {
  id: 'getInterviewAttempt',
  method: 'GET',
  path: '/api/interview/attempts/:id',
};

export const rateInterviewAttempt: EndpointRoute<'rateInterviewAttempt'> = {
  id: 'rateInterviewAttempt',
  method: 'POST',
  path: '/api/interview/attempts/:id/rating',
};

export const getInterviewDue: EndpointRoute<'getInterviewDue'> = {
  id: 'getInterviewDue',
  method: 'GET',
  path: '/api/interview/due',
};

export const getInterviewProgress: EndpointRoute<'getInterviewProgress'> = {
  id: 'getInterviewProgress',
  method: 'GET',
  path: '/api/interview/progress',
};

export const listMockInterviews: EndpointRoute<'listMockInterviews'> = {
  id: 'listMockInterviews',
  method: 'GET',
  path: '/api/interview/mocks',
};

export const createMockInterview: EndpointRoute<'createMockInterview'> = {
  id: 'createMockInterview',
  method: 'POST',
  path: '/api/interview/mocks',
};

export const getMockInterview: EndpointRoute<'getMockInterview'> = {
  id: 'getMockInterview',
  method: 'GET',
  path: '/api/interview/mocks/:id',
};

export const answerMockInterview: EndpointRoute<'answerMockInterview'> = {
  id: 'answerMockInterview',
  method: 'POST',
  path: '/api/interview/mocks/:id/answers',
};

export const completeMockInterview: EndpointRoute<'completeMockInterview'> = {
  id: 'completeMockInterview',
  method: 'POST',
  path: '/api/interview/mocks/:id/complete',
};
