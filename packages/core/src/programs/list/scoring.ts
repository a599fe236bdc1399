/**
 * Interview likelihood per program: a logistic model (docs/program-tiers.md §2),
 *   logit p = b0[specialty, type] + b1·ΔStep2/10 + b2·Δlogit(IMG share) + b3·ΔUSCE + bR·Δresearch
 *             + b5·location + b4·signal − b7·attempts − b6·yogPenalty.
 * The coefficients are priors (documented below), not fitted: no public data set links applicants
 * to interview offers. Every term is returned as a factor so the UI can show why.
 */

import type { ApplicantProfile, Factor, Program, Region } from '../../vocabulary/programs.ts';
import { US_CITIZEN_IMG_ADJUSTMENT } from '../applicant-types.ts';
import { regionOf } from '../geography.ts';
import { yearsSinceGraduation } from '../profile.ts';
import { type SpecialtyInfo, specialtyInfo } from '../specialties.ts';

/** All coefficients in one place (log-odds units). */
export const INTERVIEW_MODEL = {
  /**
   * b0 for a non-US IMG at a typical program of the specialty. IM = logit(0.15) ≈ −1.73 (a prior
   * that puts a typical IM program in the "target" band); other specialties shift by the
   * log-odds difference of their 2026 non-US IMG match rate from IM's 48.5% (Charting Outcomes
   * 2026, e.g. Pediatrics 68.5% → +0.84). Transitional Year has no rate: assumed −2.0.
   */
  baseline: {
    'internal-medicine': -1.73,
    'family-medicine': -1.52,
    pediatrics: -0.9,
    'emergency-medicine': -1.51,
    psychiatry: -1.34,
    anesthesiology: -2.13,
    'general-surgery': -2.59,
    'obstetrics-gynecology': -2.39,
    neurology: -2.0,
    pathology: -1.87,
    'diagnostic-radiology': -1.34,
    'orthopaedic-surgery': -2.9,
    'transitional-year': -2.0,
  } as Readonly<Record<string, number>>,
  /** Specialties not in the catalogue (imported data). */
  defaultBaseline: -2.0,
  /** US-citizen IMGs: the one adjustment shared with the calculator (applicant-types.ts, ≈ 0.42). */
  usImgShift: US_CITIZEN_IMG_ADJUSTMENT.logOdds,
  /**
   * Per 10 Step 2 CK points above the program's matched median. Charting Outcomes' IM groups give
   * ln LR ≈ 0.36 per 10 points for matching; interview screening leans harder on the score, so 0.5.
   */
  step2PerTen: 0.5,
  /** ΔStep 2 is clamped to ±40 points so one number cannot dominate. */
  step2Clamp: 40,
  /**
   * Per unit of logit(program IMG share) − logit(specialty IMG share). APDIM: community vs
   * university IM programs differ by ≈1.5 in logit of resident IMG share and by ≈1.5 in logit
   * of interview slots given to IMGs (JGIM 2020), hence 1.0.
   */
  imgShare: 1.0,
  imgShareFloor: 0.01,
  imgShareCeiling: 0.95,
  /** USCE months relative to a reference 3 months, counted up to 12 (assumption). */
  usce: { perMonth: 0.08, reference: 3, cap: 12 },
  /** Research items vs the non-US IMG median of 3; Charting Outcomes shows no gap, so tiny. */
  research: { perItem: 0.03, reference: 3, cap: 10 },
  /** Program in a preferred state / in the region of one (assumption). */
  location: { sameState: 0.7, sameRegion: 0.35 },
  /** ERAS signal sent to a program that takes signals (assumption). */
  signal: 0.7,
  /** Per failed attempt: PDs rate any failure 4.4–4.5 / 5 in importance (NRMP PD surveys 2018/2021). */
  perFailedAttempt: 1.0,
  /** Per year since graduation beyond 3 years, counted up to 15 (assumption). */
  yog: { perYear: 0.15, graceYears: 3, cap: 15 },
} as const;
export type InterviewModel = typeof INTERVIEW_MODEL;

export interface InterviewScore {
  readonly logit: number;
  /** Estimated probability of an interview invitation, 0–1. */
  readonly probability: number;
  readonly factors: readonly Factor[];
}

/** Everything about the applicant that does not depend on the program, computed once per list. */
export interface ScoringContext {
  readonly profile: ApplicantProfile;
  readonly model: InterviewModel;
  readonly yearsSinceGrad: number;
  readonly typeShift: number;
  readonly usceTerm: number;
  readonly researchTerm: number;
  readonly attemptsTerm: number;
  readonly yogTerm: number;
  readonly states: ReadonlySet<string>;
  readonly regions: ReadonlySet<Region>;
  readonly signaled: ReadonlySet<string>;
  readonly specialtyCache: Map<string, SpecialtyInfo | null>;
}

export function prepareScoring(
  profile: ApplicantProfile,
  matchYear: number,
  model: InterviewModel = INTERVIEW_MODEL,
): ScoringContext {
  const years = yearsSinceGraduation(profile, matchYear);
  const states = new Set(profile.states.map((s) => s.toUpperCase()));
  const regions = new Set<Region>();
  for (const s of states) {
    const r = regionOf(s);
    if (r !== null) regions.add(r);
  }
  const research = profile.researchItems ?? model.research.reference;
  return {
    profile,
    model,
    yearsSinceGrad: years,
    typeShift: profile.applicantType === 'us-img' ? model.usImgShift : 0,
    usceTerm:
      model.usce.perMonth * (Math.min(profile.usceMonths, model.usce.cap) - model.usce.reference),
    researchTerm:
      model.research.perItem * (Math.min(research, model.research.cap) - model.research.reference),
    attemptsTerm: -model.perFailedAttempt * profile.failedAttempts,
    yogTerm:
      -model.yog.perYear * Math.max(0, Math.min(years, model.yog.cap) - model.yog.graceYears),
    states,
    regions,
    signaled: new Set(profile.signaledProgramIds ?? []),
    specialtyCache: new Map(),
  };
}

export function lookupSpecialty(ctx: ScoringContext, specialty: string): SpecialtyInfo | null {
  let info = ctx.specialtyCache.get(specialty);
  if (info === undefined) {
    info = specialtyInfo(specialty);
    ctx.specialtyCache.set(specialty, info);
  }
  return info;
}

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** The terms that do not depend on a program's own attributes: b0 + type + Step 2 vs a reference + applicant terms. */
export function baselineLogit(ctx: ScoringContext, info: SpecialtyInfo | null): number {
  const m = ctx.model;
  return (
    (info === null ? m.defaultBaseline : (m.baseline[info.id] ?? m.defaultBaseline)) + ctx.typeShift
  );
}

/** Log-odds of an interview at a program with every attribute unknown (a "typical" program). */
export function typicalProgramLogit(ctx: ScoringContext, specialty: string): number {
  const info = lookupSpecialty(ctx, specialty);
  const step2 = ctx.profile.step2;
  const ref = info?.matchedStep2Median ?? null;
  const step2Term = step2 === null || ref === null ? 0 : step2Contribution(ctx.model, step2 - ref);
  return (
    baselineLogit(ctx, info) +
    step2Term +
    ctx.usceTerm +
    ctx.researchTerm +
    ctx.attemptsTerm +
    ctx.yogTerm
  );
}

function step2Contribution(m: InterviewModel, delta: number): number {
  return (m.step2PerTen * clamp(delta, -m.step2Clamp, m.step2Clamp)) / 10;
}

export function scoreProgram(program: Program, ctx: ScoringContext): InterviewScore {
  const m = ctx.model;
  const p = ctx.profile;
  const info = lookupSpecialty(ctx, program.specialty);
  const base = baselineLogit(ctx, info);

  const ref = program.typicalStep2 ?? info?.matchedStep2Median ?? null;
  const delta = p.step2 === null || ref === null ? null : p.step2 - ref;
  const step2 = delta === null ? 0 : step2Contribution(m, delta);

  let img = 0;
  if (program.imgShare !== null && info !== null) {
    const share = clamp(program.imgShare, m.imgShareFloor, m.imgShareCeiling);
    img =
      m.imgShare * (logit(share) - logit(clamp(info.imgShare, m.imgShareFloor, m.imgShareCeiling)));
  }

  const state = program.state === null ? null : program.state.toUpperCase();
  const region = program.region ?? regionOf(state);
  const tie =
    state !== null && ctx.states.has(state)
      ? 'same-state'
      : region !== null && ctx.regions.has(region)
        ? 'same-region'
        : 'none';
  const location =
    tie === 'same-state' ? m.location.sameState : tie === 'same-region' ? m.location.sameRegion : 0;
  const signal = program.signals !== false && ctx.signaled.has(program.id) ? m.signal : 0;

  // Summed in factor order so the factors add up to the logit exactly.
  const total =
    base +
    step2 +
    img +
    ctx.usceTerm +
    ctx.researchTerm +
    location +
    signal +
    ctx.attemptsTerm +
    ctx.yogTerm;
  return {
    logit: total,
    probability: sigmoid(total),
    factors: [
      {
        code: 'baseline',
        label: 'Specialty baseline for your applicant type',
        value: info?.id ?? program.specialty,
        contribution: base,
      },
      {
        code: 'step2',
        label:
          program.typicalStep2 === null
            ? 'Step 2 CK vs specialty median (program median not reported)'
            : "Step 2 CK vs program's matched median",
        value: delta,
        contribution: step2,
      },
      {
        code: 'img-share',
        label: 'IMG share vs specialty average',
        value: program.imgShare,
        contribution: img,
      },
      {
        code: 'usce',
        label: 'US clinical experience (months)',
        value: p.usceMonths,
        contribution: ctx.usceTerm,
      },
      {
        code: 'research',
        label: 'Research items',
        value: p.researchItems ?? null,
        contribution: ctx.researchTerm,
      },
      {
        code: 'location',
        label: 'Location tie with your preferred states',
        value: tie,
        contribution: location,
      },
      {
        code: 'signal',
        label: 'ERAS signal sent',
        value: signal === 0 ? 0 : 1,
        contribution: signal,
      },
      {
        code: 'attempts',
        label: 'Failed USMLE attempts',
        value: p.failedAttempts,
        contribution: ctx.attemptsTerm,
      },
      {
        code: 'yog',
        label: 'Years since graduation',
        value: ctx.yearsSinceGrad,
        contribution: ctx.yogTerm,
      },
    ],
  };
}
