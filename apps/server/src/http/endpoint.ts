import {
  allowedRoles,
  type EndpointDefinition,
  type FileResponse,
  fileResponseSchema,
  MAX_JSON_BODY_BYTES,
} from '@matchready/contract';
import { AppError, type AuthenticatedSession } from '@matchready/services';
import type { Context, Hono, MiddlewareHandler, Handler as RouteHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { AppEnv } from './context.ts';

type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

export interface HandlerInput<E extends EndpointDefinition> {
  readonly c: Context<AppEnv>;
  readonly body: Parsed<E['request']>;
  readonly params: E['params'] extends z.ZodType ? z.output<E['params']> : Record<string, never>;
  readonly query: E['query'] extends z.ZodType ? z.output<E['query']> : Record<string, never>;
  /** Public endpoints may be called signed out; every other one only with a session. */
  readonly auth: E['access'] extends 'public' ? AuthenticatedSession | null : AuthenticatedSession;
}

/** What a handler returns: the contract's response (services return readonly data). */
export type HandlerResult<E extends EndpointDefinition> = E['status'] extends 204
  ? undefined
  : DeepReadonly<z.input<E['response']>>;

export type Handler<E extends EndpointDefinition> = (
  input: HandlerInput<E>,
) => Promise<HandlerResult<E>> | HandlerResult<E>;

export interface Router {
  mount<E extends EndpointDefinition>(endpoint: E, handler: Handler<E>): void;
  /** Ids of the endpoints mounted so far. */
  readonly mounted: ReadonlySet<string>;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === '') {
    throw new AppError('invalid-input', 'A JSON request body is required', {
      issues: [{ code: 'required', path: [], message: 'Send a JSON body' }],
    });
  }
  if (!JSON_TYPE.test(c.req.header('content-type') ?? '')) {
    throw new AppError('invalid-input', 'Send the body as JSON (Content-Type: application/json)');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('invalid-input', 'Request body is not valid JSON');
  }
}

/** A `download: true` endpoint's file, as an attachment (the name is ASCII-only, quoted). */
function sendFile(c: Context, file: FileResponse): Response {
  const name = file.filename.replace(/[^\w.-]+/g, '_');
  c.header('Content-Type', file.contentType);
  c.header('Content-Disposition', `attachment; filename="${name}"`);
  return c.body(file.content, 200);
}

function checkAccess(endpoint: EndpointDefinition, auth: AuthenticatedSession | null): void {
  if (endpoint.access === 'public') return;
  if (!auth) throw new AppError('unauthenticated', 'Sign in to continue');
  const roles = allowedRoles(endpoint.access);
  if (roles && !roles.includes(auth.user.role)) {
    throw new AppError('forbidden', 'Your account type cannot do this');
  }
}

/**
 * Mounts contract endpoints: access (from the contract) → body limit (so a stranger cannot make
 * the server read a large body, issue 12) → params, query and body parsed
 * with the contract's schemas → the handler → the contract's status. With `validateResponses`
 * (tests), every response is checked against the contract too.
 */
export function createRouter(app: Hono<AppEnv>, options: { validateResponses: boolean }): Router {
  const mounted = new Set<string>();
  return {
    mounted,
    mount(endpoint, handler) {
      if (mounted.has(endpoint.id)) throw new Error(`Endpoint ${endpoint.id} is mounted twice`);
      mounted.add(endpoint.id);
      const limit = bodyLimit({
        maxSize: endpoint.maxBodyBytes ?? MAX_JSON_BODY_BYTES,
        onError: () => {
          const mb = ((endpoint.maxBodyBytes ?? MAX_JSON_BODY_BYTES) / 1024).toFixed(0);
          throw new AppError('payload-too-large', `The request body is larger than ${mb} KB`);
        },
      });
      const access: MiddlewareHandler<AppEnv> = async (c, next) => {
        checkAccess(endpoint, c.get('auth'));
        await next();
      };
      const handle: RouteHandler<AppEnv> = async (c) => {
        const auth = c.get('auth');
        const params = endpoint.params ? endpoint.params.parse(c.req.param()) : {};
        const query = endpoint.query ? endpoint.query.parse(c.req.query()) : {};
        const body = endpoint.request ? endpoint.request.parse(await readJsonBody(c)) : undefined;
        const input = { c, body, params, query, auth } as HandlerInput<typeof endpoint>;
        const result = await handler(input);
        if (endpoint.status === 204) return c.body(null, 204);
        if (options.validateResponses) endpoint.response.parse(result);
        if (endpoint.download) return sendFile(c, fileResponseSchema.parse(result));
        return c.json(result as object, endpoint.status);
      };
      // A GET has no body to limit, and asking for one makes the Node adapter build a full
      // fetch Request (an AbortController and undici's Request) for every read: the largest
      // per-request cost after SQLite under load (docs/benchmarks.md).
      if (endpoint.method === 'GET') app.on(endpoint.method, endpoint.path, access, handle);
      else app.on(endpoint.method, endpoint.path, access, limit, handle);
    },
  };
}
