import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pathFor, pathParams } from './endpoint.ts';
import { api, ENDPOINTS } from './endpoints.ts';
import { buildOpenApiDocument } from './openapi.ts';

describe('the endpoint registry', () => {
  it('names each endpoint by its key, once', () => {
    for (const [key, endpoint] of Object.entries(api)) expect(endpoint.id).toBe(key);
    expect(new Set(ENDPOINTS.map((e) => e.id)).size).toBe(ENDPOINTS.length);
  });

  it('has one endpoint per method and path, all under /api', () => {
    const keys = ENDPOINTS.map((e) => `${e.method} ${e.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const endpoint of ENDPOINTS) expect(endpoint.path.startsWith('/api/')).toBe(true);
  });

  it('declares a params schema exactly when the path has parameters, with the same names', () => {
    for (const endpoint of ENDPOINTS) {
      const names = pathParams(endpoint.path);
      if (names.length === 0) {
        expect(endpoint.params, endpoint.id).toBeUndefined();
        continue;
      }
      expect(endpoint.params, endpoint.id).toBeInstanceOf(z.ZodObject);
      const shape = (endpoint.params as z.ZodObject).shape;
      expect(Object.keys(shape).sort(), endpoint.id).toEqual([...names].sort());
    }
  });

  it('never takes a request body on GET, and gives 204 endpoints no response body', () => {
    for (const endpoint of ENDPOINTS) {
      if (endpoint.method === 'GET') expect(endpoint.request, endpoint.id).toBeUndefined();
      if (endpoint.status === 204)
        expect(endpoint.response.safeParse(undefined).success).toBe(true);
    }
  });

  it('fills path parameters and refuses to leave one out', () => {
    expect(pathFor(api.explainRun, { id: 'r 1', applicantId: 'A/2' })).toBe(
      '/api/match/runs/r%201/explain/A%2F2',
    );
    expect(() => pathFor(api.getRun)).toThrow(/Missing path parameter "id"/);
  });
});

describe('buildOpenApiDocument', () => {
  const document = buildOpenApiDocument({ version: '9.9.9' });
  const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>;

  it('is OpenAPI 3.1 with the given version', () => {
    expect(document.openapi).toBe('3.1.0');
    expect((document.info as { version: string }).version).toBe('9.9.9');
  });

  it('has an operation for every endpoint, with its id, body and session requirement', () => {
    const operations = Object.values(paths).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(ENDPOINTS.length);
    for (const endpoint of ENDPOINTS) {
      const path = endpoint.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const op = paths[path]?.[endpoint.method.toLowerCase()];
      expect(op?.operationId, endpoint.id).toBe(endpoint.id);
      expect(op?.requestBody !== undefined, endpoint.id).toBe(endpoint.request !== undefined);
      expect(op?.security !== undefined, endpoint.id).toBe(endpoint.access !== 'public');
      expect(Object.keys(op?.responses as object)).toContain(String(endpoint.status));
    }
  });

  it('describes request bodies as JSON Schema, with constraints', () => {
    const body = paths['/api/auth/sign-up']?.post?.requestBody as {
      content: { 'application/json': { schema: { properties: Record<string, object> } } };
    };
    const schema = body.content['application/json'].schema;
    expect(schema.properties.password).toMatchObject({ type: 'string', minLength: 10 });
    expect(schema.properties.role).toMatchObject({
      enum: ['applicant', 'mentor', 'organisation-admin'],
    });
  });

  it('sketches the match problem, whose rules the engine checks, as an object schema', () => {
    const ok = paths['/api/match/sample']?.get?.responses as Record<
      string,
      { content: { 'application/json': { schema: { $defs: Record<string, unknown> } } } }
    >;
    expect(ok['200']?.content['application/json'].schema.$defs.MatchProblem).toMatchObject({
      type: 'object',
      required: ['programs', 'applicants'],
      properties: { programs: { type: 'array' }, applicants: { type: 'array' } },
    });
  });

  it('lists the role-restricted endpoints as able to answer 403', () => {
    const adminUsers = paths['/api/admin/users']?.get?.responses as Record<string, unknown>;
    expect(Object.keys(adminUsers)).toEqual(expect.arrayContaining(['200', '401', '403']));
  });
});
