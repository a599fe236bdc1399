/**
 * Seeded generator of synthetic mentorship-programme instances (for tests and the benchmark; our
 * synthetic recipe, decision 021): skewed demand over 20 specialties (Zipf 1.3) against
 * flatter supply (Zipf 0.6), mentor popularity Zipf 1.0, candidates drawn by popularity (most from
 * the mentee's specialty), and structured scores 40·specialty + 15·mentor type + 15·language +
 * 15·time-zone closeness + 10·country of training + 0–5 noise, in tenths. O(E log m).
 */
import { invariant } from '../../shared/invariant.ts';
import { createRandom, type Random, shuffled } from '../../shared/random.ts';
import type { AssignmentProblem, PairRef, ScoredPair } from '../../vocabulary/assignment.ts';

export interface GenerateAssignmentOptions {
  readonly mentees: number;
  readonly mentors: number;
  readonly seed: number;
  /** Candidate mentors per mentee (default 50, capped at the number of mentors). */
  readonly candidates?: number;
  /** Capacities are uniform in [minCapacity, maxCapacity] (default 1–5). */
  readonly minCapacity?: number;
  readonly maxCapacity?: number;
  /** Random pins (to a candidate with room) and forbids (of a candidate pair); default 0. */
  readonly pins?: number;
  readonly forbids?: number;
  readonly minimumScore?: number;
}

const SPECIALTIES = 20;
const TYPES = 4;
const LANGUAGES = 6;
const COUNTRIES = 30;

/** Cumulative Zipf(s) weights over k items. */
function zipf(k: number, s: number): Float64Array {
  const cumulative = new Float64Array(k);
  let sum = 0;
  for (let r = 0; r < k; r++) {
    sum += 1 / (r + 1) ** s;
    cumulative[r] = sum;
  }
  return cumulative;
}

/** Index drawn with probability proportional to the cumulative weights' steps. */
function draw(cumulative: Float64Array, random: Random): number {
  const target = random.next() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

interface Person {
  readonly specialty: number;
  readonly type: number;
  readonly language: number;
  readonly zone: number;
  readonly country: number;
}

function person(random: Random, specialties: Float64Array, common: Float64Array): Person {
  return {
    specialty: draw(specialties, random),
    type: random.int(TYPES),
    language: draw(common, random) % LANGUAGES,
    zone: random.int(24),
    country: draw(common, random),
  };
}

/** Score in tenths: structured factors plus 0–5 points of noise. */
function tenths(a: Person, b: Person, random: Random): number {
  const gap = Math.min(Math.abs(a.zone - b.zone), 24 - Math.abs(a.zone - b.zone));
  return (
    400 * Number(a.specialty === b.specialty) +
    150 * Number(a.type === b.type) +
    150 * Number(a.language === b.language) +
    Math.round(150 * Math.max(0, 1 - gap / 6)) +
    100 * Number(a.country === b.country) +
    random.int(51)
  );
}

const pad = (prefix: string, i: number, width: number) =>
  `${prefix}${String(i + 1).padStart(width, '0')}`;

export function generateAssignmentProblem(options: GenerateAssignmentOptions): AssignmentProblem {
  const { mentees: n, mentors: m, seed } = options;
  const k = Math.min(options.candidates ?? 50, m);
  const minCapacity = options.minCapacity ?? 1;
  const maxCapacity = options.maxCapacity ?? 5;
  invariant(
    Number.isInteger(n) && Number.isInteger(m) && n >= 0 && m >= 1,
    'sizes must be integers',
  );
  invariant(minCapacity >= 0 && maxCapacity >= minCapacity, 'capacities must be a range');
  const random = createRandom(seed);
  const common = zipf(COUNTRIES, 1);
  const supply = random.fork();
  const supplyShare = zipf(SPECIALTIES, 0.6);
  const mentorPeople = Array.from({ length: m }, () => person(supply, supplyShare, common));
  const demand = random.fork();
  const demandShare = zipf(SPECIALTIES, 1.3);
  const menteePeople = Array.from({ length: n }, () => person(demand, demandShare, common));
  const mentorIds = Array.from({ length: m }, (_, j) => pad('M', j, 4));
  const menteeIds = Array.from({ length: n }, (_, i) => pad('E', i, 5));
  const capacities = mentorIds.map((id) => ({
    id,
    capacity: minCapacity + random.int(maxCapacity - minCapacity + 1),
  }));

  // Popularity: Zipf 1.0 over a random order of mentors; per specialty, the same weights.
  const order = shuffled(
    Array.from({ length: m }, (_, j) => j),
    random,
  );
  const weight = new Float64Array(m);
  order.forEach((j, rank) => {
    weight[j] = 1 / (rank + 1);
  });
  const cumulativeOf = (members: readonly number[]) => {
    const c = new Float64Array(members.length);
    let sum = 0;
    members.forEach((j, r) => {
      sum += weight[j]!;
      c[r] = sum;
    });
    return c;
  };
  const all = Array.from({ length: m }, (_, j) => j);
  const allCumulative = cumulativeOf(all);
  const bySpecialty = Array.from({ length: SPECIALTIES }, (_, s) =>
    all.filter((j) => mentorPeople[j]!.specialty === s),
  );
  const specialtyCumulative = bySpecialty.map(cumulativeOf);

  const scores: ScoredPair[] = [];
  const chosen = new Int32Array(m).fill(-1);
  const candidatesOf: number[][] = [];
  for (let i = 0; i < n; i++) {
    const me = menteePeople[i]!;
    const mine: number[] = [];
    const same = bySpecialty[me.specialty]!;
    const sameTarget = Math.min(Math.round(k * 0.6), same.length);
    const pick = (members: readonly number[], cumulative: Float64Array, until: number) => {
      for (let tries = 0; mine.length < until && tries < 20 * until; tries++) {
        const j = members[draw(cumulative, random)]!;
        if (chosen[j] === i) continue;
        chosen[j] = i;
        mine.push(j);
      }
    };
    if (same.length > 0) pick(same, specialtyCumulative[me.specialty]!, sameTarget);
    pick(all, allCumulative, k);
    for (let j = 0; mine.length < k && j < m; j++) {
      if (chosen[j] !== i) {
        chosen[j] = i;
        mine.push(j);
      }
    }
    for (const j of mine) {
      scores.push({
        mentee: menteeIds[i]!,
        mentor: mentorIds[j]!,
        score: tenths(me, mentorPeople[j]!, random) / 10,
      });
    }
    candidatesOf.push(mine);
  }

  const pins: PairRef[] = [];
  const pinned = new Set<number>();
  const room = capacities.map((c) => c.capacity);
  for (let tries = 0; pins.length < (options.pins ?? 0) && tries < 20 * n; tries++) {
    const i = random.int(n);
    const at = random.int(k);
    const j = candidatesOf[i]![at];
    const low =
      (scores[i * k + at]?.score ?? 0) < (options.minimumScore ?? Number.NEGATIVE_INFINITY);
    if (pinned.has(i) || j === undefined || room[j]! === 0 || low) continue;
    pinned.add(i);
    room[j]!--;
    pins.push({ mentee: menteeIds[i]!, mentor: mentorIds[j]! });
  }
  const forbids: PairRef[] = [];
  const forbidden = new Set<string>();
  for (let tries = 0; forbids.length < (options.forbids ?? 0) && tries < 20 * n; tries++) {
    const i = random.int(n);
    const mine = candidatesOf[i]!;
    const j = mine[random.int(mine.length)];
    const key = `${i} ${j}`;
    if (pinned.has(i) || j === undefined || forbidden.has(key)) continue;
    forbidden.add(key);
    forbids.push({ mentee: menteeIds[i]!, mentor: mentorIds[j]! });
  }
  return {
    mentees: menteeIds,
    mentors: capacities,
    scores,
    forbids,
    pins,
    ...(options.minimumScore === undefined ? {} : { minimumScore: options.minimumScore }),
  };
}
