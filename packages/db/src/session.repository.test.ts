import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';
import { newUser } from './fixtures.ts';

const session = (id: string, userId: string, expiresAt = '2025-03-01T00:00:00.000Z') => ({
  id,
  userId,
  createdAt: '2025-02-01T00:00:00.000Z',
  lastSeenAt: '2025-02-01T00:00:00.000Z',
  expiresAt,
});

describeEachDatabase('session and login-attempt repositories', (fixture) => {
  it('stores a session and finds it with its user', async () => {
    const { users, sessions } = fixture().repos;
    const user = await users.create(newUser(1));
    await sessions.create(session('s1', newUser(1).id));
    expect(await sessions.findWithUser('s1')).toEqual({
      session: session('s1', newUser(1).id),
      user,
    });
    expect(await sessions.findWithUser('nope')).toBeNull();
  });

  it('touches, deletes one, deletes the others of a user, and purges expired ones', async () => {
    const { users, sessions } = fixture().repos;
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

  it('counts failed sign-ins per key strictly after a time, and forgets them', async () => {
    const { loginAttempts } = fixture().repos;
    await loginAttempts.record('k1', '2025-02-01T10:00:00.000Z');
    await loginAttempts.record('k1', '2025-02-01T10:05:00.000Z');
    await loginAttempts.record('k1', '2025-02-01T10:01:00.000Z');
    await loginAttempts.record('k1', '2025-02-01T09:00:00.000Z');
    await loginAttempts.record('k2', '2025-02-01T10:02:00.000Z');
    expect(await loginAttempts.failuresSince('k1', '2025-02-01T10:00:00.000Z')).toEqual([
      '2025-02-01T10:01:00.000Z',
      '2025-02-01T10:05:00.000Z',
    ]);
    expect(await loginAttempts.deleteBefore('2025-02-01T10:00:00.000Z')).toBe(1);
    expect(await loginAttempts.failuresSince('k1', '2000-01-01T00:00:00.000Z')).toHaveLength(3);
    await loginAttempts.clear('k1');
    expect(await loginAttempts.failuresSince('k1', '2000-01-01T00:00:00.000Z')).toEqual([]);
    expect(await loginAttempts.failuresSince('k2', '2000-01-01T00:00:00.000Z')).toHaveLength(1);
  });
});
