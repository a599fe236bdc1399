import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';
import { newUser, outcome, problem, profile } from './fixtures.ts';

describeEachDatabase('user repository', (fixture) => {
  it('creates a user, stores the email lower-cased and reads it back by id', async () => {
    const { users } = fixture().repos;
    const created = await users.create(newUser(1, { email: 'Amina@Example.ORG', isDemo: true }));
    expect(created).toEqual({
      id: newUser(1).id,
      email: 'amina@example.org',
      displayName: 'User 1',
      role: 'applicant',
      createdAt: '2025-01-01T10:00:00.000Z',
      organisationId: null,
      isDemo: true,
    });
    expect(await users.findById(newUser(1).id)).toEqual(created);
    expect(await users.findById('missing')).toBeNull();
  });

  it('finds credentials by email in any case', async () => {
    const { users } = fixture().repos;
    await users.create(newUser(1));
    const found = await users.findCredentials('USER1@example.org');
    expect(found?.passwordHash).toBe('$argon2id$fake-1');
    expect(found?.user.email).toBe('user1@example.org');
    expect(await users.findCredentials('nobody@example.org')).toBeNull();
  });

  it('refuses a second account with the same email in another case, and writes nothing', async () => {
    const { users, organisations } = fixture().repos;
    await users.create(newUser(1));
    const org = { id: 'org-2', name: 'Org', createdAt: '2025-01-02T00:00:00.000Z' };
    const second = await users.create(
      newUser(2, { email: 'USER1@EXAMPLE.ORG', role: 'organisation-admin' }),
      org,
    );
    expect(second).toBe('email-taken');
    expect(await users.findById(newUser(2).id)).toBeNull();
    expect(await organisations.countMembers('org-2')).toBe(0);
  });

  it('creates an organisation admin with their organisation and membership', async () => {
    const { users, organisations } = fixture().repos;
    const org = { id: 'org-1', name: 'IMG Bridge', createdAt: '2025-01-01T10:00:00.000Z' };
    const admin = await users.create(newUser(1, { role: 'organisation-admin' }), org);
    expect(admin).toMatchObject({ role: 'organisation-admin', organisationId: 'org-1' });
    expect(await organisations.findMembership(newUser(1).id)).toEqual({
      organisation: org,
      role: 'admin',
    });
    expect(await organisations.countMembers('org-1')).toBe(1);
    expect(await organisations.findMembership('missing')).toBeNull();
  });

  it('updates the password hash', async () => {
    const { users } = fixture().repos;
    await users.create(newUser(1));
    await users.updatePasswordHash(newUser(1).id, '$argon2id$new');
    expect(await users.findPasswordHash(newUser(1).id)).toBe('$argon2id$new');
    expect(await users.findPasswordHash('missing')).toBeNull();
  });

  it('lists users oldest first', async () => {
    const { users } = fixture().repos;
    await users.create(newUser(3));
    await users.create(newUser(1));
    await users.create(newUser(2, { role: 'mentor' }));
    expect((await users.list()).map((u) => u.email)).toEqual([
      'user1@example.org',
      'user2@example.org',
      'user3@example.org',
    ]);
  });

  it('deletes the user with everything they own, and nobody else’s data', async () => {
    const r = fixture().repos;
    const org = { id: 'org-1', name: 'IMG Bridge', createdAt: '2025-01-01T10:00:00.000Z' };
    const [gone, kept] = [newUser(1, { role: 'organisation-admin' }), newUser(2)];
    await r.users.create(gone, org);
    await r.users.create(kept);
    for (const user of [gone, kept]) {
      await r.sessions.create({
        id: `session-${user.id}`,
        userId: user.id,
        createdAt: user.createdAt,
        expiresAt: '2099-01-01T00:00:00.000Z',
        lastSeenAt: user.createdAt,
      });
      await r.profiles.save(user.id, profile);
      const base = { name: 'mine', createdAt: user.createdAt, updatedAt: user.createdAt };
      const summary = { applicants: 2, programs: 1, couples: 0, positions: 1 };
      await r.instances.create({ ...base, id: `i-${user.id}`, ownerId: user.id, summary, problem });
      await r.runs.create({
        id: `r-${user.id}`,
        instanceId: `i-${user.id}`,
        ownerId: user.id,
        createdAt: user.createdAt,
        durationMs: 1.5,
        outcome,
        problem,
      });
    }
    expect(await r.users.delete(gone.id)).toBe(true);
    expect(await r.users.delete(gone.id)).toBe(false);
    expect(await r.users.findById(gone.id)).toBeNull();
    expect(await r.sessions.findWithUser(`session-${gone.id}`)).toBeNull();
    expect(await r.profiles.find(gone.id)).toBeNull();
    expect(await r.instances.findById(`i-${gone.id}`)).toBeNull();
    expect(await r.runs.findById(`r-${gone.id}`)).toBeNull();
    expect(await r.organisations.countMembers('org-1')).toBe(0);

    expect(await r.users.findById(kept.id)).not.toBeNull();
    expect(await r.sessions.findWithUser(`session-${kept.id}`)).not.toBeNull();
    expect(await r.profiles.find(kept.id)).toEqual(profile);
    expect(await r.instances.findById(`i-${kept.id}`)).not.toBeNull();
    expect(await r.runs.findById(`r-${kept.id}`)).not.toBeNull();
  });
});
