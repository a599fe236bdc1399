/**
 * A synthetic one-specialty market around the applicant's real rank list, for "simulate my
 * match". Built in two stages so that a thousand simulations stay cheap:
 *  - buildBaseMarket(): once per simulation: competitors (types, Step 2 CK, latent strength),
 *    the programs each applied to and their interview probabilities (calibrated by Newton's
 *    method so each type averages its assumed number of interviews), all in typed arrays;
 *  - drawMarket(): once per run: interviews (Bernoulli), applicants' preference order and
 *    programs' rankings (noisy scores), packed into Float64 keys and sorted natively, then emitted
 *    as a MatchProblem in readable ids. O(E log E) for E interview entries.
 */

import { createRandom } from '../../shared/random.ts';
import { fail, type Issue, ok, type Result } from '../../shared/result.ts';
import type { MatchProblem } from '../../vocabulary/matching.ts';
import { prepareScoring } from '../list/scoring.ts';
import { apportion } from '../sampling.ts';
import { specialtyInfo } from '../specialties.ts';
import { DEFAULT_COMPOSITION, MARKET_COMPOSITION, MARKET_MODEL, MATCH_RATES_2025 } from './data.ts';
import { drawMarket } from './draw.ts';
import { FastRandom } from './fast-random.ts';
import { applicantsPerPosition, calibrate, nonUsImgStep2Mean, selectPrograms } from './setup.ts';
import type { BaseMarket, MarketInput } from './types.ts';

export type { BaseMarket, MarketInput } from './types.ts';

export const MARKET_APPLICANT_ID = 'you';

const logit = (p: number) => Math.log(p / (1 - p));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

export function buildBaseMarket(input: MarketInput): Result<BaseMarket> {
  const issues: Issue[] = [];
  const competitorsIn = input.competitors;
  if (
    competitorsIn !== undefined &&
    (!Number.isInteger(competitorsIn) || competitorsIn < 0 || competitorsIn > 200_000)
  ) {
    issues.push({
      code: 'invalid-competitors',
      path: ['competitors'],
      message: 'Competitors must be a whole number between 0 and 200,000.',
    });
  }
  const selected = selectPrograms(input, issues);
  if (selected === null || issues.length > 0) return fail(issues);
  const { specialty, market } = selected;
  const info = specialtyInfo(specialty);
  const median = info?.matchedStep2Median ?? 245;
  const specShare = clamp(info?.imgShare ?? 0.2, 0.01, 0.95);
  const m = MARKET_MODEL;
  const random = new FastRandom(createRandom(input.seed));

  const nP = market.length;
  const programIds = market.map((p) => p.id);
  const index = new Map(programIds.map((id, i) => [id, i]));
  const capacity = new Int32Array(nP);
  const desirability = new Float64Array(nP);
  const typical = new Float64Array(nP);
  const imgTerm = new Float64Array(nP);
  // Programs that report no positions get the market's mean (6 if none reports any).
  const reported = market.filter((p) => p.positions !== null);
  const meanCap =
    reported.length === 0
      ? 6
      : Math.max(
          1,
          Math.round(reported.reduce((s, p) => s + (p.positions ?? 0), 0) / reported.length),
        );
  let positions = 0;
  market.forEach((p, j) => {
    capacity[j] = Math.max(1, Math.round(p.positions ?? meanCap));
    positions += capacity[j] as number;
    typical[j] = p.typicalStep2 ?? median;
    desirability[j] = ((p.typicalStep2 ?? median) - median) / 6;
    imgTerm[j] = p.imgShare === null ? 0 : logit(clamp(p.imgShare, 0.01, 0.95)) - logit(specShare);
  });
  const pools = [
    market.map((_, j) => j),
    market.flatMap((p, j) => (p.acceptsImgs === false ? [] : [j])),
    market.flatMap((p, j) => (p.acceptsImgs === false || p.j1 === false ? [] : [j])),
  ].map((xs) => Int32Array.from(xs));

  const nC = competitorsIn ?? Math.round(positions * applicantsPerPosition(specialty));
  const pct = MARKET_COMPOSITION[specialty]?.pct ?? DEFAULT_COMPOSITION;
  const typeCounts = apportion(
    pct.map((x, t) => x / (MATCH_RATES_2025[t] ?? 1)),
    nC,
  );
  const nA = nC + 1;
  const applicantType = new Uint8Array(nA);
  const quality = new Float64Array(nA);
  const candStart = new Int32Array(nA + 1);
  const maxApps = Math.max(...MARKET_MODEL.applications);
  const cands = new Int32Array(nC * Math.min(maxApps, nP));
  const scores = new Float64Array(cands.length);
  const taste = new Float64Array(cands.length);
  let nCand = 0;
  const base = nonUsImgStep2Mean(specialty);
  let a = 0;
  for (let t = 0; t < 4; t++) {
    for (let k = 0; k < (typeCounts[t] ?? 0); k++, a++) {
      applicantType[a] = t;
      const step2 = clamp(
        Math.round(base + (m.step2Offset[t] ?? 0) + m.step2Sd * random.normal()),
        200,
        290,
      );
      const latent = m.latentSd * random.normal();
      const failed = random.next() < (m.failedAttempt[t] ?? 0) ? 1 : 0;
      quality[a] = (m.rankBonus[t] ?? 0) + (m.step2PerTen * (step2 - base)) / 10 + latent - failed;
      const isImg = t >= 2;
      const pool = (
        isImg ? (t === 3 && random.next() < m.nonUsImgNeedsVisa ? pools[2] : pools[1]) : pools[0]
      ) as Int32Array;
      const take = Math.min(pool.length, m.applications[t] ?? 40);
      const first = nCand;
      // Partial Fisher–Yates on the shared pool: any permutation of it gives a uniform sample.
      for (let i = 0; i < take; i++) {
        const r = i + random.int(pool.length - i);
        const j = pool[r] as number;
        pool[r] = pool[i] as number;
        pool[i] = j;
        cands[nCand] = j;
        scores[nCand] =
          (m.step2PerTen * (step2 - (typical[j] as number))) / 10 +
          latent -
          failed +
          (isImg ? (imgTerm[j] as number) : 0);
        taste[nCand++] = (desirability[j] as number) + m.preferenceNoiseSd * random.normal();
      }
      // Tastes are fixed per simulation: store the candidates in preference order, so that each
      // run's rank list is simply the interviewed candidates in stored order.
      sortByTasteDescending(cands, scores, taste, first, nCand);
      candStart[a + 1] = nCand;
    }
  }
  candStart[nA] = nCand;
  const candProgram = cands.slice(0, nCand);
  const candProb = calibrate(
    scores.subarray(0, nCand),
    candStart,
    candProgram,
    applicantType,
    typeCounts,
    capacity,
  );
  const candThreshold = candProb.map((p) => Math.floor(p * 4294967296));

  const userIndex = nC;
  const profile = input.profile;
  const userType = profile.applicantType === 'us-img' ? 2 : 3;
  applicantType[userIndex] = userType;
  const ctx = prepareScoring(profile, input.matchYear ?? profile.graduationYear);
  const userStep2 =
    profile.step2 === null ? 0 : (m.step2PerTen * (clamp(profile.step2, 200, 290) - base)) / 10;
  const yog = input.matchYear === undefined ? 0 : ctx.yogTerm;
  quality[userIndex] =
    (m.rankBonus[userType] ?? 0) +
    userStep2 -
    profile.failedAttempts +
    ctx.usceTerm +
    ctx.researchTerm +
    yog;
  const userList = Int32Array.from(input.rankList, (id) => index.get(id) as number);

  return ok({
    specialty,
    programIds,
    capacity,
    desirability,
    applicantIds: Array.from({ length: nA }, (_, i) =>
      i === userIndex ? MARKET_APPLICANT_ID : `C${String(i + 1).padStart(6, '0')}`,
    ),
    applicantType,
    quality,
    candStart,
    candProgram,
    candProb,
    candThreshold,
    userIndex,
    userList,
    positions,
    typeCounts,
  });
}

/** Insertion sort of one applicant's candidates (≤ 80) by taste, moving the parallel arrays along. */
function sortByTasteDescending(
  program: Int32Array,
  score: Float64Array,
  taste: Float64Array,
  from: number,
  to: number,
): void {
  for (let i = from + 1; i < to; i++) {
    const t = taste[i] as number;
    const p = program[i] as number;
    const s = score[i] as number;
    let k = i - 1;
    while (k >= from && (taste[k] as number) < t) {
      taste[k + 1] = taste[k] as number;
      program[k + 1] = program[k] as number;
      score[k + 1] = score[k] as number;
      k--;
    }
    taste[k + 1] = t;
    program[k + 1] = p;
    score[k + 1] = s;
  }
}

/** One market as a MatchProblem (the simulator reuses the base across runs instead). */
export function buildMarket(input: MarketInput): Result<{
  readonly problem: MatchProblem;
  readonly applicantId: string;
  readonly base: BaseMarket;
}> {
  const base = buildBaseMarket(input);
  if (!base.ok) return fail(base.issues);
  const problem = drawMarket(base.value, createRandom(input.seed).fork());
  return ok({ problem, applicantId: MARKET_APPLICANT_ID, base: base.value });
}
