import { z } from 'zod';
import { type ErrorCode, errorBodySchema } from './common.schema.ts';
import { type EndpointDefinition, pathParams } from './endpoint.ts';
import { ENDPOINTS } from './endpoints.ts';

export const SESSION_COOKIE_NAMES = {
  /** Used over plain HTTP (local use). */
  insecure: 'matchready_session',
  /** Used when PUBLIC_ORIGIN is https: the __Host- prefix pins it to the origin. */
  secure: '__Host-matchready_session',
} as const;

export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'payload-too-large': 413,
  'rate-limited': 429,
  internal: 500,
};

const ERROR_DESCRIPTION: Readonly<Record<ErrorCode, string>> = {
  'invalid-input': 'The input is invalid; `issues` lists every problem with its path',
  unauthenticated: 'Not signed in, or wrong email or password',
  forbidden: 'Signed in, but this role may not do this (or a cross-origin request)',
  'not-found': 'No such resource among yours',
  conflict: 'Conflicts with existing data',
  'payload-too-large': 'The request body is too large',
  'rate-limited': 'Too many attempts; see the Retry-After header',
  internal: 'Unexpected server error',
};

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  return rest;
};

/** Error codes an endpoint can answer with, derived from its definition. */
function endpointErrors(endpoint: EndpointDefinition): ErrorCode[] {
  const codes = new Set<ErrorCode>(endpoint.errors ?? []);
  if (endpoint.request || endpoint.params || endpoint.query) codes.add('invalid-input');
  if (endpoint.request) codes.add('payload-too-large');
  if (endpoint.access !== 'public') codes.add('unauthenticated');
  if (typeof endpoint.access !== 'string') codes.add('forbidden');
  if (endpoint.params) codes.add('not-found');
  if (endpoint.method !== 'GET') codes.add('forbidden');
  codes.add('internal');
  return [...codes].sort((a, b) => ERROR_STATUS[a] - ERROR_STATUS[b]);
}

/** Each property of the query schema as an OpenAPI query parameter. */
function queryParameters(endpoint: EndpointDefinition): JsonSchema[] {
  if (!endpoint.query) return [];
  const schema = toSchema(endpoint.query, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

function operation(endpoint: EndpointDefinition): JsonSchema {
  const responses: Record<string, unknown> = {
    [endpoint.status]:
      endpoint.status === 204
        ? { description: 'No content' }
        : endpoint.download
          ? {
              description: 'A file (attachment)',
              content: { '*/*': { schema: { type: 'string' } } },
            }
          : {
              description: 'Success',
              content: { 'application/json': { schema: toSchema(endpoint.response, 'output') } },
            },
  };
  for (const code of endpointErrors(endpoint)) {
    responses[ERROR_STATUS[code]] = {
      description: ERROR_DESCRIPTION[code],
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
  }
  const roles = typeof endpoint.access === 'string' ? endpoint.access : endpoint.access.join(', ');
  return {
    operationId: endpoint.id,
    summary: endpoint.summary,
    description: `Access: ${roles}.${
      endpoint.maxBodyBytes ? ` Body up to ${endpoint.maxBodyBytes} bytes.` : ''
    }`,
    tags: [...endpoint.tags],
    ...(endpoint.access === 'public' ? {} : { security: [{ session: [] }] }),
    parameters: [
      ...pathParams(endpoint.path).map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...queryParameters(endpoint),
    ],
    ...(endpoint.request
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(endpoint.request, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every endpoint in the registry. */
export function buildOpenApiDocument(
  options: { version?: string; endpoints?: readonly EndpointDefinition[] } = {},
): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of options.endpoints ?? ENDPOINTS) {
    const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][endpoint.method.toLowerCase()] = operation(endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'MatchReady API',
      version: options.version ?? '0.1.0',
      description:
        'Residency-match companion for International Medical Graduates. Session cookie auth; ' +
        'state-changing requests must be same-origin JSON. Errors: { error: { code, message, issues? } }.',
    },
    paths,
    components: {
      schemas: { ErrorBody: toSchema(errorBodySchema, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE_NAMES.insecure },
      },
    },
  };
}
