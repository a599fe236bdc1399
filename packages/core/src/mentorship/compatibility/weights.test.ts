import { describe, expect, it } from 'vitest';
import {
  DEFAULT_COMPATIBILITY_WEIGHTS,
  normaliseWeights,
  parseWeights,
  resolveWeights,
} from './weights.ts';

describe('compatibility weights', () => {
  it('defaults sum to 100 so a default score reads as a percentage', () => {
    expect(Object.values(DEFAULT_COMPATIBILITY_WEIGHTS).reduce((s, w) => s + w, 0)).toBe(100);
  });

  it('parses a partial object: factors left out keep their default, 0 switches one off', () => {
    const parsed = parseWeights({ specialty: 50, 'free-capacity': 0 });
    expect(parsed).toEqual({
      ok: true,
      value: { ...DEFAULT_COMPATIBILITY_WEIGHTS, specialty: 50, 'free-capacity': 0 },
    });
  });

  it('names every bad key and value, and refuses all-zero weights', () => {
    const parsed = parseWeights({ specialty: 1.5, langauge: 10, 'time-zone': -2, language: '7' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-value', 'weights.specialty'],
      ['invalid-value', 'weights.langauge'],
      ['invalid-value', 'weights.time-zone'],
      ['invalid-value', 'weights.language'],
    ]);
    expect(parsed.issues[1]?.message).toContain('Unknown factor "langauge"');
    const zeros = parseWeights(
      Object.fromEntries(Object.keys(DEFAULT_COMPATIBILITY_WEIGHTS).map((k) => [k, 0])),
    );
    expect(zeros.ok ? [] : zeros.issues.map((i) => i.message)).toEqual([
      'At least one weight must be above 0.',
    ]);
    expect(parseWeights([1, 2]).ok).toBe(false);
    expect(parseWeights({ specialty: 101 }).ok).toBe(false);
  });

  it('resolves defaults and throws on a programmer error', () => {
    expect(resolveWeights()).toBe(DEFAULT_COMPATIBILITY_WEIGHTS);
    expect(resolveWeights({ language: 0 }).language).toBe(0);
    expect(() => resolveWeights({ specialty: 0.5 })).toThrow(/specialty/);
  });

  it('normalises slider values to whole numbers summing to 100 (largest remainder)', () => {
    // 1/6 each = 16.67: four factors get 17 and two get 16; ties in the remainder go to the earlier.
    expect(
      normaliseWeights({
        specialty: 1,
        'mentor-type': 1,
        language: 1,
        'time-zone': 1,
        'img-background': 1,
        'free-capacity': 1,
      }),
    ).toEqual({
      specialty: 17,
      'mentor-type': 17,
      language: 17,
      'time-zone': 17,
      'img-background': 16,
      'free-capacity': 16,
    });
    expect(normaliseWeights({ specialty: 3, language: 1 })).toMatchObject({
      specialty: 75,
      language: 25,
      'time-zone': 0,
    });
    expect(normaliseWeights({})).toBe(DEFAULT_COMPATIBILITY_WEIGHTS);
    expect(() => normaliseWeights({ specialty: Number.NaN })).toThrow();
  });
});
