/**
 * Bulk mentor assignment benchmark (reported, not asserted):
 * `node --import tsx bench/assignment.bench.ts [--mentees N --mentors M --seed S]`.
 * The target instance of issue 10: 5,000 mentees × 1,000 mentors, capacities 1–5, 50 candidate
 * mentors each, skewed popularity and structured scores (generateAssignmentProblem, seed 1).
 * Each mode runs in its own process (`--mode`) so peak RSS and JIT state are not shared. Prints a
 * Markdown section for docs/benchmarks.md with the machine, the load average and the command.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  type AssignmentMode,
  certifyAssignment,
  generateAssignmentProblem,
  solveAssignment,
} from '@matchready/core/mentorship/assignment';

const run = promisify(execFile);
const WARMUPS = 1;
const RUNS = 5;
const TARGET_MS = 5_000;

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const size = {
  mentees: arg('mentees', 5_000),
  mentors: arg('mentors', 1_000),
  seed: arg('seed', 1),
};

interface WorkerReport {
  readonly generateMs: number;
  readonly pairs: number;
  readonly capacity: number;
  /** The first solveAssignment() in a fresh process: what a CLI run pays. */
  readonly coldMs: number;
  /** solveAssignment(problem, { mode }): validation, solving and the certificate check. */
  readonly solveMs: readonly number[];
  readonly uncheckedMs: readonly number[];
  readonly certifyMs: readonly number[];
  readonly matched: number;
  readonly total: number;
  readonly minScore: number | null;
  readonly peakRssMb: number;
}

const time = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function worker(mode: AssignmentMode): WorkerReport {
  const [problem, generateMs] = time(() => generateAssignmentProblem(size));
  const solve = (verify: boolean) => {
    const result = solveAssignment(problem, { mode, verify });
    if (!result.ok) throw new Error(`invalid instance: ${result.issues[0]?.message}`);
    return result.value;
  };
  const [first, coldMs] = time(() => solve(true));
  const repeat = (f: () => unknown) =>
    Array.from({ length: WARMUPS + RUNS }, () => time(f)[1]).slice(WARMUPS);
  const solveMs = repeat(() => solve(true));
  const uncheckedMs = repeat(() => solve(false));
  const certifyMs = repeat(() => {
    if (!certifyAssignment(problem, first).ok) throw new Error('certificate rejected');
  });
  return {
    generateMs,
    pairs: problem.scores.length,
    capacity: problem.mentors.reduce((sum, m) => sum + m.capacity, 0),
    coldMs,
    solveMs,
    uncheckedMs,
    certifyMs,
    matched: first.matched,
    total: first.total,
    minScore: first.minScore,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

function machine(): string {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const ram = Math.round(os.totalmem() / 2 ** 30);
  return `${os.availableParallelism()} cores (nproc), ${model.trim()}, ${ram} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
}
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const spread = (xs: readonly number[]) =>
  `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

async function main(): Promise<void> {
  const at = process.argv.indexOf('--mode');
  if (at >= 0) {
    process.stdout.write(`${JSON.stringify(worker(process.argv[at + 1] as AssignmentMode))}\n`);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const loadBefore = load();
  const rows: [AssignmentMode, WorkerReport][] = [];
  for (const mode of ['total', 'fair'] as const) {
    process.stderr.write(`${mode}…\n`);
    const args = [...process.execArgv, self, ...process.argv.slice(2), '--mode', mode];
    const { stdout } = await run(process.execPath, args, { maxBuffer: 1 << 24 });
    rows.push([mode, JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as WorkerReport]);
  }
  const loadAfter = load();
  const n = (x: number) => x.toLocaleString('en-US');
  const [first] = rows;
  const body = [
    '## Bulk mentor assignment',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} with \`node --import tsx bench/assignment.bench.ts\` on: ${machine()}. Load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAfter} after: the machine is shared, so wall times vary with it.`,
    '',
    `Instance: \`generateAssignmentProblem({ mentees: ${n(size.mentees)}, mentors: ${n(size.mentors)}, seed: ${size.seed} })\`, ${n(first?.[1].pairs ?? 0)} scored pairs, capacities 1–5 (${n(first?.[1].capacity ?? 0)} places). One process per mode; times in ms, median (min–max) of ${RUNS} runs after ${WARMUPS} warm-up:`,
    '',
    '- **solve**: `solveAssignment(problem, { mode })` — validation, solving, and the independent certificate check it runs before returning;',
    '- **unchecked**: the same with `verify: false`; **certify**: `certifyAssignment(problem, result)` alone;',
    '- **first call**: the first `solveAssignment` in a fresh process, before the JIT has warmed up; **peak RSS**: the whole process, generation included.',
    '',
    '| mode | solve | unchecked | certify | first call | matched | total | lowest score | peak RSS MB | target < 5 s |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      ([mode, r]) =>
        `| ${mode} | ${spread(r.solveMs)} | ${spread(r.uncheckedMs)} | ${spread(r.certifyMs)} | ${fmt(r.coldMs)} | ${n(r.matched)} | ${r.total} | ${r.minScore} | ${r.peakRssMb} | ${Math.max(r.coldMs, median(r.solveMs)) < TARGET_MS ? 'met' : 'missed'} |`,
    ),
  ].join('\n');
  process.stdout.write(`${body}\n`);
}

await main();
