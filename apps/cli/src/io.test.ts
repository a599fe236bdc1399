import { describe, expect, it } from 'vitest';
import { locateJsonError } from './io.ts';

describe('locateJsonError', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{"a": 1', 1, 8],
    ['', 1, 1],
    ['[1, 2] x', 1, 8],
    ['{"a": tru}', 1, 10],
    ['["\\u12G4"]', 1, 7],
    ['{"a" 1}', 1, 6],
    ['[1,\n\n  02]', 3, 4],
    ['{"a": "x\ny"}', 1, 9],
  ])('points at the first invalid character of %j', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual({ line, column });
  });

  it('finds nothing in valid JSON', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}';
    expect(JSON.parse(text)).toBeTruthy();
    expect(locateJsonError(text)).toBeUndefined();
  });
});
