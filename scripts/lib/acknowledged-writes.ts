/**
 * The durability script's bookkeeping (pure, tested): which writes were sent, which the server
 * acknowledged (a 2xx reached us), and what a restarted server shows.
 */

/** One write as the client sent it; `key` is unique within a run (it is the task title). */
export interface Write {
  readonly key: string;
  readonly due: string;
  readonly detail: string;
}

export interface WriteCheck {
  readonly acknowledged: number;
  /** Acknowledged writes the restarted server no longer has. */
  readonly lost: readonly string[];
  /** Rows that match no write we sent, or differ from it (half-written or corrupted). */
  readonly damaged: readonly string[];
  /** Sent, not acknowledged (the crash came first), yet present: allowed, counted for the report. */
  readonly unacknowledgedPresent: number;
}

/**
 * Every acknowledged write must be present exactly as sent; anything present must be a write we
 * sent, whole. A write that was sent but not acknowledged may be present or absent.
 */
export function checkWrites(
  sent: ReadonlyMap<string, Write>,
  acknowledged: ReadonlySet<string>,
  found: readonly Write[],
): WriteCheck {
  const present = new Map<string, Write>();
  const damaged: string[] = [];
  for (const row of found) {
    const write = sent.get(row.key);
    if (write === undefined || write.due !== row.due || write.detail !== row.detail) {
      damaged.push(row.key);
    } else if (present.has(row.key)) {
      damaged.push(`${row.key} (twice)`);
    } else present.set(row.key, row);
  }
  const lost = [...acknowledged].filter((key) => !present.has(key));
  let unacknowledgedPresent = 0;
  for (const key of present.keys()) if (!acknowledged.has(key)) unacknowledgedPresent++;
  return { acknowledged: acknowledged.size, lost, damaged, unacknowledgedPresent };
}

/** mulberry32: a small seeded generator, so a run's kill moment can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}
