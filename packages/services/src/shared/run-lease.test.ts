import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRunLeases, leaseCutoff, RUN_HEARTBEAT_MS, RUN_LEASE_MS } from './run-lease.ts';

describe('run leases', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('beats every period with exactly the held ids, and only while something is held', async () => {
    const calls: string[][] = [];
    const leases = createRunLeases({
      periodMs: 1_000,
      refresh: async (ids) => {
        calls.push([...ids]);
      },
    });
    expect(vi.getTimerCount()).toBe(0);
    leases.hold('a');
    leases.hold('b');
    expect(vi.getTimerCount()).toBe(1); // one timer for all held runs
    await vi.advanceTimersByTimeAsync(999);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    leases.release('a');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toEqual([['a', 'b'], ['b']]);
    leases.release('b');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(calls).toHaveLength(2);
  });

  it('drops a failed refresh and beats again next period', async () => {
    let attempts = 0;
    const leases = createRunLeases({
      periodMs: 1_000,
      refresh: async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('database unavailable');
      },
    });
    leases.hold('a');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(attempts).toBe(2);
    await expect(leases.beat()).resolves.toBeUndefined();
    leases.release('a');
  });

  it('puts the cut-off one lease before now, and the lease several beats long', () => {
    expect(leaseCutoff(new Date('2026-12-03T12:02:00.000Z'), RUN_LEASE_MS)).toBe(
      '2026-12-03T12:00:00.000Z',
    );
    expect(RUN_LEASE_MS / RUN_HEARTBEAT_MS).toBeGreaterThanOrEqual(3);
  });
});
