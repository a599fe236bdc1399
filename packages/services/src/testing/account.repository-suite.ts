import { expect, it } from 'vitest';
import type { ApplicantProfile } from '../account/account-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { newUser, outcome, problem, profile } from './repository-fixtures.ts';

const session = (id: string, userId: string, expiresAt = '2025-03-01T00:00:00.000Z') => ({
  id,
  userId,
  createdAt: '2025-02-01T00:00:00.000Z',
  lastSeenAt: '2025-02-01T00:00:00.000Z',
  expiresAt,
});

/**
 * What every implementation of the account ports must do (users, sessions, sign-in attempts,
 * organisations, profiles): run on SQLite and PostgreSQL (packages/db) and on the in-memory fakes
 * the service tests use, so the fakes cannot drift from the database.
 */
export function accountRepositorySuite(ports: () => RepositoryPorts): void {
  it('creates a user, stores the email lower-cased and reads it back by id', async () => {
    const { users } = ports();
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
    const { users } = ports();
    await users.create(newUser(1));
    const found = await users.findCredentials('USER1@example.org');
    expect(found?.passwordHash).toBe('$argon2id$fake-1');
    expect(found?.user.email).toBe('user1@example.org');
    expect(await users.findCredentials('nobody@example.org')).toBeNull();
  });

  it('refuses a second account with the same email in another case, and writes nothing', async () => {
    const { users, organisations } = ports();
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
    const { users, organisations } = ports();
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
    const { users } = ports();
    await users.create(newUser(1));
    await users.updatePasswordHash(newUser(1).id, '$argon2id$new');
    expect(await users.findPasswordHash(newUser(1).id)).toBe('$argon2id$new');
    expect(await users.findPasswordHash('missing')).toBeNull();
  });

  it('lists users oldest first', async () => {
    const { users } = ports();
    await users.create(newUser(3));
    await users.create(newUser(1));
    await users.create(newUser(2, { role: 'mentor' }));
    expect((await users.list()).map((u) => u.email)).toEqual([
      'user1@example.org',
      'user2@example.org',
      'user3@example.org',
    ]);
    expect((await users.list({ role: 'mentor' })).map((u) => u.email)).toEqual([
      'user2@example.org',
    ]);
    expect(await users.list({ role: 'site-admin' })).toEqual([]);
  });

  it('deletes the user with everything they own, and nobody else’s data', async () => {
    const r = ports();
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

  it('stores a session and finds it with its user', async () => {
    const { users, sessions } = ports();
    const user = await users.create(newUser(1));
    await sessions.create(session('s1', newUser(1).id));
    expect(await sessions.findWithUser('s1')).toEqual({
      session: session('s1', newUser(1).id),
      user,
    });
    expect(await sessions.findWithUser('nope')).toBeNull();
  });

  it('touches, deletes one, deletes the others of a user, and purges expired ones', async () => {
    const { users, sessions } = ports();
    await users.create(newUser(1));
    await users.create(newUser(2));
    const [u1, u2] = [newUser(1).id, newUser(2).id];
    await sessions.create(session('a', u1));
    await sessions.create(session('b', u1));
    await sessions.create(session('c', u1, '2025-01-01T00:00:00.000Z'));
    await sessions.create(session('d', u2));

    await sessions.touch('a', '2025-02-02T00:00:00.000Z', '2025-03-02T00:00:00.000Z');
    expect((await sessions.findWithUser('a'))?.session).toMatchObject({
      lastSeenAt: '2025-02-02T00:00:00.000Z',
      expiresAt: '2025-03-02T00:00:00.000Z',
    });

    expect(await sessions.deleteExpired('2025-02-15T00:00:00.000Z')).toBe(1);
    expect(await sessions.findWithUser('c')).toBeNull();

    expect(await sessions.deleteForUser(u1, 'a')).toBe(1);
    expect(await sessions.findWithUser('a')).not.toBeNull();
    expect(await sessions.findWithUser('b')).toBeNull();
    expect(await sessions.findWithUser('d')).not.toBeNull();

    await sessions.delete('a');
    expect(await sessions.findWithUser('a')).toBeNull();
  });

  it('counts attempts per key in a fixed window, restarts an expired window and forgets them', async () => {
    const { loginAttempts } = ports();
    const at = (m: number) => `2025-02-01T10:${String(m).padStart(2, '0')}:00.000Z`;
    // A 15-minute window: a window that started at or before now − 15 min has expired.
    const hit = (key: string, m: number) => loginAttempts.hit(key, at(m), at(m - 15));
    expect(await hit('k1', 15)).toEqual({ count: 1, windowStart: at(15) });
    expect(await hit('k1', 20)).toEqual({ count: 2, windowStart: at(15) });
    expect(await hit('k2', 21)).toEqual({ count: 1, windowStart: at(21) });
    // k1's window started at 10:15, which is not after 10:30 − 15 min: a new window at 10:30.
    expect(await hit('k1', 30)).toEqual({ count: 1, windowStart: at(30) });
    await hit('k1', 31);
    await loginAttempts.release('k1');
    expect((await hit('k1', 32)).count).toBe(2);
    expect(await loginAttempts.deleteBefore(at(21))).toBe(1);
    expect((await hit('k2', 33)).count).toBe(1);
    await loginAttempts.reset('k1');
    expect((await hit('k1', 34)).count).toBe(1);
  });

  it('gives 40 parallel hits on one key 40 distinct counts (counted and recorded at once)', async () => {
    const { loginAttempts } = ports();
    const now = '2025-02-01T10:00:00.000Z';
    const counts = await Promise.all(
      Array.from({ length: 40 }, () => loginAttempts.hit('burst', now, '2025-02-01T09:45:00.000Z')),
    );
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, k) => k + 1),
    );
  });

  it('remembers the addresses a user signed in from', async () => {
    const { users, loginAttempts } = ports();
    await users.create(newUser(1));
    const id = newUser(1).id;
    expect(await loginAttempts.isKnownAddress(id, 'h1', '2025-01-01T00:00:00.000Z')).toBe(false);
    await loginAttempts.rememberAddress(id, 'h1', '2025-02-01T10:00:00.000Z');
    await loginAttempts.rememberAddress(id, 'h1', '2025-02-02T10:00:00.000Z');
    expect(await loginAttempts.isKnownAddress(id, 'h1', '2025-02-01T12:00:00.000Z')).toBe(true);
    expect(await loginAttempts.isKnownAddress(id, 'h1', '2025-02-03T00:00:00.000Z')).toBe(false);
    expect(await loginAttempts.isKnownAddress(id, 'h2', '2025-01-01T00:00:00.000Z')).toBe(false);
  });

  it('has no profile until one is saved, then round-trips every field', async () => {
    const { users, profiles } = ports();
    await users.create(newUser(1));
    expect(await profiles.find(newUser(1).id)).toBeNull();
    await profiles.save(newUser(1).id, profile);
    expect(await profiles.find(newUser(1).id)).toEqual(profile);
  });

  it('replaces the profile on a second save, nulls and empty lists included', async () => {
    const { users, profiles } = ports();
    await users.create(newUser(1));
    await profiles.save(newUser(1).id, profile);
    const cleared: ApplicantProfile = {
      ...profile,
      countryOfTraining: null,
      step2Score: null,
      visaNeed: null,
      specialties: [],
      preferredStates: ['CA'],
      isDemo: true,
      updatedAt: '2025-02-02T00:00:00.000Z',
    };
    await profiles.save(newUser(1).id, cleared);
    expect(await profiles.find(newUser(1).id)).toEqual(cleared);
  });
}
