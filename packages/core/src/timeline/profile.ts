// What the planner needs to know about the applicant, and how it reads the program-list profile
// (programs/profile.ts) into it. Plain data; O(1).
import { APPLICANT_TYPES, type ApplicantProfile, type VisaNeed } from '../vocabulary/programs.ts';
import type {
  EcfmgProgress,
  ExamProgress,
  OetProgress,
  PathwayProgress,
} from '../vocabulary/timeline.ts';

/**
 * NRMP applicant types by school and citizenship: `us-img` (US citizen who studied outside the US
 * and Canada), `non-us-img` (not a US citizen, studied outside), and — for the timeline only —
 * `us-grad`, a student or graduate of a US or Canadian MD/DO school, to whom ECFMG does not apply.
 */
export const US_GRAD = 'us-grad' as const;
export const TIMELINE_APPLICANT_TYPES = [...APPLICANT_TYPES, US_GRAD] as const;
export type TimelineApplicantType = (typeof TIMELINE_APPLICANT_TYPES)[number];

/**
 * The lowest Step 2 CK passing score in force since 1 July 2022 (214; 218 from 1 July 2025,
 * public-facts `usmle.step2ck_pass`). A reported score at or above it counts as a pass when the
 * profile does not say otherwise.
 */
export const STEP2_LOWEST_PASS = 214;

export interface TimelineProfile {
  readonly applicantType: TimelineApplicantType;
  /** null = the profile does not say. */
  readonly step1: ExamProgress | null;
  readonly step2: ExamProgress | null;
  readonly step3: ExamProgress | null;
  /** Failed attempts at any Step (programs read them; the planner mentions them). */
  readonly failedAttempts: number;
  readonly ecfmg: EcfmgProgress | null;
  readonly pathway: PathwayProgress | null;
  readonly oet: OetProgress | null;
  readonly visa: VisaNeed;
  readonly specialties: readonly string[];
}

/**
 * The CLI's P.json: the program-list profile (ApplicantProfile, with `ecfmgCertified` as in
 * `matchready programs list`) plus optional timeline details in the stored profile's words.
 * Only `applicantType` and `visa` are required; the other program-list fields are optional here.
 */
export interface TimelineProfileInput
  extends Partial<Omit<ApplicantProfile, 'applicantType' | 'ecfmgCertifiedByRankDeadline'>> {
  readonly applicantType: TimelineApplicantType;
  readonly visa: VisaNeed;
  /** Will the ECFMG requirements be met by the rank order list deadline? null = not known. */
  readonly ecfmgCertified?: boolean | null;
  readonly step1Status?: ExamProgress | null;
  readonly step2Status?: ExamProgress | null;
  readonly step3Status?: ExamProgress | null;
  readonly ecfmgStatus?: EcfmgProgress | null;
  readonly pathway?: PathwayProgress | null;
  readonly oetStatus?: OetProgress | null;
}

function step2FromScore(score: number | null | undefined): ExamProgress | null {
  if (score === null || score === undefined) return null;
  return score >= STEP2_LOWEST_PASS ? 'passed' : 'failed';
}

/**
 * Reads P.json into what the planner needs. Explicit statuses win; otherwise a Step 2 CK score is
 * read against STEP2_LOWEST_PASS, `step3: true` means passed, and `ecfmgCertified: true` means the
 * ECFMG requirements (so Steps 1 and 2 CK) are met.
 */
export function timelineProfileFrom(input: TimelineProfileInput): TimelineProfile {
  const certified = input.ecfmgCertified === true || input.ecfmgStatus === 'certified';
  const passedIfCertified = (
    explicit: ExamProgress | null | undefined,
    inferred: ExamProgress | null,
  ) => explicit ?? (certified ? 'passed' : inferred);
  return {
    applicantType: input.applicantType,
    step1: passedIfCertified(input.step1Status, null),
    step2: passedIfCertified(input.step2Status, step2FromScore(input.step2)),
    step3:
      input.step3Status ??
      (input.step3 === true ? 'passed' : input.step3 === false ? 'not-taken' : null),
    failedAttempts: input.failedAttempts ?? 0,
    ecfmg: input.ecfmgStatus ?? (input.ecfmgCertified === true ? 'certified' : null),
    pathway: input.pathway ?? null,
    oet: input.oetStatus ?? null,
    visa: input.visa,
    specialties: input.specialties ?? [],
  };
}

/** The program-list profile as the services hold it, read for the timeline. */
export function timelineProfileFromApplicant(profile: ApplicantProfile): TimelineProfile {
  const { ecfmgCertifiedByRankDeadline, ...rest } = profile;
  return timelineProfileFrom({ ...rest, ecfmgCertified: ecfmgCertifiedByRankDeadline ?? null });
}

export const isImg = (p: TimelineProfile): boolean => p.applicantType !== US_GRAD;
export const hasPassed = (progress: ExamProgress | null): boolean => progress === 'passed';
export const needsStep3ForH1b = (p: TimelineProfile): boolean =>
  p.visa === 'h1b' && !hasPassed(p.step3);
