import { expect, it } from 'vitest';
import type { MatchInstanceRecord } from '../index.ts';
import type { RepositoryPorts } from '../services.ts';
import { newUser, outcome, problem } from './repository-fixtures.ts';

const summary = { applicants: 2, programs: 1, couples: 0, positions: 1 };
const instance = (id: string, ownerId: string, createdAt: string): MatchInstanceRecord => ({
  id,
  ownerId,
  name: `instance ${id}`,
  createdAt,
  updatedAt: createdAt,
  summary,
  problem,
});

/** What every implementation of the match instance and run repositories must do. */
export function matchRepositorySuite(ports: () => RepositoryPorts): void {
  it('stores instances, lists an owner’s newest first without others’', async () => {
    const { users, instances } = ports();
    await users.create(newUser(1));
    await users.create(newUser(2));
    const [u1, u2] = [newUser(1).id, newUser(2).id];
    await instances.create(instance('i1', u1, '2025-01-01T00:00:00.000Z'));
    await instances.create(instance('i2', u1, '2025-01-02T00:00:00.000Z'));
    await instances.create(instance('i3', u2, '2025-01-03T00:00:00.000Z'));
    expect(await instances.findById('i1')).toEqual(instance('i1', u1, '2025-01-01T00:00:00.000Z'));
    expect(await instances.listByOwner(u1)).toEqual([
      {
        id: 'i2',
        name: 'instance i2',
        createdAt: '2025-01-02T00:00:00.000Z',
        updatedAt: '2025-01-02T00:00:00.000Z',
        summary,
      },
      {
        id: 'i1',
        name: 'instance i1',
        createdAt: '2025-01-01T00:00:00.000Z',
        updatedAt: '2025-01-01T00:00:00.000Z',
        summary,
      },
    ]);
    expect((await instances.listRecordsByOwner(u2)).map((i) => i.problem)).toEqual([problem]);
    expect(await instances.findById('missing')).toBeNull();
  });

  it('keeps an owner within a quota even when 20 saves arrive at once (issue 12)', async () => {
    const { users, instances, runs } = ports();
    await users.create(newUser(1));
    await users.create(newUser(2));
    const [u1, u2] = [newUser(1).id, newUser(2).id];
    const at = '2025-01-01T00:00:00.000Z';
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, k) => instances.create(instance(`q${k}`, u1, at), 5)),
    );
    expect(results.filter((r) => r === 'created')).toHaveLength(5);
    expect(results.filter((r) => r === 'over-quota')).toHaveLength(15);
    expect(await instances.listByOwner(u1)).toHaveLength(5);
    // Another owner has their own quota.
    expect(await instances.create(instance('other', u2, at), 5)).toBe('created');
    const run = (id: string) => ({
      id,
      instanceId: 'q0',
      ownerId: u1,
      createdAt: at,
      durationMs: 1,
      outcome,
      problem,
    });
    const saved = await Promise.all(
      Array.from({ length: 12 }, (_, k) => runs.create(run(`r${k}`), 3)),
    );
    expect(saved.filter((r) => r === 'created')).toHaveLength(3);
    expect(await runs.listByOwner(u1)).toHaveLength(3);
  });

  it('hands a run the stored problem text unparsed, and stores a run from that text', async () => {
    const { users, instances, runs } = ports();
    await users.create(newUser(1));
    const owner = newUser(1).id;
    await instances.create(instance('i1', owner, '2025-01-01T00:00:00.000Z'));
    const stored = await instances.findProblemJson('i1');
    expect(stored?.ownerId).toBe(owner);
    expect(JSON.parse(stored?.problemJson ?? 'null')).toEqual(problem);
    expect(await instances.findProblemJson('missing')).toBeNull();
    const base = { instanceId: 'i1', ownerId: owner, durationMs: 2, outcome };
    const at = '2025-01-01T01:00:00.000Z';
    await runs.create({ ...base, id: 'r1', createdAt: at, problemJson: stored?.problemJson ?? '' });
    expect(await runs.findById('r1')).toEqual({ ...base, id: 'r1', createdAt: at, problem });
  });

  it('updates an instance in place', async () => {
    const { users, instances } = ports();
    await users.create(newUser(1));
    const original = instance('i1', newUser(1).id, '2025-01-01T00:00:00.000Z');
    await instances.create(original);
    const changed = {
      ...original,
      name: 'renamed',
      updatedAt: '2025-01-05T00:00:00.000Z',
      summary: { ...summary, positions: 3 },
      problem: { ...problem, programs: [{ id: 'P1', capacity: 3, ranking: ['A1'] }] },
    };
    await instances.update(changed);
    expect(await instances.findById('i1')).toEqual(changed);
  });

  it('stores runs with outcome and problem, lists summaries, and deletes them with the instance', async () => {
    const { users, instances, runs } = ports();
    await users.create(newUser(1));
    const owner = newUser(1).id;
    await instances.create(instance('i1', owner, '2025-01-01T00:00:00.000Z'));
    const run = (id: string, createdAt: string, durationMs: number) => ({
      id,
      instanceId: 'i1',
      ownerId: owner,
      createdAt,
      durationMs,
      outcome,
      problem,
    });
    await runs.create(run('r1', '2025-01-01T01:00:00.000Z', 12.25));
    await runs.create(run('r2', '2025-01-01T02:00:00.000Z', 0.5));
    expect(await runs.findById('r1')).toEqual(run('r1', '2025-01-01T01:00:00.000Z', 12.25));
    expect(await runs.listByInstance('i1')).toEqual([
      {
        id: 'r2',
        instanceId: 'i1',
        createdAt: '2025-01-01T02:00:00.000Z',
        durationMs: 0.5,
        status: 'stable',
        stats: outcome.stats,
      },
      {
        id: 'r1',
        instanceId: 'i1',
        createdAt: '2025-01-01T01:00:00.000Z',
        durationMs: 12.25,
        status: 'stable',
        stats: outcome.stats,
      },
    ]);
    expect((await runs.listByOwner(owner)).map((r) => [r.id, r.outcome])).toEqual([
      ['r2', outcome],
      ['r1', outcome],
    ]);
    await instances.delete('i1');
    expect(await runs.findById('r1')).toBeNull();
    expect(await runs.listByInstance('i1')).toEqual([]);
  });
}
