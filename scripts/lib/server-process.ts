/**
 * A real MatchReady server as a child process, for the load and durability scripts: sources
 * through tsx (or apps/server/dist/main.js with `bundle`), loopback only, its own data directory.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

export interface ServerOptions {
  readonly port: number;
  /** DATA_DIR (SQLite) or DATABASE_URL (PostgreSQL), TRUST_PROXY, … */
  readonly env: Readonly<Record<string, string>>;
  readonly bundle?: boolean;
  /** Extra node flags, e.g. ['--cpu-prof', '--cpu-prof-dir=DIR'] to profile the server. */
  readonly nodeArgs?: readonly string[];
}

export interface ServerProcess {
  readonly base: string;
  readonly child: ChildProcess;
  /** Resolves when the process has exited (with its code or signal). */
  readonly exited: Promise<string>;
  /** kill -9: no shutdown hook, no flush, nothing. */
  crash(): Promise<string>;
  stop(): Promise<string>;
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const base = `http://127.0.0.1:${options.port}`;
  const flags = options.nodeArgs ?? [];
  const entry = options.bundle
    ? [`${root}apps/server/dist/main.js`]
    : ['--import', 'tsx', `${root}apps/server/src/main.ts`];
  const child = spawn(process.execPath, [...flags, ...entry], {
    cwd: root,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? `code ${code}`)),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  for (let attempt = 0; ; attempt++) {
    if (gone) throw new Error(`the server exited during start-up:\n${stderr}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 600) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer /api/health within 60 s:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    child,
    exited,
    crash() {
      child.kill('SIGKILL');
      return exited;
    },
    stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

export interface Client {
  cookie: string;
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: unknown }>;
}

/** A same-origin JSON client that keeps the session cookie. */
export function createClient(base: string, cookie = ''): Client {
  const client: Client = {
    cookie,
    async call(method, path, body, headers = {}) {
      const response = await fetch(base + path, {
        method,
        headers: {
          'content-type': 'application/json',
          origin: base,
          'sec-fetch-site': 'same-origin',
          ...(client.cookie ? { cookie: client.cookie } : {}),
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const set = response.headers.get('set-cookie');
      if (set) client.cookie = set.split(';')[0] ?? '';
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text === '' ? null : JSON.parse(text);
      } catch {
        // Not JSON: keep the text.
      }
      return { status: response.status, body: parsed };
    },
  };
  return client;
}
