import { expect, it } from 'vitest';
import type { OrganisationApproval } from '../organisations/organisation-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { batch, sample } from './programs.repository-suite.ts';
import { newUser } from './repository-fixtures.ts';

const org = (n: number, name = `Org ${n}`) => ({
  id: `org-${n}`,
  name,
  createdAt: `2025-01-0${n}T12:00:00.000Z`,
});

const approved = (at: string, by: string | null): OrganisationApproval => ({
  approvedAt: at,
  approvedBy: by,
  revokedAt: null,
  revokedReason: null,
});

/**
 * Organisation approval (decision 040) and an organisation's own datasets in the shared
 * catalogue: on SQLite, PostgreSQL and the in-memory fakes.
 */
export function organisationsRepositorySuite(ports: () => RepositoryPorts): void {
  it('creates organisations waiting for approval, approves and revokes them', async () => {
    const { users, organisations } = ports();
    const admin = newUser(2, { role: 'site-admin' });
    await users.create(admin);
    await users.create(newUser(1, { role: 'organisation-admin' }), org(1));
    const pending = { approvedAt: null, approvedBy: null, revokedAt: null, revokedReason: null };
    expect(await organisations.findApproval('org-1')).toEqual(pending);
    expect(await organisations.findApproval('missing')).toBeNull();

    const yes = approved('2025-02-01T00:00:00.000Z', admin.id);
    expect(await organisations.setApproval('org-1', yes)).toBe(true);
    expect(await organisations.findApproval('org-1')).toEqual(yes);
    const revoked = {
      approvedAt: null,
      approvedBy: null,
      revokedAt: '2025-02-02T00:00:00.000Z',
      revokedReason: 'Not an organisation',
    };
    expect(await organisations.setApproval('org-1', revoked)).toBe(true);
    expect(await organisations.findApproval('org-1')).toEqual(revoked);
    expect(await organisations.setApproval('missing', yes)).toBe(false);
  });

  it('lists organisations oldest first with their admins and member counts', async () => {
    const { users, organisations } = ports();
    await users.create(newUser(3, { role: 'organisation-admin' }), org(3, 'Later'));
    await users.create(newUser(1, { role: 'organisation-admin' }), org(1, 'Earlier'));
    await users.create(newUser(2));
    await organisations.setApproval('org-1', approved('2025-02-01T00:00:00.000Z', null));
    const listed = await organisations.list();
    expect(listed.map((o) => [o.organisation.name, o.adminEmails, o.members])).toEqual([
      ['Earlier', ['user1@example.org'], 1],
      ['Later', ['user3@example.org'], 1],
    ]);
    expect(listed[0]?.approval.approvedAt).toBe('2025-02-01T00:00:00.000Z');
    expect(listed[1]?.approval.approvedAt).toBeNull();
  });

  it('forgets the approving admin when their account is deleted, keeps the approval', async () => {
    const { users, organisations } = ports();
    const admin = newUser(2, { role: 'site-admin' });
    await users.create(admin);
    await users.create(newUser(1, { role: 'organisation-admin' }), org(1));
    await organisations.setApproval('org-1', approved('2025-02-01T00:00:00.000Z', admin.id));
    await users.delete(admin.id);
    expect(await organisations.findApproval('org-1')).toEqual(
      approved('2025-02-01T00:00:00.000Z', null),
    );
  });

  it('lists an organisation’s datasets with counts, dates and importers, and only its own', async () => {
    const { users, programs } = ports();
    const a = newUser(1, { role: 'organisation-admin' });
    const b = newUser(2, { role: 'organisation-admin' });
    await users.create(a, org(1));
    await users.create(b, org(2));
    const { catalogue } = programs;
    const [one, two, three, four, five] = sample(5, 'x');
    if (!one || !two || !three || !four || !five) throw new Error('sample too small');
    await catalogue.importBatch(batch('s', '2026-01-01T00:00:00.000Z'), [
      { ...one, dataset: 'synthetic-sample' },
    ]);
    const orgA = { owner: 'org:org-1', restricted: true };
    await catalogue.importBatch(
      batch('a1', '2026-01-02T00:00:00.000Z', a.id),
      [two, three].map((p) => ({ ...p, dataset: 'Spring' })),
      orgA,
    );
    await catalogue.importBatch(
      batch('a2', '2026-01-03T00:00:00.000Z', a.id),
      [{ ...four, dataset: 'Spring' }],
      orgA,
    );
    await catalogue.importBatch(
      batch('b1', '2026-01-04T00:00:00.000Z', b.id),
      [{ ...five, dataset: 'Spring' }],
      { owner: 'org:org-2', restricted: true },
    );
    expect(await catalogue.listOwnedDatasets('org:org-1')).toEqual([
      {
        dataset: 'Spring',
        programs: 3,
        firstImportedAt: '2026-01-02T00:00:00.000Z',
        lastImportedAt: '2026-01-03T00:00:00.000Z',
        importedBy: ['user1@example.org'],
      },
    ]);
    expect(await catalogue.listOwnedDatasets('org:nobody')).toEqual([]);
  });

  it('deletes an organisation’s dataset and nothing of the sample or another organisation', async () => {
    const { programs } = ports();
    const { catalogue } = programs;
    const programsOf = sample(6, 'x');
    const [s1, a1, a2, a3, b1, b2] = programsOf;
    if (!s1 || !a1 || !a2 || !a3 || !b1 || !b2) throw new Error('sample too small');
    // The sample and the other organisation use the very dataset name being deleted.
    await catalogue.importBatch(batch('s', '2026-01-01T00:00:00.000Z'), [
      { ...s1, dataset: 'Shared name' },
    ]);
    await catalogue.importBatch(
      batch('a', '2026-01-02T00:00:00.000Z'),
      [
        { ...a1, dataset: 'Shared name' },
        { ...a2, dataset: 'Shared name' },
        { ...a3, dataset: 'Other' },
      ],
      { owner: 'org:org-1', restricted: true },
    );
    await catalogue.importBatch(
      batch('b', '2026-01-03T00:00:00.000Z'),
      [
        { ...b1, dataset: 'Shared name' },
        { ...b2, dataset: 'Other' },
      ],
      { owner: 'org:org-2', restricted: true },
    );
    const before = await catalogue.stamp();
    expect(await catalogue.deleteOwnedDataset('org:org-1', 'Shared name')).toBe(2);
    const left = (await catalogue.listAll()).map((p) => p.id).sort();
    expect(left).toEqual([s1.id, a3.id, b1.id, b2.id].sort());
    expect((await catalogue.stamp()).count).toBe(before.count - 2);
    // Again: nothing is left to delete, and the other owners' rows stay.
    expect(await catalogue.deleteOwnedDataset('org:org-1', 'Shared name')).toBe(0);
    expect(await catalogue.deleteOwnedDataset('org:org-1', 'synthetic-sample')).toBe(0);
    expect((await catalogue.listAll()).map((p) => p.id).sort()).toEqual(left);
  });
}
