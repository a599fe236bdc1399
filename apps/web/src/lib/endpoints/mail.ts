// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const listOutbox: EndpointRoute<'listOutbox'> = {
  id: 'listOutbox',
  method: 'GET',
  path: '/api/outbox',
};

export const listDemoOutbox: EndpointRoute<'listDemoOutbox'> = {
  id: 'listDemoOutbox',
  method: 'GET',
  path: '/api/outbox/demo',
};
