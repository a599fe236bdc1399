/**
 * Program list and "simulate my match" benchmark (reported, not asserted):
 *   node --import tsx bench/programs.bench.ts [--list-only] [--runs 1000] [--competitors 10000] [--workers 2]
 * 1. buildProgramList: one profile against 3,000 synthetic programs (all specialties), median/p95.
 * 2. simulateMatch: `runs` simulations of an Internal Medicine market of `competitors` applicants,
 *    split over `workers` worker threads (as the server does) and merged; wall and CPU time.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import {
  type ApplicantProfile,
  buildProgramList,
  generateSyntheticPrograms,
  mergeSimulations,
  type Program,
  type SimulationResult,
  simulateMatch,
} from '@matchready/core/programs';

const PROFILES: readonly ApplicantProfile[] = [
  {
    applicantType: 'non-us-img',
    step2: 246,
    failedAttempts: 0,
    graduationYear: 2021,
    visa: 'j1',
    step3: false,
    usceMonths: 4,
    researchItems: 3,
    ecfmgCertifiedByRankDeadline: null,
    specialties: ['internal-medicine', 'family-medicine'],
    states: ['NY', 'NJ', 'PA'],
  },
  {
    applicantType: 'us-img',
    step2: 232,
    failedAttempts: 1,
    graduationYear: 2016,
    visa: 'none',
    step3: true,
    usceMonths: 12,
    researchItems: 8,
    specialties: ['pediatrics'],
    states: ['TX'],
  },
];
const SIM_PROFILE = PROFILES[0] as ApplicantProfile;

interface SimJob {
  readonly programs: readonly Program[];
  readonly rankList: readonly string[];
  readonly runs: number;
  readonly firstRun: number;
  readonly competitors: number;
}

// Worker threads do not inherit tsx's module hooks on Node 20: register them, then load this file.
const WORKER_BOOT = `
  const { workerData } = require('node:worker_threads');
  import('tsx/esm/api').then(({ register }) => { register(); return import(workerData.url); });
`;

const percentile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;

interface SimTiming {
  readonly result: SimulationResult;
  /** Wall time of simulateMatch in the worker. */
  readonly wallMs: number;
  /** Market build (before the first run), estimated from progress timestamps. */
  readonly setupMs: number;
  readonly perRunMs: number;
}

function simulate(job: SimJob): SimTiming {
  const t0 = performance.now();
  let first = t0;
  const r = simulateMatch({
    profile: SIM_PROFILE,
    rankList: job.rankList,
    programs: job.programs,
    seed: 42,
    runs: job.runs,
    firstRun: job.firstRun,
    competitors: job.competitors,
    matchYear: 2026,
    progressEvery: 1,
    onProgress: ({ done }) => {
      if (done === 1) first = performance.now();
    },
  });
  const t1 = performance.now();
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  const perRunMs = job.runs > 1 ? (t1 - first) / (job.runs - 1) : t1 - t0;
  return {
    result: r.value,
    wallMs: t1 - t0,
    setupMs: Math.max(0, first - t0 - perRunMs),
    perRunMs,
  };
}

function benchList(programs: readonly Program[]): void {
  const warmups = 30;
  const runs = 300;
  for (const [i, profile] of PROFILES.entries()) {
    const times: number[] = [];
    let last = 0;
    for (let k = 0; k < warmups + runs; k++) {
      const t0 = performance.now();
      const r = buildProgramList(profile, programs, { matchYear: 2026, filter: {} });
      const ms = performance.now() - t0;
      if (!r.ok) throw new Error('profile rejected');
      last = r.value.programs.length;
      if (k >= warmups) times.push(ms);
    }
    times.sort((a, b) => a - b);
    console.log(
      `buildProgramList, profile ${i + 1}, ${last} programs: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms (${runs} runs after ${warmups} warm-ups; target < 20 ms)`,
    );
  }
}

async function benchSimulation(
  programs: readonly Program[],
  runs: number,
  competitors: number,
  workers: number,
) {
  const im = programs.filter(
    (p) => p.specialty === 'internal-medicine' && p.track === 'categorical',
  );
  const rankList = im
    .filter((p) => p.j1 !== false)
    .slice(0, 10)
    .map((p) => p.id);
  const per = Math.ceil(runs / workers);
  const jobs: SimJob[] = Array.from({ length: workers }, (_, w) => ({
    programs,
    rankList,
    firstRun: w * per,
    runs: Math.max(0, Math.min(per, runs - w * per)),
    competitors,
  })).filter((j) => j.runs > 0);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage(); // process-wide: the main thread and both workers
  const parts = await Promise.all(
    jobs.map(
      (job) =>
        new Promise<SimTiming>((resolve, reject) => {
          const worker = new Worker(WORKER_BOOT, {
            eval: true,
            workerData: { job, url: import.meta.url },
          });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const wall = performance.now() - t0;
  const cpuUsed = process.cpuUsage(cpu0);
  const merged = mergeSimulations(parts.map((p) => p.result));
  if (!merged.ok) throw new Error('merge failed');
  const m = merged.value;
  const fmt = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 1 });
  console.log(
    `simulateMatch: ${runs} runs × ${fmt(competitors)} competitors (IM, ${fmt(m.positions)} positions), ${jobs.length} worker threads: total wall ${fmt(wall / 1000)} s incl. worker start; process CPU ${fmt((cpuUsed.user + cpuUsed.system) / 1000 / 1000)} s; target < 30 s`,
  );
  parts.forEach((p, w) => {
    console.log(
      `  worker ${w + 1}: ${p.result.runs} runs in ${fmt(p.wallMs / 1000)} s = market build ${fmt(p.setupMs)} ms + ${fmt(p.perRunMs)} ms/run`,
    );
  });
  const rates = Object.entries(m.market.matchRateByType).map(
    ([t, r]) => `${t} ${(r * 100).toFixed(1)}%`,
  );
  console.log(
    `  P(match) ${(m.pMatch * 100).toFixed(1)}%; positions filled ${(m.market.fillRate * 100).toFixed(1)}%; competitor match rates: ${rates.join(', ')}`,
  );
}

if (!isMainThread) {
  parentPort?.postMessage(simulate((workerData as { job: SimJob }).job));
} else {
  const { values } = parseArgs({
    options: {
      'list-only': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1000' },
      competitors: { type: 'string', default: '10000' },
      workers: { type: 'string', default: '2' },
    },
  });
  console.log(
    `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const programs = generateSyntheticPrograms({ seed: 1 }).programs;
  benchList(programs);
  if (!values['list-only']) {
    await benchSimulation(
      programs,
      Number(values.runs),
      Number(values.competitors),
      Number(values.workers),
    );
  }
}
