/**
 * Load on a real server (reported, not asserted; issue 12):
 *   npm run bench:load [-- --duration 30] [--rate 500] [--connections 20] [--bundle] [--breakdown]
 * Starts the server (sources through tsx, or apps/server/dist/main.js with --bundle) on
 * 127.0.0.1 with a throwaway SQLite file, signs up an applicant with a profile and a saved list,
 * then drives authenticated reads at a steady `rate` requests/s for `duration` seconds (open
 * model, see pacedReads): the program list, the question list and the dashboard's data (session,
 * profile, saved list, instances, next steps), round robin. A second phase repeats the reads while
 * 4 other accounts sign in over and over (argon2id, production parameters); a last one drives the
 * same reads with autocannon's `overallRate`, for comparison. Prints p50/p99, errors, non-2xx and
 * the CPU time stolen by the hypervisor per phase; exits 1 only on connection errors, timeouts or
 * 5xx answers, never on latency.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { createClient, freePort, startServer } from '../scripts/lib/server-process.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    rate: { type: 'string', default: '500' },
    connections: { type: 'string', default: '20' },
    bundle: { type: 'boolean', default: false },
    /** Also times each read alone: 200 requests one after another, mean ms and body bytes. */
    breakdown: { type: 'boolean', default: false },
    /** Writes a V8 CPU profile of the server (and its workers) into this directory. */
    profile: { type: 'string' },
  },
});
const duration = Number(values.duration);
const rate = Number(values.rate);
const connections = Number(values.connections);
if (![duration, rate, connections].every((n) => Number.isInteger(n) && n > 0)) {
  process.stderr.write(
    'bench:load: --duration, --rate and --connections must be whole numbers > 0\n',
  );
  process.exit(2);
}

const PASSWORD = 'correct horse battery';
const SIGN_IN_ACCOUNTS = 4;
const READS = [
  '/api/programs/list?pageSize=25',
  '/api/interview/questions',
  '/api/auth/me',
  '/api/profile',
  '/api/programs/my-list',
  '/api/match/instances',
  '/api/timeline/next-steps',
];

interface Phase {
  readonly name: string;
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly serverErrors: number;
  /** Share of CPU time the hypervisor took during the phase (Linux /proc/stat), or null. */
  readonly steal?: number | null;
}

/** The machine's CPU counters: total and stolen (by the hypervisor) jiffies, on Linux. */
function cpuCounters(): { total: number; steal: number } | null {
  if (!existsSync('/proc/stat')) return null;
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/** Runs a phase and notes the share of CPU time stolen from this virtual machine meanwhile. */
async function measured(run: () => Promise<Phase>): Promise<Phase> {
  const before = cpuCounters();
  const phase = await run();
  const after = cpuCounters();
  const steal =
    before && after && after.total > before.total
      ? (after.steal - before.steal) / (after.total - before.total)
      : null;
  return { ...phase, steal };
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0);

/**
 * Reads at a steady rate (open model): request i is due at start + i / rate whatever happened to
 * the ones before, and its latency counts from when it was due, so a slow answer also delays
 * (and is charged to) the requests queued behind it. autocannon's `overallRate` is not this: each
 * connection sends its whole per-second quota back to back at the start of every second
 * (lib/httpClient.js, `reqsMadeThisSecond`), so 500 req/s over 20 connections is a burst at full
 * concurrency for part of each second and idle for the rest.
 */
async function pacedReads(base: string, cookie: string, name: string): Promise<Phase> {
  const url = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const total = rate * duration;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let serverErrors = 0;
  let sent = 0;
  let settled = 0;
  const start = performance.now();
  await new Promise<void>((resolve) => {
    const send = (i: number, due: number) => {
      const request = http.get(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: READS[i % READS.length],
          headers: { cookie, origin: base },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            latencies.push(performance.now() - due);
            const status = response.statusCode ?? 0;
            if (status < 200 || status > 299) non2xx++;
            if (status >= 500) serverErrors++;
            if (++settled === total) resolve();
          });
        },
      );
      request.setTimeout(10_000, () => request.destroy(new Error('timeout')));
      request.on('error', () => {
        errors++;
        if (++settled === total) resolve();
      });
    };
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) {
        send(sent, start + (sent * 1000) / rate);
        sent++;
      }
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });
  agent.destroy();
  const sorted = latencies.slice().sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    rps: latencies.length / ((performance.now() - start) / 1000),
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    errors,
    non2xx,
    serverErrors,
  };
}

/** The same reads driven by autocannon's `overallRate` (bursts; see pacedReads). */
async function reads(base: string, cookie: string, name: string): Promise<Phase> {
  const result = await autocannon({
    url: base,
    connections,
    overallRate: rate,
    duration,
    headers: { cookie, origin: base },
    requests: READS.map((path) => ({ method: 'GET' as const, path })),
  });
  return {
    name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    serverErrors: result['5xx'],
  };
}

/** Sign-ins in a loop per account until `until`, each timed from send to answer. */
async function signIns(base: string, emails: readonly string[], until: number): Promise<Phase> {
  const times: number[] = [];
  let failures = 0;
  let serverErrors = 0;
  await Promise.all(
    emails.map(async (email) => {
      const client = createClient(base);
      while (Date.now() < until) {
        const t0 = performance.now();
        try {
          const reply = await client.call('POST', '/api/auth/sign-in', {
            email,
            password: PASSWORD,
          });
          times.push(performance.now() - t0);
          if (reply.status !== 200) failures++;
          if (reply.status >= 500) serverErrors++;
        } catch {
          failures++;
          serverErrors++;
        }
      }
    }),
  );
  const sorted = times.slice().sort((a, b) => a - b);
  return {
    name: `sign-in (${emails.length} accounts in a loop)`,
    requests: times.length,
    rps: times.length / duration,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
    errors: 0,
    non2xx: failures,
    serverErrors,
  };
}

async function seed(base: string): Promise<{ cookie: string; emails: string[] }> {
  const stamp = Date.now();
  const forwarded = (n: number) => ({ 'x-forwarded-for': `10.9.0.${n}` });
  const reader = createClient(base);
  const signUp = async (client: ReturnType<typeof createClient>, email: string, n: number) => {
    const reply = await client.call(
      'POST',
      '/api/auth/sign-up',
      { email, password: PASSWORD, displayName: `Load ${n}`, role: 'applicant' },
      forwarded(n),
    );
    if (reply.status !== 201) throw new Error(`sign-up answered ${reply.status}`);
  };
  await signUp(reader, `load-reader-${stamp}@example.org`, 1);
  const profile = await reader.call('PUT', '/api/profile', {
    applicantType: 'non-us-img',
    graduationYear: 2021,
    visaNeed: 'j1',
    step2Score: 246,
    usceMonths: 4,
    researchItems: 3,
    specialties: ['Internal Medicine'],
    preferredStates: ['NY', 'NJ', 'PA'],
  });
  if (profile.status !== 200) throw new Error(`PUT /api/profile answered ${profile.status}`);
  const list = await reader.call('GET', '/api/programs/list?pageSize=25');
  const ids = (list.body as { entries: { id: string }[] }).entries.slice(0, 10).map((e) => e.id);
  const saved = await reader.call('PUT', '/api/programs/my-list', {
    entries: ids.map((programId) => ({ programId })),
  });
  if (saved.status !== 200) process.stderr.write(`(saved list not stored: ${saved.status})\n`);
  const emails: string[] = [];
  for (let n = 0; n < SIGN_IN_ACCOUNTS; n++) {
    const email = `load-sign-in-${n}-${stamp}@example.org`;
    await signUp(createClient(base), email, 10 + n);
    emails.push(email);
  }
  return { cookie: reader.cookie, emails };
}

const ms = (n: number) => n.toFixed(1).padStart(7);

/** Each read on its own, one request at a time: the server's time per request without queueing. */
async function breakdown(base: string, cookie: string): Promise<string[]> {
  const lines = ['', 'read, alone (200 in sequence)                      mean ms    bytes'];
  // /api/health: no session, no database: the HTTP stack and the client's own share.
  for (const path of ['/api/health', ...READS]) {
    let bytes = 0;
    const started = performance.now();
    for (let i = 0; i < 200; i++) {
      const response = await fetch(`${base}${path}`, { headers: { cookie, origin: base } });
      bytes = (await response.arrayBuffer()).byteLength;
    }
    const mean = (performance.now() - started) / 200;
    lines.push(`${path.padEnd(48)} ${ms(mean)} ${String(bytes).padStart(8)}`);
  }
  return lines;
}

async function main(): Promise<number> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'matchready-load-'));
  const server = await startServer({
    port: await freePort(),
    env: { DATA_DIR: dataDir, TRUST_PROXY: '1' },
    bundle: values.bundle,
    ...(values.profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] } : {}),
  });
  try {
    const { cookie, emails } = await seed(server.base);
    // Warm-up: JIT and caches, not reported.
    await autocannon({
      url: server.base,
      connections: 4,
      amount: 700,
      headers: { cookie, origin: server.base },
      requests: READS.map((path) => ({ method: 'GET' as const, path })),
    });
    const alone = values.breakdown ? await breakdown(server.base, cookie) : [];
    const load1 = os.loadavg()[0] ?? 0;
    const phases: Phase[] = [await measured(() => pacedReads(server.base, cookie, 'reads, paced'))];
    const until = Date.now() + duration * 1000;
    const [underSignIn, signIn] = await Promise.all([
      measured(() => pacedReads(server.base, cookie, 'reads, paced, while signing in')),
      signIns(server.base, emails, until),
    ]);
    phases.push(
      underSignIn,
      signIn,
      await measured(() => reads(server.base, cookie, 'reads, autocannon bursts')),
    );
    const load2 = os.loadavg()[0] ?? 0;
    process.stdout.write(
      [
        `bench:load ${values.bundle ? 'bundle' : 'sources (tsx)'}, ${rate} req/s target over ${connections} connections, ${duration} s per phase`,
        `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; load average (1 min) ${load1.toFixed(2)} before, ${load2.toFixed(2)} after`,
        '',
        'phase                                requests   req/s   p50 ms  p99 ms  max ms  errors  non-2xx  5xx  steal',
        ...phases.map(
          (p) =>
            `${p.name.padEnd(36)} ${String(p.requests).padStart(8)} ${p.rps.toFixed(0).padStart(7)} ${ms(p.p50)} ${ms(p.p99)} ${ms(p.max)} ${String(p.errors).padStart(7)} ${String(p.non2xx).padStart(8)} ${String(p.serverErrors).padStart(4)} ${p.steal == null ? '    -' : `${(p.steal * 100).toFixed(0).padStart(4)}%`}`,
        ),
        ...alone,
        '',
      ].join('\n'),
    );
    return phases.some((p) => p.errors > 0 || p.serverErrors > 0) ? 1 : 0;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:load: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
