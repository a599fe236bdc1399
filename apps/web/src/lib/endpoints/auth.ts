// Generated from the endpoint registry in packages/contract by `npm run generate:endpoints`;
// do not edit (scripts/web-endpoints.test.ts fails when this file is stale).
import type { EndpointRoute } from '@matchready/contract';

export const signUp: EndpointRoute<'signUp'> = {
  id: 'signUp',
  method: 'POST',
  path: '/api/auth/sign-up',
};

export const signIn: EndpointRoute<'signIn'> = {
  id: 'signIn',
  method: 'POST',
  path: '/api/auth/sign-in',
};

export const signOut: EndpointRoute<'signOut'> = {
  id: 'signOut',
  method: 'POST',
  path: '/api/auth/sign-out',
};

export const me: EndpointRoute<'me'> = {
  id: 'me',
  method: 'GET',
  path: '/api/auth/me',
};

export const session: EndpointRoute<'session'> = {
  id: 'session',
  method: 'GET',
  path: '/api/auth/session',
};

export const requestPasswordReset: EndpointRoute<'requestPasswordReset'> = {
  id: 'requestPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset',
};

export const confirmPasswordReset: EndpointRoute<'confirmPasswordReset'> = {
  id: 'confirmPasswordReset',
  method: 'POST',
  path: '/api/auth/password-reset/confirm',
};
