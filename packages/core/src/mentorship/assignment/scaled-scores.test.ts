import { describe, expect, it } from 'vitest';
import { decimalPlaces, fromScaled, scaleFor, toScaled } from './scaled-scores.ts';

describe('scaled scores', () => {
  it('counts decimal places as the number is written', () => {
    expect(
      [0, 12, -3, 0.5, 0.07, -2.25, 1e-7, 1.5e-7, 123456789.123456, 1e21].map(decimalPlaces),
    ).toEqual([0, 0, 0, 1, 2, 2, 7, 8, 6, 0]);
    expect(decimalPlaces(0.1 + 0.2)).toBe(17);
  });

  it('scales to exact integers and back', () => {
    const scale = scaleFor([1, 0.25, 2.5]);
    expect(scale).toBe(100);
    expect([0.07, 0.1, 0.2, -1.15].map((x) => toScaled(x, scale))).toEqual([7, 10, 20, -115]);
    expect(toScaled(0.001, scale)).toBeNaN();
    expect(fromScaled(10 + 20, 100)).toBe(0.3);
  });
});
