import type { z } from 'zod';
import type { EndpointDefinition } from './endpoint.ts';
import type { Api, EndpointId } from './endpoints.ts';

/**
 * Request and response types of an endpoint, derived from its schemas, for typed clients (the
 * web app's `call()`). Types only: a client that imports them carries no schema and no zod.
 */

/** Path parameters (`:id` …) as the endpoint's params schema accepts them. */
export type EndpointParams<E extends EndpointDefinition> = E extends {
  readonly params: infer S extends z.ZodType;
}
  ? z.input<S>
  : undefined;

/** A query-string value: numbers are sent as text, so a coerced number accepts either. */
type QueryValue<T> = unknown extends T ? string | number : T;

/**
 * Query-string parameters: each key of the query schema's input, optional ones may be left out
 * or undefined (a client omits undefined and empty values).
 */
export type EndpointQuery<E extends EndpointDefinition> = E extends {
  readonly query: infer S extends z.ZodType;
}
  ? {
      readonly [K in keyof z.input<S>]: QueryValue<z.input<S>[K]>;
    }
  : undefined;

/** The JSON request body, as the request schema accepts it (defaults may be left out). */
export type EndpointBody<E extends EndpointDefinition> = E extends {
  readonly request: infer S extends z.ZodType;
}
  ? z.input<S>
  : undefined;

/** The JSON response body (204: none). Download endpoints answer with a file instead. */
export type EndpointResponse<E extends EndpointDefinition> = E extends { readonly status: 204 }
  ? undefined
  : z.output<E['response']>;

/**
 * What a client needs at run time to call an endpoint: no schemas. `download` is present exactly
 * when the endpoint answers with a file, so a route table typed with this cannot disagree with
 * the registry on a method, a path or a file response.
 */
export type EndpointRoute<K extends EndpointId> = {
  readonly id: K;
  readonly method: Api[K]['method'];
  readonly path: Api[K]['path'];
} & (Api[K] extends { readonly download: true }
  ? { readonly download: true }
  : { readonly download?: never });

/** Every endpoint's route, by operation id (a new endpoint is a type error until it is added). */
export type EndpointRoutes = { readonly [K in EndpointId]: EndpointRoute<K> };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * Endpoints whose response schema changes its input (transform, default, coercion): `never`
 * today. The server sends what its handler returns (the schema's input) and the web client does
 * not re-parse it, so `EndpointResponse` (the output) is exact only while this stays `never`.
 */
export type EndpointsWithResponseTransforms = {
  [K in EndpointId]: Same<z.input<Api[K]['response']>, z.output<Api[K]['response']>> extends true
    ? never
    : K;
}[EndpointId];
