// Leases on background runs (decision 051). A queued or running simulation or draft belongs to
// the process that accepted it; that process refreshes the run's heartbeat while it holds the run.
// A run whose heartbeat is older than the lease has lost its process (crash, kill, restart) and
// may be failed by any process, so several servers on one PostgreSQL never fail each other's
// live runs.

/** How often a process refreshes the heartbeat of the runs it holds. */
export const RUN_HEARTBEAT_MS = 30_000;

/**
 * How old a heartbeat may get before the run counts as abandoned: four heartbeat periods, so a
 * busy event loop, a slow write or a short database outage that skips one or two beats never
 * fails a live run, while a crashed process's runs are failed within about three minutes (lease
 * plus the one-minute housekeeping cadence).
 */
export const RUN_LEASE_MS = 4 * RUN_HEARTBEAT_MS;

/** The heartbeat cut-off: runs whose heartbeat is at or before it are abandoned. */
export const leaseCutoff = (now: Date, olderThanMs: number): string =>
  new Date(now.getTime() - olderThanMs).toISOString();

export interface RunLeases {
  /** This process now runs `id`: its heartbeat is refreshed until `release`. */
  hold(id: string): void;
  release(id: string): void;
  /** Refreshes every held run's heartbeat now, in one write (the timer calls this). */
  beat(): Promise<void>;
}

/**
 * The runs one service holds and the single timer that keeps their heartbeats fresh. The timer
 * runs only while something is held and never keeps the process alive (`unref`). A failed write
 * is dropped: the next beat tries again, and the lease allows several to be missed.
 */
export function createRunLeases(options: {
  readonly periodMs: number;
  readonly refresh: (ids: readonly string[]) => Promise<void>;
}): RunLeases {
  const held = new Set<string>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const beat = async () => {
    if (held.size === 0) return;
    await options.refresh([...held]).catch(() => {});
  };

  return {
    hold(id) {
      held.add(id);
      if (timer) return;
      timer = setInterval(() => void beat(), options.periodMs);
      timer.unref?.();
    },
    release(id) {
      held.delete(id);
      if (held.size > 0 || !timer) return;
      clearInterval(timer);
      timer = null;
    },
    beat,
  };
}
