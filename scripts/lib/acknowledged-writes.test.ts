import { describe, expect, it } from 'vitest';
import { checkWrites, seededRandom, type Write } from './acknowledged-writes.ts';

const write = (key: string, detail = `detail of ${key}`): Write => ({
  key,
  due: '2027-01-15',
  detail,
});
const sent = new Map(['w1', 'w2', 'w3', 'w4'].map((key) => [key, write(key)]));

describe('checkWrites', () => {
  it('passes when every acknowledged write is back whole, with or without unacknowledged ones', () => {
    const acknowledged = new Set(['w1', 'w2']);
    expect(checkWrites(sent, acknowledged, [write('w1'), write('w2')])).toEqual({
      acknowledged: 2,
      lost: [],
      damaged: [],
      unacknowledgedPresent: 0,
    });
    expect(checkWrites(sent, acknowledged, [write('w2'), write('w3'), write('w1')])).toEqual({
      acknowledged: 2,
      lost: [],
      damaged: [],
      unacknowledgedPresent: 1,
    });
  });

  it('reports an acknowledged write that is missing as lost', () => {
    const result = checkWrites(sent, new Set(['w1', 'w2', 'w3']), [write('w2')]);
    expect(result.lost).toEqual(['w1', 'w3']);
    expect(result.damaged).toEqual([]);
  });

  it('reports rows that differ from what was sent, that nobody sent, or that appear twice', () => {
    const result = checkWrites(sent, new Set(['w1']), [
      write('w1'),
      write('w2', 'detail of w'),
      write('w9'),
      write('w1'),
    ]);
    expect(result.damaged).toEqual(['w2', 'w9', 'w1 (twice)']);
    expect(result.lost).toEqual([]);
  });

  it('counts a damaged acknowledged write as lost too', () => {
    const result = checkWrites(sent, new Set(['w4']), [{ ...write('w4'), due: '2027-01-16' }]);
    expect(result).toMatchObject({ lost: ['w4'], damaged: ['w4'] });
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed, differs between seeds and stays in [0, 1)', () => {
    const a = Array.from({ length: 5 }, seededRandom(42));
    const again = Array.from({ length: 5 }, seededRandom(42));
    const other = Array.from({ length: 5 }, seededRandom(43));
    expect(again).toEqual(a);
    expect(other).not.toEqual(a);
    for (const x of [...a, ...other]) expect(x >= 0 && x < 1).toBe(true);
  });
});
