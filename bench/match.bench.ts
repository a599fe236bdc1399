/**
 * Match engine benchmark (reported, not asserted): `npm run bench:match`.
 * Each scenario runs in its own worker process (`--scenario NAME`) so that peak RSS and JIT state
 * are not shared; the whole CLI is then timed on the same instance written to a temp file.
 * Writes the "Match engine" section of docs/benchmarks.md.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import {
  findBlockingPairs,
  type GenerateOptions,
  generateInstance,
  type MatchProblem,
  type SolveOptions,
  solveMatch,
  solveMatchBytes,
  validateProblem,
} from '@matchready/core';

const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const WARMUPS = 2;
const RUNS = 7;
const CLI_RUNS = 9;

interface Scenario {
  readonly name: string;
  readonly options: GenerateOptions;
  readonly target?: { readonly what: 'solve' | 'solve + check'; readonly ms: number };
}

const scenarios: readonly Scenario[] = [
  {
    name: '5k × 500',
    options: { applicants: 5_000, programs: 500, ranksPerApplicant: 10, meanCapacity: 10, seed: 1 },
  },
  {
    name: '5k × 500 + 200 couples',
    options: {
      applicants: 5_000,
      programs: 500,
      couples: 200,
      ranksPerApplicant: 10,
      meanCapacity: 10,
      seed: 1,
    },
  },
  {
    name: '40k × 5k',
    options: { applicants: 40_000, programs: 5_000, seed: 1 },
    target: { what: 'solve', ms: 150 },
  },
  {
    name: '40k × 5k + 1,100 couples',
    options: { applicants: 40_000, programs: 5_000, couples: 1_100, seed: 1 },
    target: { what: 'solve + check', ms: 500 },
  },
];
/** Whole `matchready match` process (issue 8: < 0.5 s at 40k × 5k, from the CLI bundle). */
const CLI_TARGET_MS = 500;
const CLI_TARGET_SCENARIO = '40k × 5k';

interface WorkerReport {
  readonly entries: number;
  readonly positions: number;
  readonly generateMs: number;
  readonly validateMs: number;
  /** The first solveMatch() call in a fresh process (what a CLI run pays), default options. */
  readonly coldMs: number;
  /** solveMatch(problem, { verify: false }): validation, indexing and the algorithm. */
  readonly solveMs: readonly number[];
  readonly checkMs: readonly number[];
  /** solveMatch(problem) with default options: solve + its own findBlockingPairs certificate. */
  readonly certifiedMs: readonly number[];
  /**
   * solveMatchBytes on the instance file's bytes (what the CLI calls for a plain market): the
   * first call in the process, before anything else has run the engine, then warm runs.
   */
  readonly bytesColdMs: number | undefined;
  readonly bytesMs: readonly number[];
  readonly matched: number;
  readonly status: string;
  readonly restarts: number;
  readonly blockingPairs: number;
  readonly retainedMb: number;
  readonly peakRssMb: number;
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const time = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

function worker(scenario: Scenario): { report: WorkerReport; problem: MatchProblem } {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const [problem, generateMs] = time(() => generateInstance(scenario.options));
  const bytes = new TextEncoder().encode(JSON.stringify(problem));
  const bytesSolved = () => {
    const solved = solveMatchBytes(bytes);
    if (solved !== undefined && !solved.result.ok) throw new Error('solveMatchBytes rejected it');
    return solved;
  };
  // Before any other engine call, so the engine's code is as cold as in a CLI process.
  const [plain, bytesColdMs] = time(bytesSolved);
  const solved = (options: SolveOptions) => {
    const result = solveMatch(problem, options);
    if (!result.ok)
      throw new Error(`solveMatch rejected the instance: ${result.issues[0]?.message}`);
    return result.value;
  };
  const repeat = (f: () => unknown) =>
    Array.from({ length: WARMUPS + RUNS }, () => time(f)[1]).slice(WARMUPS);
  const [outcome, coldMs] = time(() => solved({}));
  const validateMs = median(
    Array.from({ length: 3 }, () => time(() => validateProblem(problem))[1]),
  );
  const certifiedMs = repeat(() => solved({}));
  const solveMs = repeat(() => solved({ verify: false }));
  const checkMs = repeat(() => findBlockingPairs(problem, outcome));
  const bytesMs = plain === undefined ? [] : repeat(bytesSolved);
  const blockingPairs = findBlockingPairs(problem, outcome).length;
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = solved({ verify: false });
  gc();
  const retainedMb = mb(process.memoryUsage().heapUsed - before);
  // Reading `kept` after the collection keeps it alive through the measurement.
  if (kept.stats.applicants !== outcome.stats.applicants) throw new Error('unreachable');
  const report: WorkerReport = {
    entries: problem.programs.reduce((s, p) => s + p.ranking.length, 0),
    positions: problem.programs.reduce((s, p) => s + p.capacity, 0),
    generateMs,
    validateMs,
    coldMs,
    solveMs,
    checkMs,
    certifiedMs,
    bytesColdMs: plain === undefined ? undefined : bytesColdMs,
    bytesMs,
    matched: outcome.stats.matchedApplicants,
    status: outcome.status,
    restarts: outcome.stats.restarts,
    blockingPairs,
    retainedMb,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  return { report, problem };
}

async function runWorker(scenario: Scenario, instanceFile: string): Promise<WorkerReport> {
  const self = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, self, '--scenario', scenario.name, '--write', instanceFile];
  const { stdout } = await run(process.execPath, args, { cwd: root, maxBuffer: 1 << 24 });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as WorkerReport;
}

interface CliTimes {
  readonly wallMs: readonly number[];
  /** `node -e 0`, timed the same way: what any Node process pays before the CLI runs. */
  readonly startupMs: readonly number[];
}

interface CliReport extends CliTimes {
  readonly maxRssMb: number | undefined;
  readonly fileMb: number;
  /**
   * The same runs without NODE_EXTRA_CA_CERTS, when the environment sets it: Node 20 reads and
   * parses that certificate file while it starts, before any of our code runs
   * (https://github.com/nodejs/node/issues/40524); ~100 ms per process on the 2-core Intel host,
   * whose sandbox sets it. A user's machine normally does not.
   */
  readonly withoutExtraCa: CliTimes | undefined;
}

/** The environment minus NODE_EXTRA_CA_CERTS, or undefined when it is not set. */
function environmentWithoutExtraCa(): NodeJS.ProcessEnv | undefined {
  if (process.env.NODE_EXTRA_CA_CERTS === undefined) return undefined;
  const { NODE_EXTRA_CA_CERTS: _ignored, ...rest } = process.env;
  return rest;
}

async function timeCli(instanceFile: string): Promise<CliReport> {
  const bin = join(root, 'apps/cli/bin/matchready.js');
  const gnuTime = existsSync('/usr/bin/time');
  const clean = environmentWithoutExtraCa();
  const asRun = { wallMs: [] as number[], startupMs: [] as number[] };
  const withoutExtraCa = { wallMs: [] as number[], startupMs: [] as number[] };
  let maxRss = 0;
  // Run i of each series back to back, so a slow spell of the host lands on both sides; run 0
  // warms the file cache (and tsx's transform cache, without a build) and is not counted.
  for (let i = 0; i < 1 + CLI_RUNS; i++) {
    const cli = [process.execPath, bin, 'match', instanceFile, '--out', '/dev/null'];
    const [command, ...args] = gnuTime ? ['/usr/bin/time', '-v', ...cli] : cli;
    const { ms, stderr } = await timed(command!, args, process.env);
    const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    if (i > 0) {
      asRun.wallMs.push(ms);
      if (rss) maxRss = Math.max(maxRss, Number(rss[1]) / 1024);
    }
    if (clean) {
      const other = await timed(cli[0]!, cli.slice(1), clean);
      if (i > 0) withoutExtraCa.wallMs.push(other.ms);
    }
  }
  for (let i = 0; i < 1 + CLI_RUNS; i++) {
    const { ms } = await timed(process.execPath, ['-e', '0'], process.env);
    if (i > 0) asRun.startupMs.push(ms);
    if (clean) {
      const other = await timed(process.execPath, ['-e', '0'], clean);
      if (i > 0) withoutExtraCa.startupMs.push(other.ms);
    }
  }
  const fileMb = mb((await readFile(instanceFile)).byteLength);
  return {
    ...asRun,
    maxRssMb: gnuTime ? Math.round(maxRss) : undefined,
    fileMb,
    withoutExtraCa: clean ? withoutExtraCa : undefined,
  };
}

async function timed(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ ms: number; stderr: string }> {
  const start = performance.now();
  const { stderr } = await run(command, args, { cwd: root, env, maxBuffer: 1 << 24 });
  return { ms: performance.now() - start, stderr };
}

function machine(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const ram = Math.round(os.totalmem() / 2 ** 30);
  const load = os.loadavg()[0]?.toFixed(1) ?? '?';
  return `${os.availableParallelism()} cores (nproc), ${model.trim()}, ${ram} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; 1-minute load average ${load} when the run started`;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const spread = (xs: readonly number[]) =>
  `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

function verdict(scenario: Scenario, report: WorkerReport): string {
  if (!scenario.target) return '';
  const { what, ms } = scenario.target;
  const value =
    what === 'solve' ? median(report.solveMs) : median(report.solveMs) + median(report.checkMs);
  // Medians of separate series: solve + check is the sum of the two medians.
  return `${what} ${fmt(value)} ms vs < ${ms} ms: ${value < ms ? 'met' : 'missed'}`;
}

function tables(rows: readonly [Scenario, WorkerReport, CliReport][]): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const engine = [
    '| instance | list entries | positions | generate ms | validate ms | solve ms | check ms | solveMatch default ms | first call ms | matched | status | blocking pairs | restarts | outcome heap MB | peak RSS MB | target |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|',
    ...rows.map(
      ([s, r]) =>
        `| ${s.name} | ${n(r.entries)} | ${n(r.positions)} | ${fmt(r.generateMs)} | ${fmt(r.validateMs)} | ${spread(r.solveMs)} | ${spread(r.checkMs)} | ${spread(r.certifiedMs)} | ${fmt(r.coldMs)} | ${n(r.matched)} | ${r.status} | ${r.blockingPairs} | ${r.restarts} | ${r.retainedMb} | ${r.peakRssMb} | ${verdict(s, r)} |`,
    ),
  ];
  // Start-up + warm solve: what a run would cost if the engine's code were already optimised.
  const bytes = (r: WorkerReport, c: CliReport) =>
    r.bytesColdMs === undefined
      ? 'n/a (general path) | n/a | n/a'
      : `${fmt(r.bytesColdMs)} | ${spread(r.bytesMs)} | ${fmt(median(c.startupMs) + median(r.bytesMs))}`;
  const verdictCli = (s: Scenario, times: CliTimes | undefined) =>
    s.name !== CLI_TARGET_SCENARIO || !times
      ? ''
      : median(times.wallMs) < CLI_TARGET_MS
        ? 'met'
        : 'missed';
  const clean = (c: CliReport) =>
    c.withoutExtraCa
      ? `${spread(c.withoutExtraCa.wallMs)} | ${spread(c.withoutExtraCa.startupMs)}`
      : 'not set | not set';
  const cli = [
    '| instance | file MB | wall ms, median (min–max) | `node -e 0` ms | without NODE_EXTRA_CA_CERTS: wall ms | without it: `node -e 0` ms | solveMatchBytes first call ms | solveMatchBytes warm ms | start-up + warm solve ms | max RSS MB | target < 0.5 s (40k × 5k): as run / without the variable |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      ([s, r, c]) =>
        `| ${s.name} | ${c.fileMb} | ${spread(c.wallMs)} | ${spread(c.startupMs)} | ${clean(c)} | ${bytes(r, c)} | ${c.maxRssMb ?? 'n/a'} | ${s.name === CLI_TARGET_SCENARIO ? `${verdictCli(s, c)} / ${verdictCli(s, c.withoutExtraCa) || 'not set'}` : ''} |`,
    ),
  ];
  return [...engine, '', ...cli].join('\n');
}

async function writeDocs(body: string): Promise<void> {
  const file = join(root, 'docs/benchmarks.md');
  const start = '<!-- bench:match:start -->';
  const end = '<!-- bench:match:end -->';
  const section = `${start}\n${body}\n${end}`;
  const current = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n\n';
  const i = current.indexOf(start);
  const j = current.indexOf(end);
  const next =
    i >= 0 && j > i
      ? current.slice(0, i) + section + current.slice(j + end.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}

async function main(): Promise<void> {
  const index = process.argv.indexOf('--scenario');
  if (index >= 0) {
    const scenario = scenarios.find((s) => s.name === process.argv[index + 1]);
    if (!scenario) throw new Error(`unknown scenario ${process.argv[index + 1]}`);
    const writeIndex = process.argv.indexOf('--write');
    const file = writeIndex >= 0 ? process.argv[writeIndex + 1] : undefined;
    const { report, problem } = worker(scenario);
    if (file !== undefined) await writeFile(file, JSON.stringify(problem)); // the bytes timed above
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }

  const machineLine = machine();
  const dir = await mkdtemp(join(os.tmpdir(), 'matchready-bench-'));
  const rows: [Scenario, WorkerReport, CliReport][] = [];
  try {
    for (const scenario of scenarios) {
      process.stderr.write(`${scenario.name}: engine…`);
      const file = join(dir, `${scenario.name.replace(/[^a-z0-9]+/gi, '-')}.json`);
      const report = await runWorker(scenario, file);
      process.stderr.write(' CLI…');
      const cli = await timeCli(file);
      process.stderr.write(' done\n');
      rows.push([scenario, report, cli]);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const body = [
    '## Match engine',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench:match\` (bench/match.bench.ts) on: ${machineLine}.`,
    '',
    `Random NRMP-like instances from \`generateInstance\` (seed 1; popularity-weighted lists of 12 programs and capacities around 8 at 40k × 5k, lists of 10 and capacities around 10 at 5k × 500; couples with 20 joint pairs plus 2 no-match pairs). One worker process per instance; times are median (min–max) of ${RUNS} runs after ${WARMUPS} warm-ups:`,
    '',
    '- **solve**: `solveMatch(problem, { verify: false })`, i.e. validation, indexing, the algorithm and building the readable outcome;',
    '- **check**: the independent `findBlockingPairs(problem, outcome)`;',
    '- **solveMatch default**: `solveMatch(problem)`, which also certifies its result with the checker (what the CLI and services call);',
    '- **first call**: the first `solveMatch(problem)` in a fresh process, before the JIT has warmed up (what a CLI run pays);',
    '- **validate**: `validateProblem` alone (also part of solve); **outcome heap**: heap retained by one outcome; **peak RSS**: the whole worker, generation included.',
    '',
    `CLI: \`node apps/cli/bin/matchready.js match FILE --out /dev/null\` as a whole process (start-up: the bundle from \`npm run build\` when it is fresh, else tsx compiling the sources; read the file, solveMatchBytes on its bytes for a plain market — JSON.parse and solveMatch default for anything else — and write the JSON), median (min–max) of ${CLI_RUNS} runs after one warm-up; max RSS from \`/usr/bin/time -v\`. Beside it: \`node -e 0\` timed the same way (Node's own start-up), and \`solveMatchBytes\` on the same file's bytes in the engine worker — its first call in the process (cold JIT, as in a CLI run) and warm runs; start-up + warm solve is the least a process could take if the engine's code were already optimised, before reading, loading the CLI and writing the result. When the environment sets \`NODE_EXTRA_CA_CERTS\` (this sandbox does), Node 20 parses that certificate file at every start (https://github.com/nodejs/node/issues/40524), so the CLI and \`node -e 0\` are timed a second time without it: the figure a machine without the variable (a user's, normally) would see.${process.env.NODE_EXTRA_CA_CERTS === undefined ? ' It was not set for this run.' : ''}`,
    '',
    'Targets: 40k × 5k solve < 150 ms; 40k × 5k + 1,100 couples solve + check < 500 ms; whole CLI process on 40k × 5k < 0.5 s (build the CLI first: `npm run build -w @matchready/cli`).',
    '',
    tables(rows),
  ].join('\n');
  process.stdout.write(`${tables(rows)}\n`);
  await writeDocs(body);
  process.stderr.write('wrote docs/benchmarks.md\n');
}

await main();
