import { describe, expect, it } from 'vitest';
import { createIndexedHeap } from './heap.ts';

describe('indexed heap', () => {
  it('pops by key, lower index first on ties, and honours decreased keys', () => {
    const key = Float64Array.from([5, 3, 3, 9, 1, 3]);
    const heap = createIndexedHeap(key.length, key);
    for (const node of [3, 0, 5, 1, 2, 4]) heap.push(node);
    key[3] = 2;
    heap.push(3);
    const order: number[] = [];
    while (!heap.isEmpty()) order.push(heap.pop());
    expect(order).toEqual([4, 3, 1, 2, 5, 0]);
  });

  it('can be cleared and reused', () => {
    const key = Float64Array.from([2, 1, 0]);
    const heap = createIndexedHeap(3, key);
    heap.push(0);
    heap.push(1);
    heap.clear();
    expect(heap.isEmpty()).toBe(true);
    heap.push(0);
    heap.push(2);
    expect([heap.pop(), heap.pop()]).toEqual([2, 0]);
  });
});
