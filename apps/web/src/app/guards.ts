import { type LoaderFunctionArgs, redirect } from 'react-router';
import { meQuery, safeNext } from '../features/auth/auth-api.ts';
import { queryClient } from '../lib/query-client.ts';

const signInUrl = (url: URL): string => {
  const intended = `${url.pathname}${url.search}`;
  return intended === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(intended)}`;
};

/** Protected routes: signed-out visitors go to sign-in, keeping the URL they wanted. */
export async function requireUser({ request }: LoaderFunctionArgs) {
  const user = await queryClient.ensureQueryData(meQuery);
  if (user === null) throw redirect(signInUrl(new URL(request.url)));
  return null;
}

/** Sign-in and sign-up: already signed-in users go straight on. */
export async function redirectIfSignedIn({ request }: LoaderFunctionArgs) {
  const user = await queryClient.ensureQueryData(meQuery);
  if (user !== null) throw redirect(safeNext(new URL(request.url).searchParams.get('next')));
  return null;
}

/** The api wrapper's 401 hook: forget everything cached and ask the user to sign in again. */
export function handleSessionExpired(navigate: (to: string) => unknown): void {
  const here = new URL(window.location.href);
  if (here.pathname.startsWith('/sign-in') || here.pathname.startsWith('/sign-up')) return;
  queryClient.setQueryData(meQuery.queryKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' });
  navigate(signInUrl(here));
}
