import type {
  Api,
  EndpointBody,
  EndpointId,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
  EndpointRoute,
  HttpMethod,
} from '@matchready/contract';
import { ApiError, send } from './api.ts';

/**
 * The typed client: `call(endpoints.getRankList, { params: { id } })`. Params, query, body and
 * result types come from the contract's registry; the route modules (endpoints/) give method and
 * path. Responses are not re-parsed in the browser (decision 018).
 */

/** A part of the input: absent when the endpoint has none, optional when every key is. */
type Part<Name extends string, T> = [T] extends [undefined]
  ? { readonly [P in Name]?: never }
  : // biome-ignore lint/complexity/noBannedTypes: `{}` is the type an all-optional object accepts.
    {} extends T
    ? { readonly [P in Name]?: T }
    : { readonly [P in Name]: T };

export interface CallOptions {
  readonly signal?: AbortSignal | undefined;
  /** Auth endpoints expect 401 as an answer; they must not trigger the global redirect. */
  readonly skipAuthRedirect?: boolean | undefined;
}

export type UrlInput<K extends EndpointId> = Part<'params', EndpointParams<Api[K]>> &
  Part<'query', EndpointQuery<Api[K]>>;

export type CallInput<K extends EndpointId> = UrlInput<K> &
  Part<'body', EndpointBody<Api[K]>> &
  CallOptions;

/** The JSON body, nothing for 204, the file as a Blob for download endpoints. */
export type CallResult<K extends EndpointId> = Api[K] extends { readonly download: true }
  ? Blob
  : EndpointResponse<Api[K]>;

/** The input may be left out when nothing in it is required. */
// biome-ignore lint/complexity/noBannedTypes: see Part.
type Args<I> = {} extends I ? [input?: I] : [input: I];

/**
 * Any input and any route, as the implementation sees them: the overloads type them per
 * endpoint, so at run time params and query are only narrowed, never cast.
 */
interface AnyInput extends CallOptions {
  readonly params?: unknown;
  readonly query?: unknown;
  readonly body?: unknown;
}

interface AnyRoute {
  readonly id: string;
  readonly method: HttpMethod;
  readonly path: string;
  readonly download?: true;
}

const entriesOf = (value: unknown): [string, unknown][] =>
  typeof value === 'object' && value !== null ? Object.entries(value) : [];

function fillPath(route: AnyRoute, params: unknown): string {
  const values = new Map(entriesOf(params));
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values.get(name);
    if (typeof value !== 'string') {
      throw new Error(`Missing path parameter "${name}" for ${route.id}`);
    }
    return encodeURIComponent(value);
  });
}

/** `{ a: 1, b: undefined, c: '' }` → `?a=1`: empty values are left out, as the server defaults them. */
function queryString(query: unknown): string {
  const search = new URLSearchParams();
  for (const [key, value] of entriesOf(query)) {
    if ((typeof value === 'string' && value !== '') || typeof value === 'number') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const buildUrl = (route: AnyRoute, input: AnyInput): string =>
  fillPath(route, input.params) + queryString(input.query);

/** The URL of an endpoint, for links the browser follows itself (file downloads). */
export function urlFor<K extends EndpointId>(
  route: EndpointRoute<K>,
  ...[input]: Args<UrlInput<K>>
): string;
export function urlFor(route: AnyRoute, input: AnyInput = {}): string {
  return buildUrl(route, input);
}

/**
 * POST and PUT always send a JSON body, `{}` when the endpoint reads none, so every state change
 * is a JSON request (decision 006) as the app has always sent; DELETE sends one only when given.
 */
const bodyOf = (route: AnyRoute, body: unknown): unknown =>
  body === undefined && (route.method === 'POST' || route.method === 'PUT') ? {} : body;

async function readBody(route: AnyRoute, response: Response): Promise<unknown> {
  if (route.download) return response.blob();
  if (response.status === 204) return undefined;
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(
      response.status,
      'invalid-response',
      'The server sent an answer MatchReady could not read. Please try again.',
    );
  }
}

/** Calls one endpoint of the contract. Failures reject with ApiError (see api.ts). */
export function call<K extends EndpointId>(
  route: EndpointRoute<K>,
  ...[input]: Args<CallInput<K>>
): Promise<CallResult<K>>;
export async function call(route: AnyRoute, input: AnyInput = {}): Promise<unknown> {
  const response = await send(route.method, buildUrl(route, input), {
    body: bodyOf(route, input.body),
    signal: input.signal,
    skipAuthRedirect: input.skipAuthRedirect,
    ...(route.download ? { accept: '*/*' } : {}),
  });
  return readBody(route, response);
}
