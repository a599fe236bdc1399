/**
 * The program record: FREIDA-like attributes, every one of them nullable because public program
 * data is patchy (Cureus 2021: ~25% of FREIDA entries omit basic fields, >50% report no minimum
 * score). `null` always means "not reported", never "no".
 */

export const TRACKS = ['categorical', 'preliminary', 'advanced', 'transitional'] as const;
export type Track = (typeof TRACKS)[number];

export const AFFILIATIONS = ['university', 'university-affiliated', 'community'] as const;
export type Affiliation = (typeof AFFILIATIONS)[number];

export const REGIONS = ['northeast', 'midwest', 'south', 'west'] as const;
export type Region = (typeof REGIONS)[number];

/** ISO-8601 dates (YYYY-MM-DD) a program publishes; any of them may be missing. */
export interface ProgramDeadlines {
  readonly application: string | null;
  readonly interviewInvitations: string | null;
}

export interface Program {
  readonly id: string;
  readonly name: string;
  /** Canonical specialty id, e.g. 'internal-medicine' (see specialties.ts). */
  readonly specialty: string;
  readonly institution: string | null;
  readonly track: Track | null;
  /** USPS state code, e.g. 'NY'. */
  readonly state: string | null;
  readonly region: Region | null;
  readonly city: string | null;
  readonly affiliation: Affiliation | null;
  /** PGY-1 (or PGY-2 for advanced) positions per year. */
  readonly positions: number | null;
  /** Share of residents who are IMGs (US + non-US), 0–1, FREIDA-style 3-year average. */
  readonly imgShare: number | null;
  /** Whether the program considers IMGs at all. */
  readonly acceptsImgs: boolean | null;
  /** Accepts ECFMG-sponsored J-1 physicians. */
  readonly j1: boolean | null;
  /** Sponsors H-1B visas. */
  readonly h1b: boolean | null;
  /** Reported minimum Step 2 CK score. */
  readonly minStep2: number | null;
  /** Most years since graduation the program accepts. */
  readonly yogCutoff: number | null;
  /** Most failed USMLE attempts the program accepts (0 = first attempt only). */
  readonly maxAttempts: number | null;
  readonly usceRequired: boolean | null;
  /** Takes part in ERAS program signalling. */
  readonly signals: boolean | null;
  readonly deadlines: ProgramDeadlines | null;
  readonly website: string | null;
  /** True for generated sample records: these are not real programs. */
  readonly synthetic: boolean;
  /** Step 2 CK median of matched residents (the program's "typical" score). */
  readonly typicalStep2: number | null;
  /** 10th / 90th percentile of interviewed applicants' Step 2 CK. */
  readonly step2P10: number | null;
  readonly step2P90: number | null;
}

/** A record with nothing known but the three required fields; importers and tests spread over it. */
export function unknownProgram(id: string, name: string, specialty: string): Program {
  return {
    id,
    name,
    specialty,
    institution: null,
    track: null,
    state: null,
    region: null,
    city: null,
    affiliation: null,
    positions: null,
    imgShare: null,
    acceptsImgs: null,
    j1: null,
    h1b: null,
    minStep2: null,
    yogCutoff: null,
    maxAttempts: null,
    usceRequired: null,
    signals: null,
    deadlines: null,
    website: null,
    synthetic: false,
    typicalStep2: null,
    step2P10: null,
    step2P90: null,
  };
}

/** The nullable attributes, for code (and property tests) that walk "what could be unknown". */
export const NULLABLE_PROGRAM_FIELDS = [
  'institution',
  'track',
  'state',
  'region',
  'city',
  'affiliation',
  'positions',
  'imgShare',
  'acceptsImgs',
  'j1',
  'h1b',
  'minStep2',
  'yogCutoff',
  'maxAttempts',
  'usceRequired',
  'signals',
  'deadlines',
  'website',
  'typicalStep2',
  'step2P10',
  'step2P90',
] as const satisfies readonly (keyof Program)[];
