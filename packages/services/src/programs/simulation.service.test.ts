import type { Result } from '@matchready/core';
import type { SimulationResult } from '@matchready/core/programs';
import { describe, expect, it } from 'vitest';
import type { SimulationRunner } from './program-ports.ts';
import { J1_PROFILE, rejection, setup } from './programs-test-support.ts';

describe('simulations', () => {
  async function applicant(s: Awaited<ReturnType<typeof setup>>) {
    const me = await s.user(`sim-${Math.random()}@example.org`);
    await s.services.profile.save(me, { ...J1_PROFILE, graduationYear: 2023 });
    const im = (await s.programs.catalogue.all()).filter(
      (p) => p.specialty === 'internal-medicine',
    );
    return {
      me,
      ids: im.slice(0, 4).map((p) => p.id),
      other: (await s.programs.catalogue.all()).find((p) => p.specialty !== 'internal-medicine'),
    };
  }

  it('queues, runs in the background and stores the result', async () => {
    const s = await setup();
    const { me, ids } = await applicant(s);
    const list = await s.programs.rankLists.create(me, {
      name: 'IM',
      entries: ids.map((programId) => ({ programId, note: '' })),
    });
    const started = await s.programs.simulations.create(me, {
      rankListId: list.id,
      runs: 20,
      competitors: 200,
    });
    expect(started).toMatchObject({
      status: 'queued',
      progress: 0,
      programIds: ids,
      runs: 20,
      result: null,
    });
    await s.programs.simulations.settled();
    const done = await s.programs.simulations.get(me, started.id);
    expect(done).toMatchObject({ status: 'done', progress: 1, error: null });
    expect(done.result?.runs).toBe(20);
    expect(done.result?.distribution.reduce((n, d) => n + d.count, 0)).toBe(20);
    expect(done.finishedAt).not.toBeNull();
    expect((await s.programs.simulations.list(me)).map((x) => x.id)).toEqual([started.id]);
    const exported = await s.services.account.exportData(me);
    expect(exported.programs.rankLists.map((r) => r.id)).toEqual([list.id]);
    expect(exported.programs.simulations[0]?.result?.runs).toBe(20);
  });

  it('simulates a list mixing specialties in one run of the engine', async () => {
    const s = await setup();
    const { me, ids, other } = await applicant(s);
    if (!other) throw new Error('sample too small');
    const mixed = [ids[0] as string, other.id, ...ids.slice(1)];
    const started = await s.programs.simulations.create(me, {
      programIds: mixed,
      runs: 10,
      competitors: 300,
    });
    await s.programs.simulations.settled();
    const done = await s.programs.simulations.get(me, started.id);
    expect(done.error).toBeNull();
    expect(done.result?.specialty).toBe(`internal-medicine + ${other.specialty}`);
    expect(done.result?.competitors).toBe(300);
    expect(done.result?.distribution.map((d) => d.programId)).toEqual([...mixed, null]);
  });

  it('refuses unknown and repeated ids and a third unfinished simulation', async () => {
    const never: SimulationRunner = {
      queued: () => 0,
      run: () => new Promise<Result<SimulationResult>>(() => {}),
    };
    const s = await setup(never);
    const { me, ids, other } = await applicant(s);
    if (!other) throw new Error('sample too small');
    const repeated = await rejection(
      s.programs.simulations.create(me, { programIds: [...ids, other.id, other.id], runs: 5 }),
    );
    expect(repeated.message).toBe('The rank list cannot be simulated');
    expect(repeated.details.issues?.map((i) => [i.code, i.path])).toEqual([
      ['duplicate', ['programIds', 5]],
    ]);
    const unknown = await rejection(
      s.programs.simulations.create(me, { programIds: ['NOPE'], runs: 5 }),
    );
    expect(unknown.details.issues?.[0]?.code).toBe('unknown-program');
    await s.programs.simulations.create(me, { programIds: ids, runs: 5 });
    await s.programs.simulations.create(me, { programIds: ids, runs: 5 });
    const third = await rejection(s.programs.simulations.create(me, { programIds: ids, runs: 5 }));
    expect(third.code).toBe('rate-limited');
    expect(third.details.retryAfterSeconds).toBeGreaterThan(0);
    // A restart on SQLite: no lease, every unfinished simulation is failed.
    expect(await s.programs.simulations.failAbandoned({ olderThanMs: 0 })).toBe(2);
    expect((await s.programs.simulations.list(me)).every((x) => x.status === 'failed')).toBe(true);
  });

  it('marks a simulation failed when the runner breaks, with a message for people', async () => {
    const broken: SimulationRunner = {
      queued: () => 0,
      run: () => Promise.reject(new Error('worker died: SIGSEGV')),
    };
    const s = await setup(broken);
    const { me, ids } = await applicant(s);
    const started = await s.programs.simulations.create(me, { programIds: ids, runs: 5 });
    await s.programs.simulations.settled();
    const failed = await s.programs.simulations.get(me, started.id);
    expect(failed).toMatchObject({ status: 'failed', result: null });
    expect(failed.error).toBe('The simulation stopped unexpectedly. Please try again.');
  });
});
