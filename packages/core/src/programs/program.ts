import type { Program } from '../vocabulary/programs.ts';

// The program record is vocabulary (vocabulary/programs.ts); these helpers build and walk it.

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
