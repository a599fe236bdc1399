/**
 * "Simulate my match": our implementation of the NRMP's published algorithm (Roth & Peranson 1999 instability chaining, through its
 * index-based entry point solveSingles — the same result solveMatch gives for these lists, without
 * building and reading string ids every run) run `runs` times on a synthetic market around the
 * applicant's rank list (build.ts; one market per specialty ranked, joined by combined.ts and
 * solved together), tallying where the applicant matches. Plain data in and out and a progress
 * callback, so the server can run it in a worker
 * thread; `firstRun` lets two workers split the runs and mergeSimulations() join the halves into
 * exactly the result of one call.
 */
import { solveSingles } from '../../matching/solve-singles.ts';
import { createRandom } from '../../shared/random.ts';
import { fail, type Issue, ok, type Result } from '../../shared/result.ts';
import {
  COMPETITOR_TYPES,
  type CompetitorType,
  SIMULATION_LABEL,
  type SimulationResult,
} from '../../vocabulary/programs.ts';
import type { MarketInput } from './build.ts';
import { buildCombinedMarket, createCombinedScratch, drawCombinedMarket } from './combined.ts';

export interface SimulateInput extends MarketInput {
  readonly runs: number;
  /** Index of the first run (default 0): run i always uses the same random stream. */
  readonly firstRun?: number;
  readonly onProgress?: (progress: { readonly done: number; readonly total: number }) => void;
  /** Call onProgress every this many runs (default: every 1% of runs, at least every run). */
  readonly progressEvery?: number;
}

export const MAX_RUNS = 100_000;

/** Run i's seed: a splitmix-style mix of (seed, i), so runs are independent of how they are split. */
function runSeed(seed: number, run: number): number {
  let z = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(run + 1, 0x85ebca6b)) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}

const CAVEATS: readonly string[] = [
  'Simulation on a SYNTHETIC market: competitors are drawn from public aggregate distributions (NRMP 2025 applicant mix by type, Charting Outcomes 2026 Step 2 CK), not real applicants.',
  'It assumes you interviewed at every program on your list. Competitors’ interviews, everyone’s preferences and programs’ rankings are random draws in each run.',
  'Programs rank by Step 2 CK, applicant type, failed attempts and random noise standing for letters, interviews and fit; visa needs only limit where competitors apply.',
  'P(match) with the first k ranks is read from the same runs: with deferred acceptance, cutting your list after choice k leaves your result unchanged if you matched at or above k, and unmatched otherwise.',
];

const MIXED_CAVEAT =
  'Your list spans several specialties: each has its own synthetic competitors, who apply within that specialty only; the engine solves all of them together, so you match at most once, at the highest choice that takes you.';

export function simulateMatch(input: SimulateInput): Result<SimulationResult> {
  const issues: Issue[] = [];
  const firstRun = input.firstRun ?? 0;
  if (!Number.isInteger(input.runs) || input.runs < 1 || input.runs > MAX_RUNS) {
    issues.push({
      code: 'invalid-runs',
      path: ['runs'],
      message: `Runs must be a whole number from 1 to ${MAX_RUNS}.`,
    });
  }
  if (!Number.isInteger(firstRun) || firstRun < 0) {
    issues.push({
      code: 'invalid-first-run',
      path: ['firstRun'],
      message: 'firstRun must be a whole number ≥ 0.',
    });
  }
  if (!Number.isInteger(input.seed))
    issues.push({ code: 'invalid-seed', path: ['seed'], message: 'The seed must be an integer.' });
  const built = buildCombinedMarket(input);
  if (!built.ok) issues.push(...built.issues);
  if (!built.ok || issues.length > 0) return fail(issues);

  const base = built.value;
  const scratch = createCombinedScratch(base);
  const n = base.userList.length;
  const matchedAt = new Array<number>(n).fill(0);
  const tally: Tally = { matchedAt, unmatched: 0, matchedByType: [0, 0, 0, 0], filledPositions: 0 };
  const { matchedByType } = tally;
  const every = input.progressEvery ?? Math.max(1, Math.ceil(input.runs / 100));
  // The applicant's choice k of each program (their list has no repeats).
  const choiceOf = new Int32Array(base.programIds.length).fill(-1);
  base.userList.forEach((p, k) => {
    choiceOf[p] = k;
  });
  const competitors = base.userIndex;

  for (let r = 0; r < input.runs; r++) {
    const seed = runSeed(input.seed, firstRun + r);
    // A generated market is valid by construction and has no couples, so the engine's
    // applicant-optimal stable matching is exact and needs no certificate.
    const solved = solveSingles(drawCombinedMarket(base, createRandom(seed), scratch));
    const mine = solved.assignment[base.userIndex] as number;
    const choice = mine < 0 ? -1 : (choiceOf[mine] as number);
    if (choice < 0) tally.unmatched++;
    else matchedAt[choice] = (matchedAt[choice] ?? 0) + 1;
    tally.filledPositions += solved.filledPositions;
    const assignment = solved.assignment;
    for (let a = 0; a < competitors; a++) {
      if ((assignment[a] as number) >= 0) {
        const t = base.applicantType[a] as number;
        matchedByType[t] = (matchedByType[t] ?? 0) + 1;
      }
    }
    const done = r + 1;
    if (input.onProgress !== undefined && (done % every === 0 || done === input.runs)) {
      input.onProgress({ done, total: input.runs });
    }
  }
  const caveats = [
    ...CAVEATS,
    ...(base.specialties.length > 1 ? [MIXED_CAVEAT] : []),
    ...(input.matchYear === undefined
      ? ['No Match year was given, so years since graduation were not considered.']
      : []),
  ];
  const meta: Meta = {
    specialty: base.specialties.join(' + '),
    positions: base.positions,
    competitors,
    typeCounts: base.typeCounts,
    firstRun,
  };
  return ok(summarise(input, meta, tally, caveats));
}

interface Tally {
  readonly matchedAt: number[];
  unmatched: number;
  readonly matchedByType: number[];
  filledPositions: number;
}

interface Meta {
  readonly specialty: string;
  readonly positions: number;
  readonly competitors: number;
  readonly typeCounts: readonly number[];
  readonly firstRun: number;
}

function summarise(
  input: Pick<SimulateInput, 'seed' | 'runs' | 'rankList'>,
  meta: Meta,
  tally: Tally,
  caveats: readonly string[],
): SimulationResult {
  const { specialty, positions, competitors, typeCounts, firstRun } = meta;
  const { matchedAt, unmatched, matchedByType } = tally;
  const runs = input.runs;
  const byType = <T>(f: (t: number) => T) =>
    Object.fromEntries(COMPETITOR_TYPES.map((name, t) => [name, f(t)])) as Record<
      CompetitorType,
      T
    >;
  const distribution = [
    ...matchedAt.map((count, k) => ({
      choice: k + 1,
      programId: input.rankList[k] ?? null,
      count,
      probability: count / runs,
    })),
    { choice: null, programId: null, count: unmatched, probability: unmatched / runs },
  ];
  let cumulative = 0;
  const rankSensitivity = matchedAt.map((count, k) => {
    cumulative += count;
    return { ranks: k + 1, probability: cumulative / runs };
  });
  return {
    label: SIMULATION_LABEL,
    specialty,
    seed: input.seed,
    firstRun,
    runs,
    competitors,
    positions,
    rankList: input.rankList,
    matchedAt,
    unmatched,
    distribution,
    pMatch: (runs - unmatched) / runs,
    rankSensitivity,
    market: {
      competitorsByType: byType((t) => typeCounts[t] ?? 0),
      matchedByType: byType((t) => matchedByType[t] ?? 0),
      matchRateByType: byType((t) =>
        (typeCounts[t] ?? 0) === 0 ? 0 : (matchedByType[t] ?? 0) / ((typeCounts[t] ?? 0) * runs),
      ),
      filledPositions: tally.filledPositions,
      fillRate: positions === 0 ? 0 : tally.filledPositions / (positions * runs),
    },
    caveats,
  };
}

/** Joins results of the same simulation split by firstRun (e.g. two workers); fails if they do not fit together. */
export function mergeSimulations(parts: readonly SimulationResult[]): Result<SimulationResult> {
  const sorted = parts.slice().sort((a, b) => a.firstRun - b.firstRun);
  const first = sorted[0];
  if (first === undefined)
    return fail([
      { code: 'nothing-to-merge', path: [], message: 'No simulation results to merge.' },
    ]);
  const issues: Issue[] = [];
  let expected = first.firstRun;
  sorted.forEach((p, i) => {
    const same =
      p.seed === first.seed &&
      p.specialty === first.specialty &&
      p.competitors === first.competitors &&
      p.rankList.join('\n') === first.rankList.join('\n');
    if (!same)
      issues.push({
        code: 'different-simulations',
        path: [i],
        message: 'Parts come from different simulations.',
      });
    if (p.firstRun !== expected)
      issues.push({
        code: 'runs-not-contiguous',
        path: [i],
        message: `Part starts at run ${p.firstRun}, expected ${expected}.`,
      });
    expected = p.firstRun + p.runs;
  });
  if (issues.length > 0) return fail(issues);
  const sum = (f: (p: SimulationResult) => number) => sorted.reduce((s, p) => s + f(p), 0);
  const tally: Tally = {
    matchedAt: first.matchedAt.map((_, k) => sum((p) => p.matchedAt[k] ?? 0)),
    unmatched: sum((p) => p.unmatched),
    matchedByType: COMPETITOR_TYPES.map((t) => sum((p) => p.market.matchedByType[t])),
    filledPositions: sum((p) => p.market.filledPositions),
  };
  const meta: Meta = {
    specialty: first.specialty,
    positions: first.positions,
    competitors: first.competitors,
    typeCounts: COMPETITOR_TYPES.map((t) => first.market.competitorsByType[t]),
    firstRun: first.firstRun,
  };
  return ok(
    summarise(
      { seed: first.seed, runs: sum((p) => p.runs), rankList: first.rankList },
      meta,
      tally,
      first.caveats,
    ),
  );
}
