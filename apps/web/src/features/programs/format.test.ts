import { describe, expect, it } from 'vitest';
import { ordinal, percent, place, specialtyName, visaSummary } from './format.ts';

describe('program formatting', () => {
  it('writes ordinals, percentages and places', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
    ]);
    expect(percent(0.456)).toBe('46%');
    expect(percent(0.456, 1)).toBe('45.6%');
    expect(place({ city: 'Albany', state: 'NY' })).toBe('Albany, NY');
    expect(place({ city: null, state: null })).toBe('Location not reported');
  });

  it('spells out "not reported" rather than treating it as no', () => {
    expect(visaSummary({ j1: true, h1b: null })).toBe('J-1 accepted · H-1B not reported');
    expect(visaSummary({ j1: false, h1b: false })).toBe('J-1 not accepted · H-1B not sponsored');
    expect(specialtyName('pediatrics', [{ id: 'pediatrics', name: 'Pediatrics' }])).toBe(
      'Pediatrics',
    );
    expect(specialtyName('dermatology', [])).toBe('dermatology');
  });
});
