/**
 * The specialty catalogue: canonical ids, names, aliases and the few public numbers per specialty
 * the list builder and the generator need. Rounded, cited parameters: our own rounded numbers with
 * citations, never NRMP tables (docs/sources.md explains why and lists each source).
 */
import type { Track } from '../vocabulary/programs.ts';

export interface SpecialtyInfo {
  readonly id: string;
  readonly name: string;
  /** Lower-case names and abbreviations accepted by normalizeSpecialty(). */
  readonly aliases: readonly string[];
  /** IMG share (US + non-US IMGs) of filled PGY-1 positions, 0–1, categorical track. */
  readonly imgShare: number;
  /**
   * Step 2 CK median of matched non-US IMGs (Charting Outcomes 2026) or, where NRMP suppresses
   * it, an assumption flagged in `assumed`.
   */
  readonly matchedStep2Median: number;
  readonly assumed: readonly string[];
  /** Fact ids behind the numbers; docs/sources.md names the source of each. */
  readonly factIds: readonly string[];
}

/** One row of the synthetic recipe: a specialty × track with its NRMP 2025 size. */
export interface SpecialtyTrackGroup {
  readonly specialty: string;
  readonly track: Track;
  /** NRMP 2025 program count (docs/sources.md#nrmp-specialty-rates-2025; DR assumed ≈200). */
  readonly programs: number;
  /** NRMP 2025 positions offered. */
  readonly positions: number;
  /** Target IMG share of filled positions for this group, 0–1 (derived: IMG % ÷ fill rate). */
  readonly imgShare: number;
  /** Matched Step 2 CK median for the group (prelim and TY values are assumptions). */
  readonly matchedStep2Median: number;
  readonly factId: string;
}

const S = (
  id: string,
  name: string,
  aliases: readonly string[],
  imgShare: number,
  matchedStep2Median: number,
  factIds: readonly string[],
  assumed: readonly string[] = [],
): SpecialtyInfo => ({ id, name, aliases, imgShare, matchedStep2Median, factIds, assumed });

export const SPECIALTIES: readonly SpecialtyInfo[] = [
  S(
    'internal-medicine',
    'Internal Medicine',
    ['im', 'medicine', 'internal medicine (categorical)'],
    0.447,
    251,
    ['match2025.spec.internal_medicine', 'co2026.spec.internal_medicine'],
  ),
  S('family-medicine', 'Family Medicine', ['fm', 'family practice'], 0.314, 230, [
    'match2025.spec.family_medicine',
    'co2026.spec.family_medicine',
  ]),
  S('pediatrics', 'Pediatrics', ['peds', 'pediatrics (categorical)', 'paediatrics'], 0.281, 240, [
    'match2025.spec.pediatrics',
    'co2026.spec.pediatrics',
  ]),
  S('emergency-medicine', 'Emergency Medicine', ['em'], 0.149, 243, [
    'match2025.spec.emergency_medicine',
    'co2026.spec.emergency_medicine',
  ]),
  S('psychiatry', 'Psychiatry', ['psych'], 0.144, 241, [
    'match2025.spec.psychiatry',
    'co2026.spec.psychiatry',
  ]),
  S('anesthesiology', 'Anesthesiology', ['anes', 'anaesthesiology', 'anesthesia'], 0.073, 255, [
    'match2025.spec.anesthesiology',
    'co2026.spec.anesthesiology',
  ]),
  S(
    'general-surgery',
    'General Surgery',
    ['gs', 'surgery', 'surgery-general', 'surgery (categorical)'],
    0.12,
    256,
    ['match2025.spec.surgery', 'co2026.spec.general_surgery'],
  ),
  S(
    'obstetrics-gynecology',
    'Obstetrics and Gynecology',
    ['ob', 'obgyn', 'ob-gyn', 'ob/gyn', 'obstetrics-gynecology'],
    0.06,
    242,
    ['match2025.spec.obstetrics_gynecology', 'co2026.spec.ob_gyn'],
  ),
  S('neurology', 'Neurology', ['neuro'], 0.29, 252, [
    'match2025.spec.neurology',
    'co2026.spec.neurology',
  ]),
  S(
    'pathology',
    'Pathology',
    ['path', 'pathology ap/cp', 'pathology-anatomic and clinical'],
    0.364,
    244,
    ['match2025.spec.pathology_anatomic_and_clinical', 'co2026.spec.pathology'],
  ),
  S(
    'diagnostic-radiology',
    'Diagnostic Radiology',
    ['dr', 'radiology', 'radiology-diagnostic', 'radiology (diagnostic)'],
    0.15,
    250,
    ['match2025.dr', 'co2026.spec.radiology_(diagnostic)'],
    ['imgShare: ~15% assumed (a 2023 PGY-1 share used as a proxy; its source was not recorded)'],
  ),
  S(
    'orthopaedic-surgery',
    'Orthopaedic Surgery',
    ['ortho', 'orthopedic surgery', 'orthopedics'],
    0.024,
    258,
    ['match2025.spec.orthopaedic_surgery', 'co2026.spec.orthopaedic_surgery'],
    ['matchedStep2Median: NRMP suppresses it (<5 matched non-US IMGs); 258 assumed'],
  ),
  S(
    'transitional-year',
    'Transitional Year',
    ['ty', 'transitional'],
    0.121,
    245,
    ['match2025.spec.transitional'],
    ['matchedStep2Median: not in Charting Outcomes; 245 assumed'],
  ),
];

export const SPECIALTY_TRACK_GROUPS: readonly SpecialtyTrackGroup[] = [
  {
    specialty: 'internal-medicine',
    track: 'categorical',
    programs: 758,
    positions: 10941,
    imgShare: 0.447,
    matchedStep2Median: 251,
    factId: 'match2025.spec.internal_medicine',
  },
  {
    specialty: 'internal-medicine',
    track: 'preliminary',
    programs: 329,
    positions: 1600,
    imgShare: 0.132,
    matchedStep2Median: 245,
    factId: 'match2025.spec.medicine_preliminary',
  },
  {
    specialty: 'family-medicine',
    track: 'categorical',
    programs: 817,
    positions: 5357,
    imgShare: 0.314,
    matchedStep2Median: 230,
    factId: 'match2025.spec.family_medicine',
  },
  {
    specialty: 'pediatrics',
    track: 'categorical',
    programs: 250,
    positions: 3135,
    imgShare: 0.281,
    matchedStep2Median: 240,
    factId: 'match2025.spec.pediatrics',
  },
  {
    specialty: 'emergency-medicine',
    track: 'categorical',
    programs: 292,
    positions: 3068,
    imgShare: 0.149,
    matchedStep2Median: 243,
    factId: 'match2025.spec.emergency_medicine',
  },
  {
    specialty: 'psychiatry',
    track: 'categorical',
    programs: 404,
    positions: 2388,
    imgShare: 0.144,
    matchedStep2Median: 241,
    factId: 'match2025.spec.psychiatry',
  },
  {
    specialty: 'anesthesiology',
    track: 'categorical',
    programs: 189,
    positions: 1805,
    imgShare: 0.073,
    matchedStep2Median: 255,
    factId: 'match2025.spec.anesthesiology',
  },
  {
    specialty: 'general-surgery',
    track: 'categorical',
    programs: 377,
    positions: 1778,
    imgShare: 0.12,
    matchedStep2Median: 256,
    factId: 'match2025.spec.surgery',
  },
  {
    specialty: 'general-surgery',
    track: 'preliminary',
    programs: 261,
    positions: 1194,
    imgShare: 0.488,
    matchedStep2Median: 244,
    factId: 'match2025.spec.surgery_preliminary',
  },
  {
    specialty: 'obstetrics-gynecology',
    track: 'categorical',
    programs: 295,
    positions: 1587,
    imgShare: 0.06,
    matchedStep2Median: 242,
    factId: 'match2025.spec.obstetrics_gynecology',
  },
  {
    specialty: 'neurology',
    track: 'categorical',
    programs: 159,
    positions: 932,
    imgShare: 0.29,
    matchedStep2Median: 252,
    factId: 'match2025.spec.neurology',
  },
  {
    specialty: 'pathology',
    track: 'categorical',
    programs: 175,
    positions: 622,
    imgShare: 0.364,
    matchedStep2Median: 244,
    factId: 'match2025.spec.pathology_anatomic_and_clinical',
  },
  // DR is PGY-2 entry: 1,057 PGY-2 + 151 PGY-1 positions (2025) over an assumed ~200 programs.
  {
    specialty: 'diagnostic-radiology',
    track: 'advanced',
    programs: 200,
    positions: 1208,
    imgShare: 0.15,
    matchedStep2Median: 250,
    factId: 'match2025.dr',
  },
  {
    specialty: 'orthopaedic-surgery',
    track: 'categorical',
    programs: 216,
    positions: 929,
    imgShare: 0.024,
    matchedStep2Median: 258,
    factId: 'match2025.spec.orthopaedic_surgery',
  },
  {
    specialty: 'transitional-year',
    track: 'transitional',
    programs: 236,
    positions: 1860,
    imgShare: 0.121,
    matchedStep2Median: 245,
    factId: 'match2025.spec.transitional',
  },
];

const BY_KEY: ReadonlyMap<string, SpecialtyInfo> = (() => {
  const map = new Map<string, SpecialtyInfo>();
  for (const s of SPECIALTIES) {
    map.set(s.id, s);
    map.set(s.name.toLowerCase(), s);
    for (const alias of s.aliases) map.set(alias, s);
  }
  return map;
})();

/** Canonical id for a name, alias or id ("IM", "Internal Medicine" → 'internal-medicine'); null if unknown. */
export function normalizeSpecialty(input: string): string | null {
  const key = input.trim().toLowerCase();
  return (BY_KEY.get(key) ?? BY_KEY.get(key.replace(/[_\s]+/g, '-')))?.id ?? null;
}

export function specialtyInfo(input: string): SpecialtyInfo | null {
  const id = normalizeSpecialty(input);
  return id === null ? null : (BY_KEY.get(id) ?? null);
}
