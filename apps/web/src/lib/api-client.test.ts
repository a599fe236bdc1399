import type {
  EndpointRoute,
  EndpointsWithResponseTransforms,
  RankListResponse,
} from '@matchready/contract';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ApiError, setUnauthenticatedHandler } from './api.ts';
import { type CallResult, call, urlFor } from './api-client.ts';
import * as endpoints from './endpoints/index.ts';

/** fetch is the boundary: the server is another process, so it is stubbed here. */
function stubFetch(response: () => Response) {
  const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => response());
  vi.stubGlobal('fetch', fetchMock);
  const sent = (index = 0) => {
    const [url, init] = fetchMock.mock.calls[index] ?? [];
    return { url, init, headers: new Headers(init?.headers) };
  };
  return { fetchMock, sent };
}

const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(() => {});
});

describe('call: the URL', () => {
  it('fills path parameters from the registry path, encoded', async () => {
    const { sent } = stubFetch(json(200, { rankList: { id: 'a b/c' } }));
    await call(endpoints.getRankList, { params: { id: 'a b/c' } });
    expect(sent().url).toBe('/api/programs/rank-lists/a%20b%2Fc');
    expect(sent().init?.method).toBe('GET');
  });

  it('fills every parameter of a path with two', async () => {
    const { sent } = stubFetch(json(200, { explanation: null }));
    await call(endpoints.explainRun, { params: { id: 'run-1', applicantId: 'A&B' } });
    expect(sent().url).toBe('/api/match/runs/run-1/explain/A%26B');
  });

  it('writes the query string in the order given, leaving out undefined and empty values', async () => {
    const { sent } = stubFetch(json(200, { entries: [] }));
    await call(endpoints.buildProgramList, {
      query: { specialty: 'internal-medicine', state: undefined, tier: '', sort: 'name', page: 2 },
    });
    expect(sent().url).toBe('/api/programs/list?specialty=internal-medicine&sort=name&page=2');
  });

  it('sends no query string when nothing is set', async () => {
    const { sent } = stubFetch(json(200, { questions: [], themes: [] }));
    await call(endpoints.listInterviewQuestions, { query: { theme: undefined } });
    await call(endpoints.listInterviewQuestions);
    expect(sent(0).url).toBe('/api/interview/questions');
    expect(sent(1).url).toBe('/api/interview/questions');
  });

  it('encodes query values (spaces as +, reserved characters escaped)', async () => {
    const { sent } = stubFetch(json(200, { programs: [] }));
    await call(endpoints.searchCatalogue, { query: { q: 'St. Mary & Co', ids: 'a,b' } });
    expect(sent().url).toBe('/api/programs/catalogue?q=St.+Mary+%26+Co&ids=a%2Cb');
  });

  it('rejects a call without a required path parameter, naming it and the endpoint', async () => {
    const { fetchMock } = stubFetch(json(200, {}));
    // @ts-expect-error getRankList needs params.id; the types already refuse this call.
    const missing = call(endpoints.getRankList, {});
    await expect(missing).rejects.toThrow('Missing path parameter "id" for getRankList');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('builds link URLs for downloads the browser makes itself', () => {
    expect(urlFor(endpoints.exportPrograms, { query: { format: 'json' } })).toBe(
      '/api/programs/export?format=json',
    );
    expect(urlFor(endpoints.exportSavedList)).toBe('/api/programs/my-list/csv');
  });
});

describe('call: the body', () => {
  it('sends the request body as JSON and returns the parsed response', async () => {
    const saved = { rankList: { id: 'r1', name: 'Mine', entries: [] } };
    const { sent } = stubFetch(json(201, saved));
    const result = await call(endpoints.createRankList, {
      body: { name: 'Mine', entries: [{ programId: 'p1' }] },
    });
    expect(result).toEqual(saved);
    expect(sent().init?.method).toBe('POST');
    expect(sent().init?.credentials).toBe('same-origin');
    expect(sent().headers.get('content-type')).toBe('application/json');
    expect(sent().headers.get('accept')).toBe('application/json');
    expect(sent().init?.body).toBe('{"name":"Mine","entries":[{"programId":"p1"}]}');
  });

  it('sends {} for a POST that reads no body, as the app always has', async () => {
    const { sent } = stubFetch(json(201, { run: { id: 'run-1' } }));
    await call(endpoints.createRun, { params: { id: 'i1' } });
    expect(sent().url).toBe('/api/match/instances/i1/runs');
    expect(sent().init?.body).toBe('{}');
    expect(sent().headers.get('content-type')).toBe('application/json');
  });

  it('sends a DELETE body only when the endpoint reads one', async () => {
    const { sent } = stubFetch(() => new Response(null, { status: 204 }));
    await call(endpoints.deleteRankList, { params: { id: 'r1' } });
    await call(endpoints.deleteAccount, { body: { password: 'correct horse battery' } });
    expect(sent(0).init?.method).toBe('DELETE');
    expect(sent(0).init?.body).toBeUndefined();
    expect(sent(0).headers.has('content-type')).toBe(false);
    expect(sent(1).url).toBe('/api/account');
    expect(sent(1).init?.body).toBe('{"password":"correct horse battery"}');
  });

  it('passes the abort signal to fetch', async () => {
    const { sent } = stubFetch(json(200, { profile: null }));
    const controller = new AbortController();
    await call(endpoints.getProfile, { signal: controller.signal });
    expect(sent().init?.signal).toBe(controller.signal);
  });
});

describe('call: the answer', () => {
  it('resolves to undefined for 204 No Content', async () => {
    stubFetch(() => new Response(null, { status: 204 }));
    await expect(call(endpoints.signOut, { skipAuthRedirect: true })).resolves.toBeUndefined();
  });

  it('returns a download as a Blob, not parsed as JSON', async () => {
    const csv = 'program_id,name\np1,"General Hospital, IM"\n';
    const { sent } = stubFetch(
      () =>
        new Response(csv, {
          status: 200,
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': 'attachment; filename="my-list.csv"',
          },
        }),
    );
    const file = await call(endpoints.exportSavedList);
    // jsdom's Blob is not Node's (which fetch's Response makes), so no instanceof here.
    expect(Object.prototype.toString.call(file)).toBe('[object Blob]');
    await expect(file.text()).resolves.toBe(csv);
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect(sent().headers.get('accept')).toBe('*/*');
  });

  it('turns an unreadable success body into an ApiError instead of undefined data', async () => {
    stubFetch(() => new Response('<!doctype html><title>Proxy</title>', { status: 200 }));
    const error = await call(endpoints.getProfile).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 200, code: 'invalid-response' });
  });

  it('maps an error answer to ApiError and calls the 401 handler unless told not to', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    stubFetch(json(401, { error: { code: 'unauthenticated', message: 'Sign in to continue' } }));
    await expect(call(endpoints.getRankList, { params: { id: 'r1' } })).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
      message: 'Sign in to continue',
    });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(call(endpoints.me, { skipAuthRedirect: true })).rejects.toBeInstanceOf(ApiError);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('reports a network failure with the network code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(call(endpoints.listRankLists)).rejects.toMatchObject({
      code: 'network',
      message: 'Cannot reach MatchReady. Check your connection and try again.',
    });
  });
});

describe('types from the registry (checked by tsc)', () => {
  it('types results from the response schemas: JSON, nothing for 204, a Blob for files', () => {
    expectTypeOf<CallResult<'getRankList'>>().toEqualTypeOf<RankListResponse>();
    expectTypeOf<CallResult<'deleteRankList'>>().toEqualTypeOf<undefined>();
    expectTypeOf<CallResult<'exportPrograms'>>().toEqualTypeOf<Blob>();
  });

  it('keeps responses un-parsed only while no response schema transforms its input', () => {
    expectTypeOf<EndpointsWithResponseTransforms>().toEqualTypeOf<never>();
  });

  it('refuses a route table entry that disagrees with the registry', () => {
    const wrongPath: EndpointRoute<'getRankList'> = {
      id: 'getRankList',
      method: 'GET',
      // @ts-expect-error the registry's path is /api/programs/rank-lists/:id
      path: '/api/programs/rank-list/:id',
    };
    // @ts-expect-error exportPrograms answers with a file, so the route must say download
    const notADownload: EndpointRoute<'exportPrograms'> = {
      id: 'exportPrograms',
      method: 'GET',
      path: '/api/programs/export',
    };
    const aFalseDownload: EndpointRoute<'getSavedList'> = {
      id: 'getSavedList',
      method: 'GET',
      path: '/api/programs/my-list',
      // @ts-expect-error getSavedList answers with JSON
      download: true,
    };
    expect([wrongPath, notADownload, aFalseDownload].map((route) => route.id)).toEqual([
      'getRankList',
      'exportPrograms',
      'getSavedList',
    ]);
  });

  it('refuses calls with the wrong input', () => {
    // Never run: the calls exist for tsc, each line must be a type error.
    const calls = () => [
      // @ts-expect-error the body of createRankList needs a name
      call(endpoints.createRankList, { body: { entries: [] } }),
      // @ts-expect-error calculateMatch needs its query (specialty, ranks, type)
      call(endpoints.calculateMatch),
      // @ts-expect-error listRankLists reads no body
      call(endpoints.listRankLists, { body: {} }),
      // @ts-expect-error theme is one of the bank's themes
      call(endpoints.listInterviewQuestions, { query: { theme: 'not-a-theme' } }),
    ];
    expect(typeof calls).toBe('function');
  });
});
