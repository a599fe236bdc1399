import type { z } from 'zod';
import type { ErrorCode, Role } from './common.schema.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** Who may call an endpoint: anyone, any signed-in user, or signed-in users with these roles. */
export type Access = 'public' | 'authenticated' | readonly Role[];

export interface EndpointDefinition {
  /** Stable operation id (also the OpenAPI operationId). */
  readonly id: string;
  readonly method: HttpMethod;
  /** Hono-style path: `/api/match/instances/:id`. */
  readonly path: string;
  readonly access: Access;
  readonly params?: z.ZodType;
  /** Query-string parameters: an object schema of optional strings (parsed like the body). */
  readonly query?: z.ZodType;
  readonly request?: z.ZodType;
  readonly response: z.ZodType;
  /** Success status; 204 responses have no body; 202 = accepted, finished in the background. */
  readonly status: 200 | 201 | 202 | 204;
  /**
   * The response is a file: the handler returns `{ filename, contentType, content }` (checked
   * against `response`, see fileResponseSchema) and it is sent as an attachment, not as JSON.
   */
  readonly download?: true;
  readonly summary: string;
  readonly tags: readonly string[];
  /** Request body cap when it differs from MAX_JSON_BODY_BYTES. */
  readonly maxBodyBytes?: number;
  /** Error codes beyond the ones implied by access, params and body. */
  readonly errors?: readonly ErrorCode[];
}

/** Keeps the literal types of a definition (for typed handlers and clients). */
export const defineEndpoint = <const E extends EndpointDefinition>(endpoint: E): E => endpoint;

/** The role list an endpoint allows, or null when any signed-in user (or anyone) may call it. */
export const allowedRoles = (access: Access): readonly Role[] | null =>
  typeof access === 'string' ? null : access;

/** Fills `:name` segments: `pathFor(api.getInstance, { id })` → `/api/match/instances/…`. */
export function pathFor(
  endpoint: Pick<EndpointDefinition, 'path'>,
  params: Readonly<Record<string, string>> = {},
): string {
  return endpoint.path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined)
      throw new Error(`Missing path parameter "${name}" for ${endpoint.path}`);
    return encodeURIComponent(value);
  });
}

/** Path parameter names in order: `/a/:id/b/:applicantId` → ['id', 'applicantId']. */
export const pathParams = (path: string): string[] =>
  [...path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] as string);
