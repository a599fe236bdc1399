/** Helpers of build.ts: which programs form the market, how many compete, and calibration. */
import type { Issue } from '../../shared/result.ts';
import type { Program } from '../../vocabulary/programs.ts';
import { CALCULATOR_SPECIALTIES } from '../calculator/data.ts';
import { normalizeSpecialty, specialtyInfo } from '../specialties.ts';
import { DEFAULT_COMPOSITION, MARKET_COMPOSITION, MARKET_MODEL, MATCH_RATES_2025 } from './data.ts';
import type { MarketInput } from './types.ts';

const logit = (p: number) => Math.log(p / (1 - p));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Competitors per position: Σ over types of (share of positions filled ÷ match rate). */
export function applicantsPerPosition(specialty: string): number {
  const pct = MARKET_COMPOSITION[specialty]?.pct ?? DEFAULT_COMPOSITION;
  let sum = 0;
  for (let t = 0; t < 4; t++) sum += (pct[t] ?? 0) / 100 / (MATCH_RATES_2025[t] ?? 1);
  return sum;
}

export function selectPrograms(
  input: MarketInput,
  issues: Issue[],
): { specialty: string; market: Program[] } | null {
  const byId = new Map(input.programs.map((p) => [p.id, p]));
  if (input.rankList.length === 0)
    issues.push({
      code: 'empty-rank-list',
      path: ['rankList'],
      message: 'Rank at least one program.',
    });
  const seen = new Set<string>();
  input.rankList.forEach((id, i) => {
    if (!byId.has(id))
      issues.push({
        code: 'unknown-program',
        path: ['rankList', i],
        message: `No program with id "${id}".`,
      });
    if (seen.has(id))
      issues.push({
        code: 'duplicate-program',
        path: ['rankList', i],
        message: `"${id}" is ranked twice.`,
      });
    seen.add(id);
  });
  if (issues.length > 0) return null;
  const first = byId.get(input.rankList[0] as string) as Program;
  const specialty = normalizeSpecialty(input.specialty ?? first.specialty);
  if (specialty === null) {
    issues.push({
      code: 'unknown-specialty',
      path: ['specialty'],
      message: `Unknown specialty "${input.specialty ?? first.specialty}".`,
    });
    return null;
  }
  const trackOf = (p: Program) => p.track ?? 'categorical';
  const tracks = new Set(
    input.rankList
      .map((id) => byId.get(id) as Program)
      .filter((p) => normalizeSpecialty(p.specialty) === specialty)
      .map(trackOf),
  );
  input.rankList.forEach((id, i) => {
    const p = byId.get(id) as Program;
    if (normalizeSpecialty(p.specialty) !== specialty || !tracks.has(trackOf(p))) {
      issues.push({
        code: 'program-outside-market',
        path: ['rankList', i],
        message: `"${id}" is not a ${specialty} program of the ranked tracks; simulate one specialty at a time.`,
      });
    }
  });
  if (issues.length > 0) return null;
  const market = input.programs.filter(
    (p) => normalizeSpecialty(p.specialty) === specialty && tracks.has(trackOf(p)),
  );
  const ids = new Set<string>();
  for (const p of market) {
    if (ids.has(p.id)) {
      issues.push({
        code: 'duplicate-program-id',
        path: ['programs'],
        message: `Two programs share the id "${p.id}".`,
      });
    }
    ids.add(p.id);
  }
  return issues.length > 0 ? null : { specialty, market };
}

/** Mean Step 2 CK of non-US IMGs preferring the specialty (mix of matched and unmatched means). */
export function nonUsImgStep2Mean(specialty: string): number {
  const c = CALCULATOR_SPECIALTIES.find((s) => s.specialty === specialty);
  if (c === undefined) return (specialtyInfo(specialty)?.matchedStep2Median ?? 245) - 4;
  const r = c.observedRatePct / 100;
  return r * c.step2.matchedMean + (1 - r) * c.step2.unmatchedMean;
}

/**
 * Interview probabilities p_e = σ(o_type + o_program + score_e), fitted by alternating damped
 * Newton steps (a logit-scale analogue of iterative proportional fitting) so that each applicant
 * type averages its assumed number of interviews and no program expects more than
 * MARKET_MODEL.interviewsPerPosition × capacity interviewees (o_program ≤ 0 only ever lowers).
 */
export function calibrate(
  scores: Float64Array,
  start: Int32Array,
  program: Int32Array,
  type: Uint8Array,
  counts: readonly number[],
  capacity: Int32Array,
): Float64Array {
  const nP = capacity.length;
  const typeOffset = new Float64Array(4);
  const typeTarget = new Float64Array(4);
  const entriesOfType = new Float64Array(4);
  for (let a = 0; a < type.length - 1; a++) {
    const t = type[a] as number;
    entriesOfType[t] =
      (entriesOfType[t] as number) + (start[a + 1] as number) - (start[a] as number);
  }
  for (let t = 0; t < 4; t++) {
    const e = entriesOfType[t] as number;
    typeTarget[t] = Math.min((MARKET_MODEL.meanInterviews[t] ?? 5) * (counts[t] ?? 0), 0.95 * e);
    typeOffset[t] = logit(clamp((typeTarget[t] as number) / Math.max(1, e), 1e-3, 0.95));
  }
  const progOffset = new Float64Array(nP);
  const limit = Float64Array.from(capacity, (c) => c * MARKET_MODEL.interviewsPerPosition);
  const tf = new Float64Array(4);
  const td = new Float64Array(4);
  const pf = new Float64Array(nP);
  const pd = new Float64Array(nP);
  const prob = new Float64Array(scores.length);
  for (let round = 0; round < MARKET_MODEL.calibrationRounds; round++) {
    tf.fill(0);
    td.fill(0);
    pf.fill(0);
    pd.fill(0);
    for (let a = 0; a < type.length - 1; a++) {
      const t = type[a] as number;
      const o = typeOffset[t] as number;
      const end = start[a + 1] as number;
      for (let e = start[a] as number; e < end; e++) {
        const j = program[e] as number;
        const p = 1 / (1 + Math.exp(-(o + (progOffset[j] as number) + (scores[e] as number))));
        prob[e] = p;
        const v = p * (1 - p);
        tf[t] = (tf[t] as number) + p;
        td[t] = (td[t] as number) + v;
        pf[j] = (pf[j] as number) + p;
        pd[j] = (pd[j] as number) + v;
      }
    }
    // Stop once every type is within 2% of its target and no program is 3% over its limit (the
    // targets are assumptions; when most programs are at their limit convergence is only linear);
    // prob[] already holds the probabilities for the current offsets.
    let converged = true;
    for (let t = 0; t < 4; t++) {
      if (
        Math.abs((tf[t] as number) - (typeTarget[t] as number)) >
        0.02 * (typeTarget[t] as number)
      )
        converged = false;
    }
    for (let j = 0; j < nP && converged; j++) {
      if ((pf[j] as number) > 1.03 * (limit[j] as number)) converged = false;
    }
    if (converged) break;
    for (let t = 0; t < 4; t++) {
      if ((td[t] as number) > 0) {
        typeOffset[t] =
          (typeOffset[t] as number) -
          clamp(((tf[t] as number) - (typeTarget[t] as number)) / (td[t] as number), -2, 2);
      }
    }
    for (let j = 0; j < nP; j++) {
      const o = progOffset[j] as number;
      const excess = (pf[j] as number) - (limit[j] as number);
      if ((excess > 0 || o < 0) && (pd[j] as number) > 0) {
        progOffset[j] = Math.min(0, o - 0.8 * clamp(excess / (pd[j] as number), -2, 2));
      }
    }
  }
  return prob;
}
