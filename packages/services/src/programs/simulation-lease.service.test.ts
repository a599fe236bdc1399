// Two server processes on one database (decision 051): B's start-up or housekeeping fails only
// the simulations whose process stopped refreshing their heartbeat, never A's live ones.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RUN_HEARTBEAT_MS, RUN_LEASE_MS } from '../shared/run-lease.ts';
import { createServicesOn } from '../testing/in-memory-services.ts';
import { createInProcessSimulationRunner } from './in-process-simulation-runner.ts';
import type { SimulationRunner } from './program-ports.ts';
import { J1_PROFILE, setup } from './programs-test-support.ts';
import { RESTART_ERROR } from './simulation.service.ts';

/** A runner that starts nothing until `release()`: a simulation A holds in flight. */
function heldRunner() {
  const real = createInProcessSimulationRunner();
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const runner: SimulationRunner = {
    queued: () => 0,
    run: async (job, events) => {
      await gate;
      return real.run(job, events);
    },
  };
  return { runner, release };
}

async function twoProcesses() {
  const held = heldRunner();
  const a = await setup(held.runner);
  const b = createServicesOn(a.ports);
  const me = await a.user('lease@example.org');
  await a.services.profile.save(me, J1_PROFILE);
  const ids = (await a.programs.catalogue.all())
    .filter((p) => p.specialty === 'internal-medicine')
    .slice(0, 3)
    .map((p) => p.id);
  const started = await a.programs.simulations.create(me, { programIds: ids, runs: 5 });
  return { ...a, b, me, started, release: held.release };
}

describe('simulation leases across two processes', () => {
  // Only the heartbeat timer is faked: the in-process runner's setTimeout stays real.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("does not fail A's live simulation while A's timer refreshes its heartbeat", async () => {
    const { ports, programs, b, me, started, release } = await twoProcesses();
    // B starts (PostgreSQL start-up) right away: A's fresh heartbeat keeps the run.
    expect(await b.programs.simulations.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(0);
    // Three minutes pass (more than the lease), A's timer beating every 30 s.
    for (let t = 0; t < 6; t++) {
      ports.clock.advance(RUN_HEARTBEAT_MS);
      await vi.advanceTimersByTimeAsync(RUN_HEARTBEAT_MS);
    }
    expect(await b.programs.simulations.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(0);
    expect((await programs.simulations.get(me, started.id)).status).toBe('queued');

    release();
    await programs.simulations.settled();
    const done = await programs.simulations.get(me, started.id);
    expect(done).toMatchObject({ status: 'done', error: null });
    expect(done.result?.runs).toBe(5);
    // Nothing in flight: the timer is gone.
    expect(vi.getTimerCount()).toBe(0);
  });

  it("fails A's simulation once A stops beating for longer than the lease", async () => {
    const { ports, programs, b, me, started } = await twoProcesses();
    // A is gone: its timer never fires again. Just under the lease, the run is kept...
    ports.clock.advance(RUN_LEASE_MS - 1);
    expect(await b.programs.simulations.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(0);
    // ...and at the lease it is failed, with the message people already know.
    ports.clock.advance(1);
    expect(await b.programs.simulations.failAbandoned({ olderThanMs: RUN_LEASE_MS })).toBe(1);
    expect(await programs.simulations.get(me, started.id)).toMatchObject({
      status: 'failed',
      error: RESTART_ERROR,
      finishedAt: ports.clock.now().toISOString(),
    });
  });

  it('a restart on SQLite (no lease) fails even a fresh run', async () => {
    const { programs, b, me, started } = await twoProcesses();
    expect(await b.programs.simulations.failAbandoned({ olderThanMs: 0 })).toBe(1);
    expect((await programs.simulations.get(me, started.id)).status).toBe('failed');
  });
});
