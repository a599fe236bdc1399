/**
 * Indexed binary min-heap over node indices 0..size-1 with decrease-key, keyed by an external
 * Float64Array; equal keys pop lowest index first (so searches are deterministic). O(log n) per
 * operation, no allocation after construction.
 */
export interface IndexedHeap {
  readonly isEmpty: () => boolean;
  /** Inserts the node, or moves it up after its key decreased. */
  push(node: number): void;
  pop(): number;
  /** Empties the heap in O(number of queued nodes). */
  clear(): void;
}

export function createIndexedHeap(size: number, key: Float64Array): IndexedHeap {
  const heap = new Int32Array(size);
  const position = new Int32Array(size).fill(-1);
  let length = 0;

  const less = (a: number, b: number) => key[a]! < key[b]! || (key[a] === key[b] && a < b);
  const place = (node: number, at: number) => {
    heap[at] = node;
    position[node] = at;
  };
  const up = (node: number, from: number) => {
    let at = from;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent]!;
      if (!less(node, above)) break;
      place(above, at);
      at = parent;
    }
    place(node, at);
  };
  const down = (node: number) => {
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= length) break;
      const right = child + 1;
      if (right < length && less(heap[right]!, heap[child]!)) child = right;
      const below = heap[child]!;
      if (!less(below, node)) break;
      place(below, at);
      at = child;
    }
    place(node, at);
  };

  return {
    isEmpty: () => length === 0,
    push(node) {
      const at = position[node]!;
      if (at >= 0) up(node, at);
      else up(node, length++);
    },
    pop() {
      const top = heap[0]!;
      position[top] = -1;
      length--;
      if (length > 0) down(heap[length]!);
      return top;
    },
    clear() {
      for (let k = 0; k < length; k++) position[heap[k]!] = -1;
      length = 0;
    },
  };
}
