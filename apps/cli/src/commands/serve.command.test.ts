import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../testing/run-cli.ts';

const bin = fileURLToPath(new URL('../../bin/matchready.js', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'matchready-serve-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

interface Running {
  readonly child: ChildProcess;
  readonly url: string;
  output(): string;
  exit: Promise<number | null>;
}

/** Starts `matchready serve` and resolves once it prints its URL. */
function start(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], {
    cwd: dir,
    env: { ...process.env, LOG_LEVEL: 'info' },
  });
  let text = '';
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const match = /is running at (http:\/\/localhost:\d+)/.exec(text);
      if (match?.[1]) resolve({ child, url: match[1], output: () => text, exit });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) =>
      reject(new Error(`serve exited with ${code} before starting:\n${text}`)),
    );
  });
}

describe('matchready serve', { timeout: 90_000 }, () => {
  it('starts the server with demo accounts, serves the API, and stops cleanly on SIGTERM', async () => {
    const server = await start(['--port', '0', '--demo']);
    try {
      expect(server.output()).toContain('demo-applicant@matchready.local');
      expect(server.output()).toContain('password "matchready-demo"');
      const health = await fetch(`${server.url}/api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok' });
      const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ email: 'demo-admin@matchready.local', password: 'matchready-demo' }),
      });
      expect(signIn.status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('SIGTERM received, shutting down');
  });

  it('refuses a bad port before starting anything, and passes on configuration errors', async () => {
    const port = await runCli(['serve', '--port', 'http'], dir);
    expect(port.code).toBe(2);
    expect(port.stderr).toBe('matchready: --port must be an integer 0…65535, got "http"\n');
    const config = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'serve'], {
        cwd: dir,
        env: { ...process.env, DATABASE_URL: 'mysql://nope' },
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(
      'matchready: invalid configuration: DATABASE_URL must be a postgres:// URL',
    );
  });
});
