import type { HttpMethod } from '@matchready/contract';

/**
 * The one fetch wrapper: same-origin requests, errors mapped to ApiError with the server's
 * transport-neutral code, and a hook the router installs to redirect to sign-in on 401. Features
 * call endpoints through the typed client (api-client.ts), not through this.
 */

export interface ApiIssue {
  /** Dotted path as users read it: `programs[3].ranking[0]`. `(root)` when the issue is about the whole input. */
  readonly path: string;
  /** The raw path segments, for mapping onto form fields. */
  readonly segments: readonly (string | number)[];
  readonly message: string;
  readonly code?: string;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ApiIssue[] = [],
  ) {
    super(message);
  }

  get isUnauthenticated(): boolean {
    return this.status === 401 || this.code === 'unauthenticated';
  }

  get isNotFound(): boolean {
    return this.status === 404 || this.code === 'not-found';
  }
}

type Handler = () => void;
let onUnauthenticated: Handler = () => {};

/** The app decides what a 401 means (redirect to sign-in, keeping the intended URL). */
export function setUnauthenticatedHandler(handler: Handler): void {
  onUnauthenticated = handler;
}

export interface SendOptions {
  /** Sent as JSON when present. */
  readonly body?: unknown;
  readonly signal?: AbortSignal | undefined;
  /** Auth endpoints expect 401 as an answer; they must not trigger the global redirect. */
  readonly skipAuthRedirect?: boolean | undefined;
  /** File downloads accept any type; everything else asks for JSON. */
  readonly accept?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `['programs', 3, 'ranking']` → `programs[3].ranking`; strings pass through. */
export function formatIssuePath(path: unknown): string {
  if (typeof path === 'string') return path === '' ? '(root)' : path;
  if (!Array.isArray(path) || path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const toSegments = (path: unknown): (string | number)[] => {
  if (Array.isArray(path)) {
    return path.filter(
      (part): part is string | number => typeof part === 'string' || typeof part === 'number',
    );
  }
  return typeof path === 'string' && path !== '' ? path.split('.') : [];
};

function toIssues(raw: unknown): ApiIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((issue) => ({
    path: formatIssuePath(issue.path),
    segments: toSegments(issue.path),
    message: typeof issue.message === 'string' ? issue.message : 'Invalid value',
    ...(typeof issue.code === 'string' ? { code: issue.code } : {}),
  }));
}

const fallbackCode = (status: number): string => {
  if (status === 400 || status === 422) return 'invalid-input';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return 'server-error';
};

const fallbackMessage = (status: number): string =>
  status >= 500
    ? 'The server had a problem. Please try again in a moment.'
    : `The request failed (HTTP ${status}).`;

/** Maps a non-2xx response body (parsed JSON or undefined) to an ApiError. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : fallbackCode(status);
  const message =
    typeof error?.message === 'string' && error.message !== ''
      ? error.message
      : fallbackMessage(status);
  return new ApiError(status, code, message, toIssues(error?.issues));
}

/** An error body as JSON, or undefined when it is empty or not JSON (a proxy's HTML page). */
async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * One same-origin request. A network failure or a non-2xx answer becomes an ApiError (a 401 also
 * calls the handler, unless skipped); an abort passes through as the AbortError it is. The caller
 * reads the body of a successful response (see `call` in api-client.ts).
 */
export async function send(
  method: HttpMethod,
  url: string,
  options: SendOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(
      0,
      'network',
      'Cannot reach MatchReady. Check your connection and try again.',
    );
  }
  if (!response.ok) {
    const error = toApiError(response.status, await readErrorBody(response));
    if (error.isUnauthenticated && !options.skipAuthRedirect) onUnauthenticated();
    throw error;
  }
  return response;
}

/** A human sentence for any thrown value (for alerts and notifications). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
