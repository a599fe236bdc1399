/**
 * "Simulate my match" through the real server path (reported, not asserted):
 *   node --import tsx bench/simulation-server.bench.ts [--runs 1000] [--competitors 10000] [--bundle]
 * Starts the server (sources through tsx, or apps/server/dist/main.js with --bundle) on a free port
 * with a throwaway SQLite database, signs up an applicant (non-US IMG, J-1, Internal Medicine),
 * ranks 10 Internal Medicine programs of the synthetic sample, POSTs one simulation and polls it
 * to the end. Reports the wall time from the POST to "done", the server process's CPU time, and
 * the slowest /api/health answer while the simulation ran.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    competitors: { type: 'string', default: '10000' },
    bundle: { type: 'boolean', default: false },
  },
});
const root = new URL('..', import.meta.url).pathname;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** utime + stime of a process in seconds (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(os.tmpdir(), 'matchready-bench-'));
  const entry = values.bundle
    ? [join(root, 'apps/server/dist/main.js')]
    : ['--import', 'tsx', join(root, 'apps/server/src/main.ts')];
  const child: ChildProcess = spawn(process.execPath, entry, {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', origin: base, cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return { status: response.status, body: (await response.json()) as unknown };
  };
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/api/health`)).ok) break;
      } catch {
        if (i > 240) throw new Error('the server did not start');
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
    await call('POST', '/api/auth/sign-up', {
      email: `bench-${Date.now()}@example.org`,
      password: 'correct horse battery',
      displayName: 'Bench',
      role: 'applicant',
    });
    await call('PUT', '/api/profile', {
      applicantType: 'non-us-img',
      graduationYear: 2021,
      visaNeed: 'j1',
      step2Score: 246,
      usceMonths: 4,
      researchItems: 3,
      specialties: ['Internal Medicine'],
      preferredStates: ['NY', 'NJ', 'PA'],
    });
    const list = await call(
      'GET',
      '/api/programs/list?eligibility=eligible&visa=j1&sort=name&pageSize=100',
    );
    const entries = (list.body as { entries: { id: string; program: { track: string } }[] })
      .entries;
    const programIds = entries
      .filter((e) => e.program.track === 'categorical')
      .slice(0, 10)
      .map((e) => e.id);
    const pid = child.pid as number;
    const cpu0 = cpuSeconds(pid);
    const t0 = performance.now();
    const started = await call('POST', '/api/programs/simulations', {
      programIds,
      runs: Number(values.runs),
      competitors: Number(values.competitors),
    });
    if (started.status !== 202) throw new Error(`POST answered ${started.status}`);
    const id = (started.body as { simulation: { id: string } }).simulation.id;
    let slowestHealth = 0;
    let result: { status: string; result: { pMatch: number; positions: number } | null };
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const h0 = performance.now();
      await fetch(`${base}/api/health`);
      slowestHealth = Math.max(slowestHealth, performance.now() - h0);
      const polled = await call('GET', `/api/programs/simulations/${id}`);
      result = (polled.body as { simulation: typeof result }).simulation;
      if (result.status === 'done' || result.status === 'failed') break;
    }
    const wall = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(pid) - cpu0;
    console.log(
      `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `server (${values.bundle ? 'bundle' : 'sources via tsx'}) simulation ${values.runs} runs × ${values.competitors} competitors, ${programIds.length} ranked: ${result.status} in ${wall.toFixed(1)} s wall (POST → done, incl. worker start), server CPU ${cpu.toFixed(1)} s; slowest /api/health during the run ${slowestHealth.toFixed(0)} ms; P(match) ${((result.result?.pMatch ?? 0) * 100).toFixed(1)}%, ${result.result?.positions ?? 0} positions`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
