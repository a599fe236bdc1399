/**
 * E2E harness: builds the web app when dist/ is missing or stale, starts the real server on a
 * free port with a throwaway data directory, and launches Debian's Chromium with a fresh profile.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { watchConsole } from './console-watch.ts';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const webDir = join(repoRoot, 'apps', 'web');
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
};

/** Rebuilds apps/web/dist when any input (web sources, contract, core) is newer than the build. */
export function ensureWebBuild(): void {
  const built = join(webDir, 'dist', 'index.html');
  const inputs = [
    join(webDir, 'src'),
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    join(webDir, 'public'),
    join(repoRoot, 'packages', 'contract', 'src'),
    join(repoRoot, 'packages', 'core', 'src'),
  ];
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (builtAt > Math.max(...inputs.map(newestMtime))) return;
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: webDir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
    timeout: 180_000,
  });
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

export interface RunningServer {
  readonly baseUrl: string;
  readonly dataDir: string;
  readonly logs: () => string;
  stop(): Promise<void>;
}

/** `extraEnv` gets the base URL, e.g. to set PUBLIC_ORIGIN or MATCHREADY_DEMO for one journey. */
export async function startServer(
  extraEnv: (baseUrl: string) => Record<string, string> = () => ({}),
): Promise<RunningServer> {
  // Developing the journeys: point them at a server you already run (its dist/ must be current).
  const external = process.env.E2E_BASE_URL;
  if (external) return { baseUrl: external, dataDir: '', logs: () => '', stop: async () => {} };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'matchready-e2e-data-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join('apps', 'server', 'src', 'main.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        ...extraEnv(`http://127.0.0.1:${port}`),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server did not become healthy within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    dataDir,
    logs: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** One Chromium per journey, each with its own fresh user-data-dir (no shared cookies). */
export async function launchBrowser(baseUrl: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'matchready-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    baseURL: baseUrl,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
    // The app honours prefers-reduced-motion (theme.respectReducedMotion): transitions take
    // 1 ms, so an audit never measures a notification half faded in or out.
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  watchConsole(context);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function ensureScreenshotDir(): void {
  mkdirSync(screenshotDir, { recursive: true });
}

/**
 * After a failed step: a full-page screenshot (test-results/screenshots/failed-<name>.png), and,
 * because CI keeps only the log, the page as text with its fields' values and the tail of the
 * server's own log on stderr. Call from `afterEach(({ task }) => reportFailure(...))`.
 */
export async function reportFailure(
  task: { readonly name: string; readonly result?: { readonly state?: string } | undefined },
  name: string,
  page: Page | undefined,
  server: RunningServer | undefined,
): Promise<void> {
  if (task.result?.state !== 'fail') return;
  const lines = [`--- ${name}: "${task.name}" failed`];
  if (page && !page.isClosed()) {
    try {
      await page.screenshot({ path: join(screenshotDir, `failed-${name}.png`), fullPage: true });
      const fields = await page
        .locator('input:not([type=password]), textarea')
        .evaluateAll((elements) =>
          elements.map((element) => {
            const field = element as HTMLInputElement;
            return `${field.labels?.[0]?.textContent ?? field.name ?? field.id}=${JSON.stringify(field.value)}`;
          }),
        );
      const text = await page.locator('body').innerText();
      lines.push(`page at ${page.url()}:`, text.slice(0, 3000), `fields: ${fields.join('; ')}`);
    } catch (error) {
      lines.push(`(the page could not be read: ${String(error)})`);
    }
  }
  lines.push('server log (tail):', server?.logs().slice(-4000) ?? '(no server)');
  console.error(lines.join('\n'));
}
