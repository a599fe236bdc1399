/**
 * Durability check (issue 12): kill -9 the server in the middle of write bursts and verify that
 * every write it acknowledged is still there, whole, after a restart.
 *
 *   npm run durability -- --db sqlite|postgres [--runs 20] [--seed 1] [--writers 8] [--bundle]
 *
 * Each run: a fresh applicant (its own address through X-Forwarded-For, TRUST_PROXY=1, so the
 * sign-up limit per address does not end the series) starts `writers` parallel loops creating
 * timeline tasks (POST /api/timeline/tasks, one row each, a unique title); at a seeded moment
 * 80–600 ms into the burst the server gets SIGKILL. It is started again on the same database, and
 * the applicant's tasks are compared with what was sent (lib/acknowledged-writes.ts): every
 * acknowledged task present as sent, nothing present that was not sent whole. Exits 1 on a loss.
 *
 * PostgreSQL: without TEST_POSTGRES_URL the script re-runs itself under scripts/with-postgres.sh
 * (a throwaway cluster on loopback). Only the server process is killed, never the database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkWrites, seededRandom, type Write } from './lib/acknowledged-writes.ts';
import {
  createClient,
  freePort,
  root,
  type ServerProcess,
  startServer,
} from './lib/server-process.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'sqlite' },
    runs: { type: 'string', default: '20' },
    seed: { type: 'string', default: '1' },
    writers: { type: 'string', default: '8' },
    bundle: { type: 'boolean', default: false },
  },
});

const engine = values.db;
if (engine !== 'sqlite' && engine !== 'postgres') {
  process.stderr.write('durability: --db must be sqlite or postgres\n');
  process.exit(2);
}
const runs = Number(values.runs);
const seed = Number(values.seed);
const writers = Number(values.writers);
if (![runs, seed, writers].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write('durability: --runs, --seed and --writers must be whole numbers > 0\n');
  process.exit(2);
}

/** A user has at most 200 tasks (MAX_TASKS); the loops stop a little below. */
const MAX_WRITES_PER_RUN = 190;

interface RunReport {
  readonly run: number;
  readonly killAfterMs: number;
  readonly sent: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly damaged: number;
  readonly unacknowledgedPresent: number;
}

async function oneRun(
  run: number,
  server: ServerProcess,
  restart: () => Promise<ServerProcess>,
): Promise<{ report: RunReport; server: ServerProcess }> {
  const random = seededRandom(seed * 1000 + run);
  const killAfterMs = Math.round(80 + random() * 520);
  const address = `10.${run >> 8}.${run & 255}.${1 + Math.floor(random() * 250)}`;
  const client = createClient(server.base);
  const forwarded = { 'x-forwarded-for': address };
  const email = `durability-${seed}-${run}-${Date.now()}@example.org`;
  const signUp = await client.call(
    'POST',
    '/api/auth/sign-up',
    {
      email,
      password: 'correct horse battery',
      displayName: `Durability ${run}`,
      role: 'applicant',
    },
    forwarded,
  );
  if (signUp.status !== 201) throw new Error(`sign-up answered ${signUp.status}`);

  const sent = new Map<string, Write>();
  const acknowledged = new Set<string>();
  let next = 0;
  let crashed = false;
  const writer = async () => {
    while (!crashed && next < MAX_WRITES_PER_RUN) {
      const n = next++;
      const write: Write = {
        key: `run ${run} write ${n}`,
        due: `2027-0${1 + (n % 9)}-1${n % 10}`,
        detail: `seed ${seed}, run ${run}, write ${n}: ${'x'.repeat(1 + (n % 50))}`,
      };
      sent.set(write.key, write);
      try {
        const reply = await client.call(
          'POST',
          '/api/timeline/tasks',
          { kind: 'custom', title: write.key, due: write.due, detail: write.detail },
          forwarded,
        );
        if (reply.status >= 200 && reply.status < 300) acknowledged.add(write.key);
        else if (!crashed) throw new Error(`a write answered ${reply.status}`);
      } catch (error) {
        if (!crashed) throw error;
      }
    }
  };
  const burst = Promise.all(Array.from({ length: writers }, writer));
  await new Promise((resolve) => setTimeout(resolve, killAfterMs));
  crashed = true;
  await server.crash();
  await burst;

  const restarted = await restart();
  const reader = createClient(restarted.base, client.cookie);
  const timeline = await reader.call('GET', '/api/timeline', undefined, forwarded);
  if (timeline.status !== 200) throw new Error(`GET /api/timeline answered ${timeline.status}`);
  const tasks = (
    timeline.body as { tasks: { title: string | null; due: string; detail: string | null }[] }
  ).tasks;
  const found = tasks.map((task) => ({
    key: task.title ?? '',
    due: task.due,
    detail: task.detail ?? '',
  }));
  const check = checkWrites(sent, acknowledged, found);
  return {
    server: restarted,
    report: {
      run,
      killAfterMs,
      sent: sent.size,
      acknowledged: check.acknowledged,
      lost: check.lost.length,
      damaged: check.damaged.length,
      unacknowledgedPresent: check.unacknowledgedPresent,
    },
  };
}

async function main(): Promise<number> {
  if (engine === 'postgres' && !process.env.TEST_POSTGRES_URL) {
    const again = spawnSync(
      'bash',
      [
        join(root, 'scripts/with-postgres.sh'),
        process.execPath,
        '--import',
        'tsx',
        ...process.argv.slice(1),
      ],
      { stdio: 'inherit', cwd: root },
    );
    return again.status ?? 1;
  }
  const dataDir = mkdtempSync(join(os.tmpdir(), 'matchready-durability-'));
  const port = await freePort();
  const env: Record<string, string> = {
    TRUST_PROXY: '1',
    ...(engine === 'postgres'
      ? { DATABASE_URL: process.env.TEST_POSTGRES_URL ?? '', DATA_DIR: dataDir }
      : { DATA_DIR: dataDir }),
  };
  const start = () => startServer({ port, env, bundle: values.bundle });
  let server = await start();
  const reports: RunReport[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const result = await oneRun(run, server, start);
      server = result.server;
      reports.push(result.report);
      const r = result.report;
      process.stdout.write(
        `run ${String(run).padStart(2)}: kill after ${r.killAfterMs} ms, ${r.sent} sent, ${r.acknowledged} acknowledged, ${r.lost} lost, ${r.damaged} damaged, ${r.unacknowledgedPresent} unacknowledged but present\n`,
      );
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  const total = (pick: (r: RunReport) => number) => reports.reduce((sum, r) => sum + pick(r), 0);
  const lost = total((r) => r.lost);
  const damaged = total((r) => r.damaged);
  process.stdout.write(
    `\n${engine}: ${reports.length} kill -9 runs (seed ${seed}, ${writers} writers), ${total((r) => r.acknowledged)} acknowledged writes checked, ${lost} lost, ${damaged} damaged, ${total((r) => r.unacknowledgedPresent)} unacknowledged but present; load average ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')}\n`,
  );
  return lost + damaged === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`durability: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
