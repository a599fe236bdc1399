import {
  api,
  type MatchProblemJson,
  type OrganisationResponse,
  pathFor,
  type UserResponse,
} from '@matchready/contract';
import {
  createArgon2Hasher,
  createRepositories,
  type DatabaseKind,
  openTestDatabase,
  type TestDatabase,
} from '@matchready/db';
import type { AttemptLimits } from '@matchready/services';
import type { Hono } from 'hono';
import { type AppDeps, createApp } from './app.ts';
import { type ComposeOptions, composeServices } from './compose.ts';
import type { AppEnv } from './http/context.ts';
import { silentLogger } from './logger.ts';
import type { WorkerPool } from './workers/worker-pool.ts';

/** P1 prefers A2, so A1 (who ranks P1 first) matches at P2, their 2nd choice. */
export const SMALL_PROBLEM: MatchProblemJson = {
  programs: [
    { id: 'P1', capacity: 1, ranking: ['A2', 'A1'] },
    { id: 'P2', capacity: 1, ranking: ['A1'] },
  ],
  applicants: [
    { id: 'A1', ranking: ['P1', 'P2'] },
    { id: 'A2', ranking: ['P1'] },
  ],
};

export const PASSWORD = 'correct horse battery';
export const ORIGIN = 'http://localhost';

/**
 * Every in-process request comes from one address ('unknown'), and route tests sign up hundreds
 * of users: per-address limits are lifted unless a test passes its own (auth-limits.routes.test).
 */
const TEST_ATTEMPT_LIMITS: Partial<AttemptLimits> = {
  signUpPerAddress: { maxFailures: 1_000_000, windowMs: 60_000 },
  signInPerAddress: { maxFailures: 1_000_000, windowMs: 60_000 },
};

export interface TestAppOptions {
  readonly kind?: DatabaseKind;
  /** Attempt limits; the production defaults when a test passes `{}`. */
  readonly attemptLimits?: Partial<AttemptLimits>;
  /** The worker pool (decision 042); each app makes its own when left out. */
  readonly pool?: WorkerPool;
  /** Real SMTP (a loopback server in tests) and where mailed links point. */
  readonly mail?: ComposeOptions['mail'];
  readonly linkOrigin?: string;
}

export interface TestApp {
  readonly app: Hono<AppEnv>;
  readonly database: TestDatabase;
  /**
   * Approves a signed-up organisation admin's organisation the production way (decision 040):
   * a site admin, made as the operator makes one, approves it over HTTP. Returns its id.
   */
  approve(organisationAdmin: Agent): Promise<string>;
  dispose(): Promise<void>;
}

/**
 * The real app on a fresh SQLite file, with responses checked against the contract. argon2id
 * runs with tiny parameters so that hundreds of sign-ups stay fast (the adapter's own test uses
 * the production parameters).
 */
export async function createTestApp(
  overrides: Partial<AppDeps> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const database = await openTestDatabase(options.kind ?? 'sqlite');
  const services = composeServices(createRepositories(database.db), {
    sessionTtlMs: 7 * 24 * 60 * 60 * 1000,
    passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    attemptLimits: options.attemptLimits ?? TEST_ATTEMPT_LIMITS,
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
    ...(options.linkOrigin ? { linkOrigin: options.linkOrigin } : {}),
  });
  const app = createApp({
    services,
    logger: silentLogger,
    version: 'test',
    sampleInstance: SMALL_PROBLEM,
    trustProxy: true,
    validateResponses: true,
    ...overrides,
  });
  let siteAdmin: Promise<Agent> | undefined;
  const signInSiteAdmin = async (): Promise<Agent> => {
    const email = uniqueEmail('site-admin');
    await services.directory.createSiteAdmin({ email, password: PASSWORD });
    const agent = createAgent(app);
    const reply = await agent.post(api.signIn.path, { email, password: PASSWORD });
    if (reply.status !== 200) throw new Error(`site admin sign-in failed: ${reply.text}`);
    return agent;
  };
  async function approve(organisationAdmin: Agent): Promise<string> {
    const mine = await organisationAdmin.get(api.getOrganisation.path);
    if (mine.status !== 200) throw new Error(`no organisation: ${mine.text}`);
    const id = (mine.body as OrganisationResponse).organisation.id;
    siteAdmin ??= signInSiteAdmin();
    const reply = await (await siteAdmin).put(pathFor(api.setOrganisationApproval, { id }), {
      approved: true,
    });
    if (reply.status !== 200) throw new Error(`approval failed: ${reply.text}`);
    return id;
  }
  return { app, database, approve, dispose: () => database.dispose() };
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** Parsed JSON (the app already checked it against the contract); cast to contract types. */
  readonly body: unknown;
}

export interface RequestOptions {
  readonly body?: unknown;
  /** Sent as is (no JSON encoding). */
  readonly raw?: string;
  readonly headers?: Record<string, string>;
}

/** A browser-like client: keeps the session cookie, sends same-origin headers and JSON. */
export function createAgent(app: Hono<AppEnv>, cookieName = 'matchready_session') {
  let cookie: string | undefined;
  const agent = {
    get cookie() {
      return cookie;
    },
    set cookie(value: string | undefined) {
      cookie = value;
    },
    async request(method: string, path: string, options: RequestOptions = {}): Promise<Reply> {
      const payload =
        options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      const response = await app.request(path, {
        method,
        headers: {
          origin: ORIGIN,
          'sec-fetch-site': 'same-origin',
          ...(payload !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(cookie ? { cookie: `${cookieName}=${cookie}` } : {}),
          ...options.headers,
        },
        ...(payload !== undefined ? { body: payload } : {}),
      });
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const [name, value] = pair.split('=');
        if (name?.trim() !== cookieName) continue;
        const expired = attributes.some((a) => a.trim().toLowerCase() === 'max-age=0');
        cookie = expired || !value ? undefined : value;
      }
      const text = await response.text();
      let body: unknown = null;
      try {
        body = text === '' ? null : JSON.parse(text);
      } catch {
        body = text;
      }
      return { status: response.status, headers: response.headers, text, body };
    },
    get: (path: string, options?: RequestOptions) => agent.request('GET', path, options),
    post: (path: string, body?: unknown, options?: RequestOptions) =>
      agent.request('POST', path, { ...options, ...(body === undefined ? {} : { body }) }),
    put: (path: string, body?: unknown, options?: RequestOptions) =>
      agent.request('PUT', path, { ...options, body }),
    delete: (path: string, body?: unknown, options?: RequestOptions) =>
      agent.request('DELETE', path, { ...options, ...(body === undefined ? {} : { body }) }),
  };
  return agent;
}

export type Agent = ReturnType<typeof createAgent>;

let counter = 0;
/** A unique email per call, so tests sharing a database never collide. */
export const uniqueEmail = (label: string) => `${label}-${++counter}-${Date.now()}@example.org`;

export async function signUp(
  app: Hono<AppEnv>,
  role: 'applicant' | 'mentor' | 'organisation-admin',
  email = uniqueEmail(role),
): Promise<Agent & { email: string; userId: string }> {
  const agent = createAgent(app);
  const reply = await agent.post('/api/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName: `Test ${role}`,
    role,
    ...(role === 'organisation-admin' ? { organisationName: 'Test Org' } : {}),
  });
  if (reply.status !== 201) throw new Error(`sign-up failed: ${reply.status} ${reply.text}`);
  return Object.assign(agent, { email, userId: (reply.body as UserResponse).user.id });
}

/** An organisation admin whose organisation a site admin has approved (decision 040). */
export async function signUpApprovedAdmin(
  world: TestApp,
  email = uniqueEmail('organisation-admin'),
): Promise<Agent & { email: string; userId: string; organisationId: string }> {
  const agent = await signUp(world.app, 'organisation-admin', email);
  return Object.assign(agent, { organisationId: await world.approve(agent) });
}
