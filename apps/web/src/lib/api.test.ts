import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, formatIssuePath, send, setUnauthenticatedHandler, toApiError } from './api.ts';

const respond = (status: number, body?: unknown) =>
  vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthenticatedHandler(() => {});
});

describe('send', () => {
  it('sends same-origin JSON and hands back the successful response', async () => {
    const fetchMock = respond(200, { profile: null });
    vi.stubGlobal('fetch', fetchMock);
    const response = await send('PUT', '/api/profile', { body: { step1: 'passed' } });
    await expect(response.json()).resolves.toEqual({ profile: null });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/profile');
    expect(init.method).toBe('PUT');
    expect(init.credentials).toBe('same-origin');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
    expect(new Headers(init.headers).get('accept')).toBe('application/json');
    expect(init.body).toBe('{"step1":"passed"}');
  });

  it('maps the error body to an ApiError with code, message and readable issue paths', async () => {
    vi.stubGlobal(
      'fetch',
      respond(400, {
        error: {
          code: 'invalid-input',
          message: 'The instance is not valid',
          issues: [
            {
              path: ['programs', 3, 'ranking', 0],
              message: 'Unknown applicant "x"',
              code: 'unknown-id',
            },
            { path: [], message: 'Empty' },
          ],
        },
      }),
    );
    const error = await send('POST', '/api/match/instances', { body: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('invalid-input');
    expect(apiError.message).toBe('The instance is not valid');
    expect(apiError.issues).toEqual([
      {
        path: 'programs[3].ranking[0]',
        segments: ['programs', 3, 'ranking', 0],
        message: 'Unknown applicant "x"',
        code: 'unknown-id',
      },
      { path: '(root)', segments: [], message: 'Empty' },
    ]);
  });

  it('calls the 401 handler, unless the caller expects 401 as an answer', async () => {
    const onUnauthenticated = vi.fn();
    setUnauthenticatedHandler(onUnauthenticated);
    vi.stubGlobal(
      'fetch',
      respond(401, { error: { code: 'unauthenticated', message: 'Sign in' } }),
    );
    await expect(send('GET', '/api/profile')).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    await expect(send('GET', '/api/auth/me', { skipAuthRedirect: true })).rejects.toBeInstanceOf(
      ApiError,
    );
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('falls back to a code from the status when the body is not the error shape', async () => {
    expect(toApiError(404, undefined)).toMatchObject({ code: 'not-found', isNotFound: true });
    expect(toApiError(502, '<html>')).toMatchObject({ code: 'server-error', status: 502 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })),
    );
    await expect(send('GET', '/api/health')).rejects.toMatchObject({
      code: 'server-error',
      message: 'The server had a problem. Please try again in a moment.',
    });
  });

  it('reports network failures as their own code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(send('GET', '/api/health')).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('lets an abort through as the AbortError it is (TanStack Query cancels with it)', async () => {
    const fetchMock = vi.fn(async () =>
      Promise.reject(new DOMException('The operation was aborted.', 'AbortError')),
    );
    vi.stubGlobal('fetch', fetchMock);
    const controller = new AbortController();
    const error = await send('GET', '/api/health', { signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'AbortError' });
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.signal).toBe(controller.signal);
  });

  it('formats issue paths the way users read them', () => {
    expect(formatIssuePath(['applicants', 0, 'id'])).toBe('applicants[0].id');
    expect(formatIssuePath('row 3')).toBe('row 3');
    expect(formatIssuePath(undefined)).toBe('(root)');
  });
});
