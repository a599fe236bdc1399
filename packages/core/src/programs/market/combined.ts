/**
 * A rank list across specialties (e.g. Internal Medicine + Family Medicine + a transitional
 * year): one synthetic market per specialty (build.ts, each with its own competitors, who apply
 * within that specialty only), joined into ONE market that the engine solves in each run, so the
 * applicant can match at most once across all of them, at the highest choice that accepts them.
 * Per run: each specialty's market is drawn (draw.ts), then its integer lists are copied into
 * the joined lists with program and applicant offsets; the applicant, last in every market, is
 * one applicant in the joined one. O(E) per run on top of the draws for E interviews.
 */
import type { SinglesMarket } from '../../matching/solve-singles.ts';
import type { Random } from '../../shared/random.ts';
import { fail, type Issue, ok, type Result } from '../../shared/result.ts';
import type { Program } from '../../vocabulary/programs.ts';
import { normalizeSpecialty } from '../specialties.ts';
import { buildBaseMarket } from './build.ts';
import { createScratch, drawIndexedMarket, type MarketScratch } from './draw.ts';
import type { BaseMarket, MarketInput } from './types.ts';

export interface CombinedMarket {
  /** Specialties in the order they first appear on the rank list. */
  readonly specialties: readonly string[];
  readonly markets: readonly BaseMarket[];
  readonly programIds: readonly string[];
  /** Competitors of every market first, then the applicant (index = userIndex). */
  readonly applicantType: Uint8Array;
  readonly userIndex: number;
  /** The applicant's whole rank list, as joined program indices. */
  readonly userList: Int32Array;
  readonly positions: number;
  readonly typeCounts: readonly number[];
}

/** Seed of market m (m = 0 keeps the caller's seed, so a one-specialty list is unchanged). */
export function marketSeed(seed: number, m: number): number {
  if (m === 0) return seed;
  let z = (Math.imul(seed | 0, 0x85ebca6b) ^ Math.imul(m, 0xc2b2ae35)) | 0;
  z = Math.imul(z ^ (z >>> 15), 0x2c1b3c6d);
  return (z ^ (z >>> 13)) | 0;
}

/** Checks ids (unknown, repeated) across the whole list and groups it by specialty. */
function groupBySpecialty(input: MarketInput, issues: Issue[]): Map<string, string[]> | null {
  const byId = new Map<string, Program>(input.programs.map((p) => [p.id, p]));
  if (input.rankList.length === 0)
    issues.push({
      code: 'empty-rank-list',
      path: ['rankList'],
      message: 'Rank at least one program.',
    });
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  input.rankList.forEach((id, i) => {
    const program = byId.get(id);
    if (program === undefined) {
      issues.push({
        code: 'unknown-program',
        path: ['rankList', i],
        message: `No program with id "${id}".`,
      });
      return;
    }
    if (seen.has(id)) {
      issues.push({
        code: 'duplicate-program',
        path: ['rankList', i],
        message: `"${id}" is ranked twice.`,
      });
      return;
    }
    seen.add(id);
    const specialty = normalizeSpecialty(program.specialty);
    if (specialty === null) {
      issues.push({
        code: 'unknown-specialty',
        path: ['rankList', i],
        message: `"${id}" has an unknown specialty "${program.specialty}".`,
      });
      return;
    }
    groups.set(specialty, [...(groups.get(specialty) ?? []), id]);
  });
  return issues.length > 0 ? null : groups;
}

/**
 * One market per specialty of the rank list. `competitors`, when given, is shared between the
 * specialties in proportion to their default sizes.
 */
export function buildCombinedMarket(input: MarketInput): Result<CombinedMarket> {
  const issues: Issue[] = [];
  const { competitors: wanted, ...rest } = input;
  if (input.specialty !== undefined) {
    // An explicit specialty keeps the one-market simulator (other specialties are refused).
    const single = buildBaseMarket(input);
    return single.ok ? ok(join([single.value.specialty], [single.value], input)) : single;
  }
  const groups = groupBySpecialty(input, issues);
  if (groups === null) return fail(issues);
  const specialties = [...groups.keys()];
  const build = (m: number, competitors: number | undefined): BaseMarket | null => {
    const specialty = specialties[m] as string;
    const market = buildBaseMarket({
      ...rest,
      specialty,
      rankList: groups.get(specialty) as string[],
      seed: marketSeed(input.seed, m),
      ...(competitors === undefined ? {} : { competitors }),
    });
    if (!market.ok) issues.push(...market.issues);
    return market.ok ? market.value : null;
  };
  let markets = specialties.map((_, m) => build(m, specialties.length === 1 ? wanted : undefined));
  if (wanted !== undefined && specialties.length > 1 && issues.length === 0) {
    // Share the requested competitors in proportion to the markets' default sizes.
    const sizes = markets.map((m) => m?.userIndex ?? 0);
    const sum = Math.max(
      1,
      sizes.reduce((s, n) => s + n, 0),
    );
    let left = wanted;
    markets = specialties.map((_, m) => {
      const share =
        m === specialties.length - 1 ? left : Math.round((wanted * (sizes[m] ?? 0)) / sum);
      left -= share;
      return build(m, share);
    });
  }
  if (issues.length > 0) return fail(issues);
  return ok(join(specialties, markets as BaseMarket[], input));
}

function join(
  specialties: readonly string[],
  markets: readonly BaseMarket[],
  input: MarketInput,
): CombinedMarket {
  const programIds = markets.flatMap((m) => m.programIds);
  const index = new Map(programIds.map((id, j) => [id, j]));
  const competitors = markets.reduce((s, m) => s + m.userIndex, 0);
  const applicantType = new Uint8Array(competitors + 1);
  let at = 0;
  for (const m of markets) {
    applicantType.set(m.applicantType.subarray(0, m.userIndex), at);
    at += m.userIndex;
  }
  const first = markets[0] as BaseMarket;
  applicantType[competitors] = first.applicantType[first.userIndex] as number;
  return {
    specialties,
    markets,
    programIds,
    applicantType,
    userIndex: competitors,
    userList: Int32Array.from(input.rankList, (id) => index.get(id) as number),
    positions: markets.reduce((s, m) => s + m.positions, 0),
    typeCounts: [0, 1, 2, 3].map((t) => markets.reduce((s, m) => s + (m.typeCounts[t] ?? 0), 0)),
  };
}

export interface CombinedScratch {
  readonly parts: readonly MarketScratch[];
  readonly programStart: Int32Array;
  readonly programList: Int32Array;
  readonly applicantStart: Int32Array;
  readonly applicantList: Int32Array;
  readonly capacity: Int32Array;
}

export function createCombinedScratch(combined: CombinedMarket): CombinedScratch {
  const parts = combined.markets.map((m) => createScratch(m));
  const entries = parts.reduce((s, p) => s + p.interviewProgram.length, 0);
  const capacity = new Int32Array(combined.programIds.length);
  let at = 0;
  for (const m of combined.markets) {
    capacity.set(m.capacity, at);
    at += m.capacity.length;
  }
  return {
    parts,
    programStart: new Int32Array(combined.programIds.length + 1),
    programList: new Int32Array(entries),
    applicantStart: new Int32Array(combined.userIndex + 2),
    applicantList: new Int32Array(entries),
    capacity,
  };
}

/**
 * One run's joined market. With one specialty it is that market's own draw (same random stream,
 * so results equal the one-specialty simulator's); with several, market m draws from the m-th
 * fork of the run's random.
 */
export function drawCombinedMarket(
  combined: CombinedMarket,
  random: Random,
  scratch: CombinedScratch,
): SinglesMarket {
  const { markets } = combined;
  if (markets.length === 1)
    return drawIndexedMarket(markets[0] as BaseMarket, random, scratch.parts[0] as MarketScratch);
  const draws = markets.map((m, i) =>
    drawIndexedMarket(m, random.fork(), scratch.parts[i] as MarketScratch),
  );
  const { programStart, programList, applicantStart, applicantList } = scratch;
  const user = combined.userIndex;
  let n = 0;
  let a0 = 0;
  let p0 = 0;
  // Applicant side: competitors of each market, their programs shifted by the market's offset.
  markets.forEach((m, i) => {
    const d = draws[i] as SinglesMarket;
    for (let a = 0; a < m.userIndex; a++) {
      applicantStart[a0 + a] = n;
      for (let e = d.applicantStart[a] as number; e < (d.applicantStart[a + 1] as number); e++) {
        applicantList[n++] = (d.applicantList[e] as number) + p0;
      }
    }
    a0 += m.userIndex;
    p0 += m.programIds.length;
  });
  applicantStart[user] = n;
  for (const p of combined.userList) applicantList[n++] = p;
  applicantStart[user + 1] = n;
  // Program side: local applicant a → a + offset, the market's applicant (last) → the joined one.
  let e0 = 0;
  a0 = 0;
  p0 = 0;
  markets.forEach((m, i) => {
    const d = draws[i] as SinglesMarket;
    for (let p = 0; p < m.programIds.length; p++) {
      programStart[p0 + p] = e0;
      for (let e = d.programStart[p] as number; e < (d.programStart[p + 1] as number); e++) {
        const a = d.programList[e] as number;
        programList[e0++] = a === m.userIndex ? user : a + a0;
      }
    }
    a0 += m.userIndex;
    p0 += m.programIds.length;
  });
  programStart[p0] = e0;
  return {
    nPrograms: p0,
    nApplicants: user + 1,
    capacity: scratch.capacity,
    programStart,
    programList: programList.subarray(0, e0),
    applicantStart,
    applicantList: applicantList.subarray(0, n),
  };
}
