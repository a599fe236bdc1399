/**
 * Match calculator: P(match to the preferred specialty) from the modelled curve P0(k) of
 * docs/sources.md#matchready-match-probability-model, made non-decreasing by a running maximum,
 * the US-citizen IMG odds scaling (assumption) and a Step 2 CK likelihood-ratio adjustment shrunk
 * by ½ — all combined on the log-odds scale, which keeps the result monotone in both k and Step 2 —
 * then capped at 0.95.
 */
import { fail, type Issue, ok, type Result } from '../../shared/result.ts';
import {
  type ApplicantType,
  MATCH_ESTIMATE_LABEL,
  type MatchEstimate,
} from '../../vocabulary/programs.ts';
import { US_CITIZEN_IMG_ADJUSTMENT } from '../applicant-types.ts';
import { normalizeSpecialty } from '../specialties.ts';
import {
  CALCULATOR_SPECIALTIES,
  type CalculatorSpecialty,
  CO2026_SOURCE,
  CURVE_RANKS,
  DISPLAY_CAP,
  MODEL_SOURCE,
  REFERENCE_RATES,
  STEP2_RANGE,
  STEP2_SHRINK,
} from './data.ts';

export interface MatchCalculatorInput {
  readonly specialty: string;
  readonly applicantType: ApplicantType;
  /** Contiguous ranks in the specialty (a proxy for interviews obtained). */
  readonly ranks: number;
  readonly step2: number | null;
}

export const CALCULATOR_MAX_RANKS = 20;

const BY_ID: ReadonlyMap<string, CalculatorSpecialty> = new Map(
  CALCULATOR_SPECIALTIES.map((s) => [s.specialty, s]),
);

export function calculatorSpecialties(): readonly string[] {
  return CALCULATOR_SPECIALTIES.map((s) => s.specialty);
}

/** P0(k): running maximum over the tabulated curve, linear in between, flat beyond 20, 0 at k ≤ 0. */
export function baselineCurve(data: CalculatorSpecialty, k: number): number {
  if (k <= 0) return 0;
  let prevK = 0;
  let prevP = 0;
  let runMax = 0;
  for (let i = 0; i < CURVE_RANKS.length; i++) {
    const ki = CURVE_RANKS[i] as number;
    runMax = Math.max(runMax, data.curve[i] ?? 0);
    if (k <= ki) {
      if (i === 0) return runMax;
      return prevP + ((runMax - prevP) * (k - prevK)) / (ki - prevK);
    }
    prevK = ki;
    prevP = runMax;
  }
  return runMax;
}

export function step2LogLikelihoodRatio(data: CalculatorSpecialty, step2: number): number {
  const { matchedMean, unmatchedMean, pooledSd } = data.step2;
  const x = Math.min(STEP2_RANGE[1], Math.max(STEP2_RANGE[0], step2));
  // Equal variances make ln LR linear in x; a negative slope (FM) is treated as "no signal".
  const slope = Math.max(0, (matchedMean - unmatchedMean) / (pooledSd * pooledSd));
  return slope * (x - (matchedMean + unmatchedMean) / 2);
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

function combine(p0: number, shift: number): number {
  if (p0 <= 0) return 0;
  const p = sigmoid(logit(Math.min(0.999, Math.max(0.001, p0))) + shift);
  return Math.min(DISPLAY_CAP, p);
}

export function estimateMatchProbability(input: MatchCalculatorInput): Result<MatchEstimate> {
  const issues: Issue[] = [];
  const id = normalizeSpecialty(input.specialty);
  const data = id === null ? undefined : BY_ID.get(id);
  if (data === undefined) {
    issues.push({
      code: 'unknown-specialty',
      path: ['specialty'],
      message: `No match-probability curve for "${input.specialty}". Available: ${calculatorSpecialties().join(', ')}.`,
    });
  }
  if (!Number.isInteger(input.ranks) || input.ranks < 0) {
    issues.push({
      code: 'invalid-ranks',
      path: ['ranks'],
      message: 'Contiguous ranks must be a whole number ≥ 0.',
    });
  }
  if (
    input.step2 !== null &&
    (!Number.isFinite(input.step2) || input.step2 < 1 || input.step2 > 300)
  ) {
    issues.push({
      code: 'invalid-step2',
      path: ['step2'],
      message: 'Step 2 CK must be between 1 and 300, or null.',
    });
  }
  if (input.applicantType !== 'us-img' && input.applicantType !== 'non-us-img') {
    issues.push({
      code: 'invalid-applicant-type',
      path: ['applicantType'],
      message: 'Applicant type must be non-us-img or us-img.',
    });
  }
  if (data === undefined || issues.length > 0) return fail(issues);

  const applied = input.step2 !== null && data.step2.informative;
  const lnLr = input.step2 === null ? 0 : step2LogLikelihoodRatio(data, input.step2);
  const step2Shift = applied ? STEP2_SHRINK * lnLr : 0;
  const typeShift = input.applicantType === 'us-img' ? US_CITIZEN_IMG_ADJUSTMENT.logOdds : 0;
  const shift = step2Shift + typeShift;

  const curve = [];
  for (let k = 1; k <= CALCULATOR_MAX_RANKS; k++)
    curve.push({ ranks: k, probability: combine(baselineCurve(data, k), shift) });
  const k = Math.min(input.ranks, CALCULATOR_MAX_RANKS);

  const caveats = [
    'Estimate modelled from aggregate NRMP data (Charting Outcomes: Non-U.S. IMGs 2026), not a published NRMP probability.',
    'It does not account for visa needs, year of graduation, US clinical experience, failed attempts, letters, signals or interview performance.',
    'Contiguous ranks stand for interviews obtained in the specialty: adding programs to a rank list without interviews does not raise your chance.',
    `Displayed probabilities are capped at ${Math.round(DISPLAY_CAP * 100)}%.`,
  ];
  if (input.applicantType === 'us-img') {
    caveats.push(
      'ASSUMPTION: no curve exists for US-citizen IMGs; the log-odds are raised by 0.42, the log odds ratio of their 2025 match rate (67.8%) to that of non-US-citizen IMGs (58.0%; NRMP Results and Data 2025).',
    );
  }
  if (input.step2 === null)
    caveats.push('No Step 2 CK score given: the estimate is not adjusted for it.');
  else if (!data.step2.informative)
    caveats.push(
      'Step 2 CK carries no usable signal in this specialty: the estimate is not adjusted for it.',
    );
  else
    caveats.push(
      'The Step 2 CK adjustment keeps half of its log-likelihood ratio, because rank-list length and Step 2 CK are correlated.',
    );
  if (input.ranks > CALCULATOR_MAX_RANKS)
    caveats.push('The model is not extrapolated beyond 20 contiguous ranks.');
  if (data.note !== null) caveats.push(data.note);

  return ok({
    label: MATCH_ESTIMATE_LABEL,
    probability: combine(baselineCurve(data, k), shift),
    ranks: input.ranks,
    curve,
    specialty: data.specialty,
    applicantType: input.applicantType,
    step2Adjustment: {
      step2: input.step2,
      applied,
      logLikelihoodRatio: lnLr,
      shrink: STEP2_SHRINK,
      logOddsShift: step2Shift,
    },
    quality: data.quality,
    observedRate: data.observedRatePct / 100,
    referenceRates: {
      usImg: REFERENCE_RATES.usImgPct / 100,
      nonUsImg: REFERENCE_RATES.nonUsImgPct / 100,
    },
    sources: [MODEL_SOURCE, { ...CO2026_SOURCE, factId: data.factId }, ...REFERENCE_RATES.sources],
    caveats,
  });
}
