import type { EndpointRoute } from '@matchready/contract';

/** Routes of the contract's auth (sign-up, sign-in, session) endpoints; see index.ts. */

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

export const session: EndpointRoute<'session'> = {
  id: 'session',
  method: 'GET',
  path: '/api/auth/session',
};

export const me: EndpointRoute<'me'> = {
  id: 'me',
  method: 'GET',
  path: '/api/auth/me',
};
