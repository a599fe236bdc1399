/**
 * Parameters of the synthetic "simulate my match" market. Applicant mix: NRMP 2025 share of
 * offered PGY-1 positions filled by each applicant type (rxradio.fm table of NRMP data, facts
 * match2025.spec.*) divided by that type's 2025 match rate, so that groups which match less often
 * are proportionally more numerous among applicants (IM: 1.27 applicants per position, in line
 * with Charting Outcomes 2026's 14,734 applicants for 11,632 positions). The other numbers are
 * MatchReady assumptions, marked as such.
 */

/** % of offered positions filled by [US MD seniors, DO seniors, US IMGs, non-US IMGs], 2025. */
export const MARKET_COMPOSITION: Readonly<
  Record<
    string,
    { readonly pct: readonly [number, number, number, number]; readonly factId: string }
  >
> = {
  'internal-medicine': {
    pct: [34.6, 17.2, 10.5, 32.7],
    factId: 'match2025.spec.internal_medicine',
  },
  'family-medicine': { pct: [28.0, 27.7, 11.7, 15.0], factId: 'match2025.spec.family_medicine' },
  pediatrics: { pct: [47.5, 20.4, 8.0, 18.8], factId: 'match2025.spec.pediatrics' },
  'emergency-medicine': {
    pct: [44.9, 35.1, 10.3, 4.3],
    factId: 'match2025.spec.emergency_medicine',
  },
  psychiatry: { pct: [60.0, 22.7, 6.4, 8.0], factId: 'match2025.spec.psychiatry' },
  'transitional-year': { pct: [56.6, 6.5, 4.8, 5.7], factId: 'match2025.spec.transitional' },
  anesthesiology: { pct: [72.1, 17.1, 2.6, 4.7], factId: 'match2025.spec.anesthesiology' },
  'general-surgery': { pct: [62.5, 14.7, 5.6, 6.4], factId: 'match2025.spec.surgery' },
  'obstetrics-gynecology': {
    pct: [69.9, 19.8, 3.2, 2.8],
    factId: 'match2025.spec.obstetrics_gynecology',
  },
  neurology: { pct: [52.8, 16.5, 4.9, 23.9], factId: 'match2025.spec.neurology' },
  'orthopaedic-surgery': {
    pct: [77.9, 14.1, 0.9, 1.5],
    factId: 'match2025.spec.orthopaedic_surgery',
  },
  pathology: {
    pct: [42.1, 9.2, 9.2, 27.0],
    factId: 'match2025.spec.pathology_anatomic_and_clinical',
  },
};
/** ASSUMPTION for specialties without a row (e.g. Diagnostic Radiology): an anesthesiology-like mix. */
export const DEFAULT_COMPOSITION: readonly [number, number, number, number] = [70, 15, 5, 8];

/** 2025 PGY-1 match rates (facts match2025.rate.usmd/do/usimg/nonusimg). */
export const MATCH_RATES_2025: readonly [number, number, number, number] = [
  0.935, 0.926, 0.678, 0.58,
];

export const MARKET_MODEL = {
  /** ASSUMPTION: mean interviews per applicant by type (Charting Outcomes 2026: non-US IMGs' median contiguous ranks 5 matched / 2 unmatched). */
  meanInterviews: [12, 10, 6, 5] as readonly number[],
  /** ASSUMPTION: programs interview at most this many applicants per position (expected). */
  interviewsPerPosition: 12,
  /** At most this many alternating Newton rounds when fitting interview probabilities. */
  calibrationRounds: 30,
  /** ASSUMPTION: programs applied to in the specialty, by type (capped at the market size). */
  applications: [35, 45, 70, 80] as readonly number[],
  /** Step 2 CK mean by type relative to the specialty's non-US IMG mean (ASSUMPTION: no public US MD/DO figures in our facts); SD 15. */
  step2Offset: [3, -5, -4, 0] as readonly number[],
  step2Sd: 15,
  /** Programs' preference for US graduates in ranking (log-odds-like units; ASSUMPTION mirroring the 93% vs 58% match rates). */
  rankBonus: [1.2, 0.9, 0.3, 0] as readonly number[],
  /** Share of non-US IMGs who need a visa (ASSUMPTION); they skip programs known not to take J-1. */
  nonUsImgNeedsVisa: 0.8,
  /** Share with one failed attempt (ASSUMPTION). */
  failedAttempt: [0.03, 0.05, 0.12, 0.12] as readonly number[],
  /** Per 10 Step 2 points in interview offers and in program ranking (as INTERVIEW_MODEL.step2PerTen). */
  step2PerTen: 0.5,
  /** Persistent unobserved strength (letters, experiences) and per-run noise (interview day, fit). */
  latentSd: 0.7,
  rankNoiseSd: 1.0,
  /** Applicants' taste: program desirability from its Step 2 median (6 points ≈ 1 SD of selectivity) plus noise. */
  preferenceNoiseSd: 1.0,
} as const;
