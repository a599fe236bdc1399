// The contract may not import the core (it depends on zod only), so it restates some of the
// core's vocabularies. These must stay identical, or the API would accept or send values the
// domain does not know.
import {
  APPLICANT_TYPES as CONTRACT_APPLICANT_TYPES,
  INTERVIEW_THEMES as CONTRACT_THEMES,
  VISA_NEEDS as CONTRACT_VISA_NEEDS,
  INTERVIEW_RED_FLAG_CODES,
  PROGRAM_AFFILIATIONS,
  PROGRAM_TRACKS,
} from '@matchready/contract';
import { INTERVIEW_THEMES, RED_FLAG_CODES } from '@matchready/core/interview';
import { AFFILIATIONS, APPLICANT_TYPES, TRACKS, VISA_NEEDS } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';

const sorted = (values: readonly string[]) => [...values].sort();

describe('contract vocabularies mirror the core', () => {
  it.each([
    ['interview themes', CONTRACT_THEMES, INTERVIEW_THEMES],
    ['red-flag codes', INTERVIEW_RED_FLAG_CODES, RED_FLAG_CODES],
    ['applicant types', CONTRACT_APPLICANT_TYPES, APPLICANT_TYPES],
    ['visa needs', CONTRACT_VISA_NEEDS, VISA_NEEDS],
    ['program tracks', PROGRAM_TRACKS, TRACKS],
    ['program affiliations', PROGRAM_AFFILIATIONS, AFFILIATIONS],
  ] as const)('%s', (_name, contract, core) => {
    expect(sorted(contract)).toEqual(sorted(core));
  });
});
