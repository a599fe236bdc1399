import { describe, expect, it } from 'vitest';
import { createServices } from '../services.ts';
import { AppError } from '../shared/app-error.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';

const setup = () => {
  const ports = createInMemoryPorts();
  const services = createServices({
    ...ports,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
  });
  return { ports, ...services };
};
const signUp = (s: ReturnType<typeof setup>, email: string) =>
  s.auth.signUp({ email, password: 'old password!', displayName: email, role: 'applicant' });

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

describe('account', () => {
  it('changes the password and ends every other session of the user only', async () => {
    const s = setup();
    const { user, session } = await signUp(s, 'a@example.org');
    const other = await s.auth.signIn({
      email: 'a@example.org',
      password: 'old password!',
      client: 'x',
    });
    const someoneElse = await signUp(s, 'b@example.org');
    const current = await s.auth.authenticate(session.token);
    await s.account.changePassword(user, current?.sessionId ?? '', {
      currentPassword: 'old password!',
      newPassword: 'new password!',
    });
    expect(await s.auth.authenticate(session.token)).not.toBeNull();
    expect(await s.auth.authenticate(other.session.token)).toBeNull();
    expect(await s.auth.authenticate(someoneElse.session.token)).not.toBeNull();
    const again = await s.auth.signIn({
      email: 'a@example.org',
      password: 'new password!',
      client: 'x',
    });
    expect(again.user.id).toBe(user.id);
  });

  it('refuses a wrong current password as invalid input on that field', async () => {
    const s = setup();
    const { user } = await signUp(s, 'a@example.org');
    const error = await rejection(
      s.account.changePassword(user, 'sid', {
        currentPassword: 'guess',
        newPassword: 'x'.repeat(12),
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('invalid-input');
    expect(error.details.issues?.map((issue) => issue.path)).toEqual([['currentPassword']]);
    expect(s.ports.stores.userRows.get(user.id)?.passwordHash).toBe('hashed:old password!');
  });

  it('rate-limits password confirmation like sign-in', async () => {
    const s = setup();
    const { user } = await signUp(s, 'a@example.org');
    for (let i = 0; i < 5; i++) await rejection(s.account.deleteAccount(user, 'guess'));
    const error = await rejection(s.account.deleteAccount(user, 'old password!'));
    expect(error.code).toBe('rate-limited');
    expect(await s.ports.users.findById(user.id)).not.toBeNull();
  });

  it('checks only 5 of 40 parallel wrong passwords on delete and change (issue 12)', async () => {
    const s = setup();
    const { user, session } = await signUp(s, 'a@example.org');
    const errors = await Promise.all([
      ...Array.from({ length: 20 }, () => rejection(s.account.deleteAccount(user, 'guess'))),
      ...Array.from({ length: 20 }, () =>
        rejection(
          s.account.changePassword(user, session.token, {
            currentPassword: 'guess',
            newPassword: 'new password!!',
          }),
        ),
      ),
    ]);
    const codes = errors.map((e) => e.code);
    expect(codes.filter((c) => c === 'invalid-input')).toHaveLength(5);
    expect(codes.filter((c) => c === 'rate-limited')).toHaveLength(35);
    expect(await s.ports.users.findById(user.id)).not.toBeNull();
  });

  it('deletes the account only with the right password', async () => {
    const s = setup();
    const { user } = await signUp(s, 'a@example.org');
    const error = await rejection(s.account.deleteAccount(user, 'wrong'));
    expect(error.code).toBe('invalid-input');
    await s.account.deleteAccount(user, 'old password!');
    expect(await s.ports.users.findById(user.id)).toBeNull();
  });

  it('exports the user’s own profile and nobody else’s', async () => {
    const s = setup();
    const a = await signUp(s, 'a@example.org');
    const b = await signUp(s, 'b@example.org');
    await s.profile.save(a.user, { countryOfTraining: 'India' });
    await s.profile.save(b.user, { countryOfTraining: 'Peru' });
    const exported = await s.account.exportData(a.user);
    expect(exported).toMatchObject({
      exportedAt: '2025-03-01T12:00:00.000Z',
      user: { email: 'a@example.org' },
      organisation: null,
      profile: { countryOfTraining: 'India' },
      matchInstances: [],
      matchRuns: [],
    });
    expect(JSON.stringify(exported)).not.toContain('Peru');
  });
});
