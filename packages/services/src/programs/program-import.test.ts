import { unknownProgram } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';
import { toCataloguePrograms } from './program-import.ts';

describe('toCataloguePrograms', () => {
  it('maps specialties to catalogue ids and derives the region from the state', () => {
    const { programs, warnings } = toCataloguePrograms([
      { ...unknownProgram('P1', 'Alpha', 'Internal Medicine'), state: 'NY' },
      { ...unknownProgram('P2', 'Beta', 'im'), state: 'PR' },
      { ...unknownProgram('P3', 'Gamma', 'FM'), state: 'TX', region: 'west' },
      unknownProgram('P4', 'Delta', 'internal-medicine'),
    ]);
    expect(programs.map((p) => [p.id, p.specialty, p.region])).toEqual([
      ['P1', 'internal-medicine', 'northeast'],
      ['P2', 'internal-medicine', null],
      // A region the file gives is kept as given.
      ['P3', 'family-medicine', 'west'],
      ['P4', 'internal-medicine', null],
    ]);
    expect(warnings).toEqual([]);
  });

  it('keeps unknown specialties as slugs, with one warning each', () => {
    const { programs, warnings } = toCataloguePrograms([
      unknownProgram('X1', 'Skin', 'Dermatology'),
      unknownProgram('X2', 'Skin too', ' dermatology '),
    ]);
    expect(programs.map((p) => p.specialty)).toEqual(['dermatology', 'dermatology']);
    expect(warnings).toEqual([
      expect.stringMatching(/^Specialty "dermatology" is not one MatchReady knows/),
    ]);
  });
});
