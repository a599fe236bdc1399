import type { ComboboxItem } from '@mantine/core';
import { APPLICANT_TYPE_LABELS, APPLICANT_TYPES } from '@matchready/core/vocabulary';

/** The NRMP's types, by citizenship: a permanent resident is a non-US-citizen IMG (decision 037). */
export const applicantTypeOptions: ComboboxItem[] = APPLICANT_TYPES.map((value) => ({
  value,
  label: APPLICANT_TYPE_LABELS[value].long,
}));

export const examOptions: ComboboxItem[] = [
  { value: 'not-taken', label: 'Not taken yet' },
  { value: 'passed', label: 'Passed' },
  { value: 'failed', label: 'Failed' },
];

export const ecfmgOptions: ComboboxItem[] = [
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'certified', label: 'Certified' },
];

export const pathwayOptions: ComboboxItem[] = [
  { value: 'not-needed', label: 'Not needed' },
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'completed', label: 'Completed' },
];

export const oetOptions: ComboboxItem[] = [
  { value: 'not-needed', label: 'Not needed' },
  { value: 'not-taken', label: 'Not taken yet' },
  { value: 'passed', label: 'Passed' },
];

export const visaOptions: ComboboxItem[] = [
  { value: 'none', label: 'No visa needed' },
  { value: 'j1', label: 'J-1 (ECFMG-sponsored exchange visitor)' },
  { value: 'h1b', label: 'H-1B (temporary worker)' },
];

export const specialtySuggestions: string[] = [
  'Internal Medicine',
  'Family Medicine',
  'Pediatrics',
  'Psychiatry',
  'Neurology',
  'Pathology',
  'General Surgery',
  'Anesthesiology',
  'Emergency Medicine',
  'Obstetrics and Gynecology',
  'Diagnostic Radiology',
  'Physical Medicine and Rehabilitation',
  'Transitional Year',
];

const stateNames: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'US Virgin Islands',
  AS: 'American Samoa',
  MP: 'Northern Mariana Islands',
};

export const stateOptions = (codes: readonly string[]): ComboboxItem[] =>
  codes.map((code) => ({ value: code, label: `${stateNames[code] ?? code} (${code})` }));
