import type { SignInRequest, SignUpRequest, User } from '@matchready/contract';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../lib/api-client.ts';
import * as endpoints from '../../lib/endpoints/index.ts';

export const meKey = ['auth', 'me'] as const;

/** The signed-in user, or null when signed out (401 is an answer here, not an error). */
export const meQuery = queryOptions({
  queryKey: meKey,
  // /api/auth/session answers 200 with null when signed out, so signed-out pages log no 401.
  queryFn: async ({ signal }): Promise<User | null> =>
    (await call(endpoints.session, { signal, skipAuthRedirect: true })).user,
  staleTime: 5 * 60_000,
});

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInRequest) =>
      call(endpoints.signIn, { body: input, skipAuthRedirect: true }),
    onSuccess: ({ user }) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      client.setQueryData(meKey, user);
    },
  });
}

export function useSignUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpRequest) =>
      call(endpoints.signUp, { body: input, skipAuthRedirect: true }),
    onSuccess: ({ user }) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
      client.setQueryData(meKey, user);
    },
  });
}

export function useSignOut() {
  return useMutation({
    mutationFn: () => call(endpoints.signOut, { skipAuthRedirect: true }),
  });
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//')) return '/';
  if (next.startsWith('/sign-in') || next.startsWith('/sign-up')) return '/';
  return next;
}
