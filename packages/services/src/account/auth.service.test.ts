import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import { waitPhrase } from './account-domain.ts';
import { createAuthService } from './auth.service.ts';

const DAY = 24 * 60 * 60 * 1000;
const setup = () => {
  const ports = createInMemoryPorts();
  const auth = createAuthService({
    ...ports,
    sessionTtlMs: 7 * DAY,
    signInLimit: { maxFailures: 3, windowMs: 15 * 60 * 1000 },
  });
  return { ports, auth };
};
const amina = {
  email: 'Amina@Example.org',
  password: 'correct horse battery',
  displayName: 'Amina',
  role: 'applicant' as const,
};

const failure = async (promise: Promise<unknown>): Promise<AppError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
};

describe('sign-up', () => {
  it('creates the user with a hashed password and starts a session stored under its hash', async () => {
    const { ports, auth } = setup();
    const { user, session } = await auth.signUp(amina);
    expect(user).toMatchObject({ email: 'amina@example.org', role: 'applicant', isDemo: false });
    expect(ports.stores.userRows.get(user.id)?.passwordHash).toBe('hashed:correct horse battery');
    expect(session.token).toBe('token-1');
    expect(ports.stores.sessionRows.get('hash(token-1)')).toMatchObject({
      userId: user.id,
      expiresAt: '2025-03-08T12:00:00.000Z',
    });
  });

  it('creates the organisation of an organisation admin', async () => {
    const { ports, auth } = setup();
    const { user } = await auth.signUp({
      ...amina,
      role: 'organisation-admin',
      organisationName: ' IMG Bridge ',
    });
    expect(await ports.organisations.findMembership(user.id)).toMatchObject({
      organisation: { name: 'IMG Bridge' },
      role: 'admin',
    });
  });

  it('tells every site admin, and nobody else, that a new organisation waits for approval', async () => {
    const { ports, auth } = setup();
    for (const n of [1, 2]) {
      await ports.users.create({
        id: `site-${n}`,
        email: `site${n}@example.org`,
        displayName: `Site admin ${n}`,
        role: 'site-admin',
        createdAt: '2026-01-01T00:00:00.000Z',
        isDemo: false,
        passwordHash: 'x',
      });
    }
    await auth.signUp(amina);
    await auth.signUp({ ...amina, email: 'mentor@example.org', role: 'mentor' });
    await auth.signUp({
      ...amina,
      email: 'office@example.org',
      displayName: 'Dr "Quote" Ade',
      role: 'organisation-admin',
      organisationName: 'IMG Bridge',
    });
    await vi.waitFor(() => expect(ports.mailer.sent).toHaveLength(2));
    expect(ports.mailer.sent.map((m) => [m.to, m.kind])).toEqual([
      ['site1@example.org', 'organisation-waiting'],
      ['site2@example.org', 'organisation-waiting'],
    ]);
    const [mail] = ports.mailer.sent;
    expect(mail?.subject).toBe('A new organisation is waiting for approval on MatchReady');
    expect(mail?.text).toContain('“IMG Bridge” signed up as an organisation');
    expect(mail?.text).toContain('“Dr "Quote" Ade” <office@example.org>');
    expect(mail?.text).toContain('https://matchready.test/admin');
    // A second sign-up with a taken email creates nothing and tells nobody.
    await failure(
      auth.signUp({ ...amina, email: 'office@example.org', role: 'organisation-admin' }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ports.mailer.sent).toHaveLength(2);
  });

  it('signs the organisation up even when the mail cannot be sent, and reports the failure', async () => {
    const ports = createInMemoryPorts();
    await ports.users.create({
      id: 'site-1',
      email: 'site1@example.org',
      displayName: 'Site admin',
      role: 'site-admin',
      createdAt: '2026-01-01T00:00:00.000Z',
      isDemo: false,
      passwordHash: 'x',
    });
    const errors: unknown[] = [];
    const auth = createAuthService({
      ...ports,
      mailer: { send: () => Promise.reject(new Error('SMTP down')) },
      onMailError: (error) => errors.push(error),
      sessionTtlMs: DAY,
      signInLimit: { maxFailures: 3, windowMs: 15 * 60 * 1000 },
    });
    const { user } = await auth.signUp({ ...amina, role: 'organisation-admin' });
    expect(user.role).toBe('organisation-admin');
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    expect((errors[0] as Error).message).toBe('SMTP down');
  });

  it('answers conflict for an email already registered in another case', async () => {
    const { auth } = setup();
    await auth.signUp(amina);
    const error = await failure(auth.signUp({ ...amina, email: 'AMINA@example.org' }));
    expect(error.code).toBe('conflict');
    expect(error.details.issues?.[0]?.path).toEqual(['email']);
  });
});

describe('sign-in', () => {
  it('starts a session for the right password, in any email case', async () => {
    const { auth } = setup();
    const { user } = await auth.signUp(amina);
    const signedIn = await auth.signIn({ ...amina, email: 'AMINA@EXAMPLE.ORG', client: '1.2.3.4' });
    expect(signedIn.user.id).toBe(user.id);
    expect(signedIn.session.token).toBe('token-2');
  });

  it('gives the same generic answer for a wrong password and an unknown email', async () => {
    const { auth } = setup();
    await auth.signUp(amina);
    const wrong = await failure(auth.signIn({ ...amina, password: 'nope', client: 'c' }));
    const unknown = await failure(auth.signIn({ ...amina, email: 'x@example.org', client: 'c' }));
    expect([wrong.code, wrong.message]).toEqual([
      'unauthenticated',
      'Email or password is incorrect',
    ]);
    expect([unknown.code, unknown.message]).toEqual([wrong.code, wrong.message]);
  });

  it('locks an email and client out after 3 failures until the oldest leaves the window', async () => {
    const { ports, auth } = setup();
    await auth.signUp(amina);
    for (let i = 0; i < 3; i++) {
      await failure(auth.signIn({ ...amina, password: 'wrong', client: 'c' }));
      ports.clock.advance(60_000);
    }
    const limited = await failure(auth.signIn({ ...amina, client: 'c' }));
    expect(limited.code).toBe('rate-limited');
    // Failures at 0, 1 and 2 minutes; now is 3 minutes: the first expires at 15 minutes.
    expect(limited.details.retryAfterSeconds).toBe(12 * 60);
    // The message says how long, in words a person reads.
    expect(limited.message).toBe('Too many attempts. Try again in 12 minutes.');
    // Another client is not affected, and neither is the account.
    expect((await auth.signIn({ ...amina, client: 'other' })).user.email).toBe('amina@example.org');
    ports.clock.advance(12 * 60 * 1000);
    expect((await auth.signIn({ ...amina, client: 'c' })).user.email).toBe('amina@example.org');
  });

  it('forgets failures after a successful sign-in', async () => {
    const { auth } = setup();
    await auth.signUp(amina);
    await failure(auth.signIn({ ...amina, password: 'wrong', client: 'c' }));
    await failure(auth.signIn({ ...amina, password: 'wrong', client: 'c' }));
    await auth.signIn({ ...amina, client: 'c' });
    for (let i = 0; i < 3; i++) {
      const error = await failure(auth.signIn({ ...amina, password: 'wrong', client: 'c' }));
      expect(error.code).toBe('unauthenticated');
    }
    expect((await failure(auth.signIn({ ...amina, client: 'c' }))).code).toBe('rate-limited');
  });
});

describe('sign-in limits under attack (issue 12)', () => {
  const limited = (limits: Parameters<typeof createAuthService>[0]['attemptLimits']) => {
    const ports = createInMemoryPorts();
    let checks = 0;
    const verify = ports.passwords.verify;
    const auth = createAuthService({
      ...ports,
      passwords: {
        ...ports.passwords,
        verify: (h, p) => {
          checks += 1;
          return verify(h, p);
        },
      },
      sessionTtlMs: DAY,
      signInLimit: { maxFailures: 3, windowMs: 15 * 60 * 1000 },
      attemptLimits: limits,
    });
    return { ports, auth, checks: () => checks };
  };

  it('checks only 3 of 40 parallel wrong passwords, and a right one in the burst is refused', async () => {
    const { auth, checks } = limited({});
    await auth.signUp(amina);
    const tries = Array.from({ length: 40 }, (_, k) =>
      failure(auth.signIn({ ...amina, password: k === 20 ? amina.password : 'x', client: 'c' })),
    );
    const codes = (await Promise.all(tries)).map((e) => e.code);
    expect(codes.filter((c) => c === 'unauthenticated')).toHaveLength(3);
    expect(codes.filter((c) => c === 'rate-limited')).toHaveLength(37);
    expect(checks()).toBe(3);
  });

  it('limits one address trying many accounts (password spraying)', async () => {
    const { auth } = limited({ signInPerAddress: { maxFailures: 5, windowMs: 60_000 } });
    const codes: string[] = [];
    for (let k = 0; k < 7; k++) {
      const e = await failure(
        auth.signIn({ email: `u${k}@example.org`, password: 'x', client: 'c' }),
      );
      codes.push(e.code);
    }
    expect(codes).toEqual([...Array(5).fill('unauthenticated'), 'rate-limited', 'rate-limited']);
    // Another address is not affected.
    const other = await failure(auth.signIn({ ...amina, password: 'x', client: 'd' }));
    expect(other.code).toBe('unauthenticated');
  });

  it('lets the owner in from a known address while strangers exhaust the account', async () => {
    const { auth } = limited({ signInPerAccount: { maxFailures: 4, windowMs: 60_000 } });
    await auth.signUp(amina);
    await auth.signIn({ ...amina, client: 'home' });
    for (let k = 0; k < 6; k++) {
      await failure(auth.signIn({ ...amina, password: 'x', client: `stranger-${k}` }));
    }
    // The account is exhausted for unknown addresses, even with the right password …
    const newcomer = await failure(auth.signIn({ ...amina, client: 'cafe' }));
    expect(newcomer.code).toBe('rate-limited');
    // … but not for the address the owner signed in from.
    expect((await auth.signIn({ ...amina, client: 'home' })).user.email).toBe('amina@example.org');
  });

  it('limits sign-ups per address', async () => {
    const { auth } = limited({ signUpPerAddress: { maxFailures: 2, windowMs: 60_000 } });
    await auth.signUp({ ...amina, email: 'a1@example.org', client: 'c' });
    await auth.signUp({ ...amina, email: 'a2@example.org', client: 'c' });
    const third = await failure(auth.signUp({ ...amina, email: 'a3@example.org', client: 'c' }));
    expect(third.code).toBe('rate-limited');
    expect((await auth.signUp({ ...amina, email: 'a4@example.org', client: 'd' })).user.email).toBe(
      'a4@example.org',
    );
  });
});

describe('sessions', () => {
  it('authenticates a live token, extends it after an hour, and forgets it after sign-out', async () => {
    const { ports, auth } = setup();
    const { user, session } = await auth.signUp(amina);
    expect(await auth.authenticate(session.token)).toEqual({
      user,
      sessionId: 'hash(token-1)',
      renewedUntil: null,
    });
    ports.clock.advance(2 * 60 * 60 * 1000);
    expect((await auth.authenticate(session.token))?.renewedUntil?.toISOString()).toBe(
      '2025-03-08T14:00:00.000Z',
    );
    expect(ports.stores.sessionRows.get('hash(token-1)')?.expiresAt).toBe(
      '2025-03-08T14:00:00.000Z',
    );
    await auth.signOut(session.token);
    expect(await auth.authenticate(session.token)).toBeNull();
  });

  it('rejects and deletes an expired session, and ignores unknown tokens', async () => {
    const { ports, auth } = setup();
    const { session } = await auth.signUp(amina);
    ports.clock.advance(7 * DAY);
    expect(await auth.authenticate(session.token)).toBeNull();
    expect(ports.stores.sessionRows.size).toBe(0);
    expect(await auth.authenticate('forged')).toBeNull();
  });
});

describe('waitPhrase', () => {
  it('says seconds, minutes or hours, rounding up so the wait is never shorter than said', () => {
    expect(waitPhrase(1)).toBe('in 1 second');
    expect(waitPhrase(40.2)).toBe('in 41 seconds');
    expect(waitPhrase(60)).toBe('in 1 minute');
    expect(waitPhrase(61)).toBe('in 2 minutes');
    expect(waitPhrase(15 * 60)).toBe('in 15 minutes');
    expect(waitPhrase(3 * 60 * 60)).toBe('in 3 hours');
    expect(waitPhrase(0)).toBe('in 1 second');
  });
});
