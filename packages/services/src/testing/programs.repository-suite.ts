import { generateSyntheticPrograms } from '@matchready/core/programs';
import { expect, it } from 'vitest';
import type { CatalogueProgram, ProgramImport, SimulationRecord } from '../index.ts';
import type { RepositoryPorts } from '../services.ts';
import { newUser } from './repository-fixtures.ts';

export const batch = (id: string, at: string, importedBy: string | null = null): ProgramImport => ({
  id,
  dataset: `dataset ${id}`,
  format: 'csv',
  filename: `${id}.csv`,
  synthetic: false,
  programs: 0,
  replaced: 0,
  importedBy,
  importedAt: at,
});

export const sample = (count: number, dataset = 'synthetic-sample'): CatalogueProgram[] =>
  generateSyntheticPrograms({ seed: 3, count }).programs.map((p) => ({ ...p, dataset }));

/** A stored simulation, queued unless `overrides` say otherwise. */
export const simulation = (
  id: string,
  ownerId: string,
  createdAt: string,
  overrides: Partial<SimulationRecord> = {},
): SimulationRecord => ({
  id,
  ownerId,
  status: 'queued',
  progress: 0,
  rankListId: 'r1',
  programIds: ['SYN-0001', 'SYN-0002'],
  runs: 10,
  competitors: null,
  seed: 2_147_483_000,
  createdAt,
  updatedAt: createdAt,
  finishedAt: null,
  error: null,
  result: null,
  ...overrides,
});

/** What every implementation of the program repositories must do. */
export function programsRepositorySuite(ports: () => RepositoryPorts): void {
  it('imports a batch, keeps every field, and replaces ids on re-import', async () => {
    const { catalogue } = ports().programs;
    expect(await catalogue.stamp()).toEqual({ count: 0, changedAt: null });
    const programs = sample(450);
    const first = programs[0] as CatalogueProgram;
    const full: CatalogueProgram = {
      ...first,
      city: 'Albany',
      deadlines: { application: '2026-09-30', interviewInvitations: null },
      website: 'https://example.org/program',
      acceptsImgs: false,
      signals: null,
    };
    const all = [full, ...programs.slice(1)];
    expect(await catalogue.importBatch(batch('b1', '2026-01-01T00:00:00.000Z'), all)).toEqual({
      replaced: 0,
    });
    expect(await catalogue.stamp()).toEqual({ count: 450, changedAt: '2026-01-01T00:00:00.000Z' });
    const stored = await catalogue.listAll();
    expect(stored).toEqual([...all].sort((a, b) => (a.id < b.id ? -1 : 1)));

    const changed = { ...full, name: 'Renamed', dataset: 'later', imgShare: 0.125 };
    const extra = { ...full, id: 'REAL-1', synthetic: false, dataset: 'later' };
    expect(
      await catalogue.importBatch(batch('b2', '2026-02-01T00:00:00.000Z'), [changed, extra]),
    ).toEqual({ replaced: 1 });
    const after = await catalogue.listAll();
    expect(after).toHaveLength(451);
    expect(after.find((p) => p.id === full.id)).toEqual(changed);
    expect((await catalogue.listImports()).map((b) => [b.id, b.replaced])).toEqual([
      ['b2', 1],
      ['b1', 0],
    ]);
  });

  it('refuses a restricted import that touches another owner’s or the sample’s programs (issue 12)', async () => {
    const { catalogue } = ports().programs;
    const at = '2026-01-01T00:00:00.000Z';
    const [syn, other] = sample(2);
    if (syn === undefined || other === undefined) throw new Error('sample too small');
    await catalogue.importBatch(batch('s', at), [syn]);
    const orgA = { owner: 'org:a', restricted: true };
    const own = { ...other, id: 'A-1', name: 'A one', dataset: 'a' };
    expect(await catalogue.importBatch(batch('a1', at), [own], orgA)).toEqual({ replaced: 0 });
    // Org A may replace its own program …
    const renamed = { ...own, name: 'A renamed' };
    expect(await catalogue.importBatch(batch('a2', at), [renamed], orgA)).toEqual({ replaced: 1 });
    // … org B may not touch it, nor the sample: nothing of the file is written.
    const orgB = { owner: 'org:b', restricted: true };
    const hostile = [
      { ...syn, name: 'Hijacked' },
      { ...own, name: 'Hijacked' },
      { ...own, id: 'B-1' },
    ];
    expect(await catalogue.importBatch(batch('b1', at), hostile, orgB)).toEqual({
      replaced: 0,
      refused: ['A-1', syn.id].sort(),
    });
    const after = await catalogue.listAll();
    expect(after.map((p) => [p.id, p.name]).sort()).toEqual(
      [
        ['A-1', 'A renamed'],
        [syn.id, syn.name],
      ].sort(),
    );
    expect((await catalogue.listImports()).map((b) => b.id).sort()).toEqual(['a1', 'a2', 's']);
  });

  it('keeps imported programs when the importer’s account goes; deletes the applicant’s own data', async () => {
    const { users, programs } = ports();
    const admin = newUser(1, { role: 'organisation-admin' });
    const applicant = newUser(2);
    await users.create(admin);
    await users.create(applicant);
    await programs.catalogue.importBatch(
      batch('b1', '2026-01-01T00:00:00.000Z', admin.id),
      sample(3, 'org'),
    );
    await programs.savedLists.save(applicant.id, {
      entries: [{ programId: 'SYN-0001', note: 'call them' }],
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    await programs.rankLists.create({
      id: 'r1',
      ownerId: applicant.id,
      name: 'Mine',
      entries: [{ programId: 'SYN-0001', note: '' }],
      createdAt: '2026-01-02T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    await programs.simulations.create(simulation('s1', applicant.id, '2026-01-02T00:00:00.000Z'));

    await users.delete(admin.id);
    await users.delete(applicant.id);
    expect((await programs.catalogue.listImports()).map((b) => b.importedBy)).toEqual([null]);
    expect(await programs.catalogue.listAll()).toHaveLength(3);
    expect(await programs.savedLists.find(applicant.id)).toBeNull();
    expect(await programs.rankLists.findById('r1')).toBeNull();
    expect(await programs.simulations.findById('s1')).toBeNull();
  });

  it('stores the saved list and rank lists, newest first', async () => {
    const { users, programs } = ports();
    const owner = newUser(1);
    await users.create(owner);
    const list = {
      entries: [{ programId: 'A', note: 'x' }],
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    await programs.savedLists.save(owner.id, list);
    const replaced = { entries: [], updatedAt: '2026-01-02T00:00:00.000Z' };
    await programs.savedLists.save(owner.id, replaced);
    expect(await programs.savedLists.find(owner.id)).toEqual(replaced);

    const rank = (id: string, createdAt: string) => ({
      id,
      ownerId: owner.id,
      name: `list ${id}`,
      entries: [
        { programId: 'A', note: 'first' },
        { programId: 'B', note: '' },
      ],
      createdAt,
      updatedAt: createdAt,
    });
    await programs.rankLists.create(rank('r1', '2026-01-01T00:00:00.000Z'));
    await programs.rankLists.create(rank('r2', '2026-01-03T00:00:00.000Z'));
    await programs.rankLists.update({ ...rank('r1', '2026-01-01T00:00:00.000Z'), name: 'Final' });
    expect(await programs.rankLists.listByOwner(owner.id)).toEqual([
      {
        id: 'r2',
        name: 'list r2',
        programs: 2,
        createdAt: '2026-01-03T00:00:00.000Z',
        updatedAt: '2026-01-03T00:00:00.000Z',
      },
      {
        id: 'r1',
        name: 'Final',
        programs: 2,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
    expect((await programs.rankLists.listRecordsByOwner(owner.id)).map((r) => r.id)).toEqual([
      'r2',
      'r1',
    ]);
    await programs.rankLists.delete('r2');
    expect(await programs.rankLists.findById('r2')).toBeNull();
  });

  it('tracks simulations: progress, result, unfinished counts, failing abandoned ones', async () => {
    const { users, programs } = ports();
    const owner = newUser(1);
    await users.create(owner);
    const { simulations } = programs;
    await simulations.create(simulation('s1', owner.id, '2026-01-01T00:00:00.000Z'));
    await simulations.create(simulation('s2', owner.id, '2026-01-02T00:00:00.000Z'));
    expect(await simulations.countUnfinished(owner.id)).toBe(2);
    await simulations.update('s1', {
      status: 'running',
      progress: 0.25,
      updatedAt: '2026-01-01T00:01:00.000Z',
    });
    const result = { label: 'Simulation on a synthetic market', pMatch: 0.5 } as never;
    await simulations.update('s1', {
      status: 'done',
      progress: 1,
      updatedAt: '2026-01-01T00:02:00.000Z',
      finishedAt: '2026-01-01T00:02:00.000Z',
      result,
      error: null,
    });
    expect(await simulations.findById('s1')).toEqual({
      ...simulation('s1', owner.id, '2026-01-01T00:00:00.000Z'),
      status: 'done',
      progress: 1,
      updatedAt: '2026-01-01T00:02:00.000Z',
      finishedAt: '2026-01-01T00:02:00.000Z',
      result,
    });
    expect(
      (await simulations.listByOwner(owner.id)).map((s) => [s.id, s.status, 'result' in s]),
    ).toEqual([
      ['s2', 'queued', false],
      ['s1', 'done', false],
    ]);
    expect(await simulations.countUnfinished(owner.id)).toBe(1);
    // s2's heartbeat is its creation (2026-01-02): a cut-off at the restart fails it.
    expect(
      await simulations.failAbandoned(
        'restarted',
        '2026-01-03T00:00:00.000Z',
        '2026-01-03T00:00:00.000Z',
      ),
    ).toBe(1);
    expect(await simulations.findById('s2')).toMatchObject({
      status: 'failed',
      error: 'restarted',
      updatedAt: '2026-01-03T00:00:00.000Z',
      finishedAt: '2026-01-03T00:00:00.000Z',
    });
    expect((await simulations.listRecordsByOwner(owner.id))[1]?.result).toEqual(result);
  });

  it('fails only unfinished simulations whose heartbeat is at or before the cut-off', async () => {
    const { users, programs } = ports();
    const owner = newUser(1);
    await users.create(owner);
    const { simulations } = programs;
    const T0 = '2026-01-01T00:00:00.000Z';
    for (const id of ['gone', 'alive', 'queued-alive', 'finished', 'other'])
      await simulations.create(simulation(id, owner.id, T0));
    await simulations.update('gone', { status: 'running', progress: 0.5, updatedAt: T0 });
    await simulations.update('alive', { status: 'running', progress: 0.5, updatedAt: T0 });
    const finished = {
      status: 'done' as const,
      progress: 1,
      updatedAt: '2026-01-01T00:01:00.000Z',
      finishedAt: '2026-01-01T00:01:00.000Z',
      error: null,
    };
    await simulations.update('finished', finished);
    await simulations.refreshHeartbeats([], '2026-01-01T00:09:00.000Z'); // nothing held: no-op
    // Exactly these two are refreshed ('other' shares 'gone''s creation heartbeat).
    await simulations.refreshHeartbeats(['alive', 'queued-alive'], '2026-01-01T00:05:00.000Z');

    const cutoff = '2026-01-01T00:03:00.000Z';
    const now = '2026-01-01T00:05:30.000Z';
    expect(await simulations.failAbandoned('gone away', cutoff, now)).toBe(2);
    const after = new Map(
      (await simulations.listRecordsByOwner(owner.id)).map((s) => [s.id, s] as const),
    );
    expect(after.get('gone')).toMatchObject({ status: 'failed', error: 'gone away' });
    expect(after.get('other')).toMatchObject({ status: 'failed', finishedAt: now });
    expect(after.get('alive')).toMatchObject({ status: 'running', progress: 0.5, error: null });
    expect(after.get('queued-alive')).toMatchObject({ status: 'queued', finishedAt: null });
    expect(after.get('finished')).toEqual({ ...simulation('finished', owner.id, T0), ...finished });
    // Again: nothing new is abandoned; a heartbeat exactly at the cut-off is.
    expect(await simulations.failAbandoned('gone away', cutoff, now)).toBe(0);
    expect(await simulations.failAbandoned('gone away', '2026-01-01T00:05:00.000Z', now)).toBe(2);
    expect(await simulations.countUnfinished(owner.id)).toBe(0);
  });
}
