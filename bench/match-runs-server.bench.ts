/**
 * Match runs through the real server while /api/health is polled (reported, not asserted;
 * issue 12 item 7, decision 042):
 *   node --import tsx bench/match-runs-server.bench.ts [--parallel 20] [--shape couples|dense] [--bundle]
 * Starts the server on a throwaway SQLite file, saves one 5,000 × 5,000 instance (`couples`:
 * 2,000 couples and lists of 20, about a second to solve; `dense`: lists of 100, an 8 MB file),
 * POSTs `parallel` runs of it at once and asks /api/health every 50 ms until they are all
 * answered. Reports the slowest health answer, the wall time of the runs and their statuses, and
 * what moving such a problem to a worker costs the main thread (structured clone vs JSON text).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateInstance, solveMatch } from '@matchready/core';
import { createClient, freePort, startServer } from '../scripts/lib/server-process.ts';

const { values } = parseArgs({
  options: {
    parallel: { type: 'string', default: '20' },
    shape: { type: 'string', default: 'couples' },
    bundle: { type: 'boolean', default: false },
    /** Writes a V8 CPU profile of the server (and its workers) into this directory. */
    profile: { type: 'string' },
  },
});
const parallel = Number(values.parallel);
const problem = generateInstance(
  values.shape === 'dense'
    ? { applicants: 5_000, programs: 5_000, ranksPerApplicant: 100, meanCapacity: 1, seed: 1 }
    : {
        applicants: 5_000,
        programs: 5_000,
        couples: 2_000,
        ranksPerApplicant: 20,
        meanCapacity: 1,
        seed: 1,
      },
);
const content = JSON.stringify(problem);

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
function mainThreadCosts() {
  const time = (f: () => unknown) =>
    median(
      Array.from({ length: 5 }, () => {
        const t0 = performance.now();
        f();
        return performance.now() - t0;
      }),
    );
  return {
    solve: time(() => solveMatch(problem)),
    structuredClone: time(() => structuredClone(problem)),
    stringify: time(() => JSON.stringify(problem)),
    parse: time(() => JSON.parse(content)),
  };
}

async function main() {
  const costs = mainThreadCosts();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'matchready-runs-'));
  const server = await startServer({
    port: await freePort(),
    env: { DATA_DIR: dataDir },
    bundle: values.bundle,
    ...(values.profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] } : {}),
  });
  try {
    const me = createClient(server.base);
    await me.call('POST', '/api/auth/sign-up', {
      email: `runs-${Date.now()}@example.org`,
      password: 'correct horse battery',
      displayName: 'Runs',
      role: 'applicant',
    });
    const created = await me.call('POST', '/api/match/instances', {
      name: 'Largest',
      format: 'json',
      content,
    });
    if (created.status !== 201) throw new Error(`saving the instance answered ${created.status}`);
    const id = (created.body as { instance: { id: string } }).instance.id;
    const load = os.loadavg()[0] ?? 0;
    const t0 = performance.now();
    let done = false;
    const runs = Promise.all(
      Array.from({ length: parallel }, () => me.call('POST', `/api/match/instances/${id}/runs`)),
    ).finally(() => {
      done = true;
    });
    const health: number[] = [];
    while (!done) {
      const h0 = performance.now();
      await fetch(`${server.base}/api/health`);
      health.push(performance.now() - h0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const statuses = (await runs).map((reply) => reply.status);
    const wall = performance.now() - t0;
    const count = (status: number) => statuses.filter((s) => s === status).length;
    process.stdout.write(
      [
        `${parallel} parallel runs of a 5,000 × 5,000 instance (${values.shape}, ${(content.length / 1e6).toFixed(1)} MB) through ${values.bundle ? 'the bundle' : 'the sources (tsx)'}; load average ${load.toFixed(2)}`,
        `  runs: ${count(201)} × 201, ${count(429)} × 429, others ${statuses.length - count(201) - count(429)}; all answered after ${(wall / 1000).toFixed(1)} s`,
        `  /api/health: ${health.length} answers, median ${median(health).toFixed(1)} ms, slowest ${Math.max(...health).toFixed(0)} ms`,
        `  main-thread costs in this process (median of 5): solve ${costs.solve.toFixed(0)} ms, structuredClone ${costs.structuredClone.toFixed(0)} ms, JSON.stringify ${costs.stringify.toFixed(0)} ms, JSON.parse ${costs.parse.toFixed(0)} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
