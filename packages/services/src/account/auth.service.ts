import { AppError } from '../shared/app-error.ts';
import type { Clock, IdGenerator, Mailer } from '../shared/ports.ts';
import {
  emailTaken,
  type RateLimit,
  rateLimited,
  type SignUpRole,
  type User,
} from './account-domain.ts';
import type {
  LoginAttemptRepository,
  PasswordHasher,
  SessionRepository,
  SessionTokens,
  UserRepository,
} from './account-ports.ts';
import {
  type AttemptLimits,
  createAttemptLimiter,
  DEFAULT_ATTEMPT_LIMITS,
} from './attempt-limits.ts';

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: SignUpRole;
  readonly organisationName?: string | undefined;
  /** The client address (HTTP); sign-ups are limited per address. The CLI passes none. */
  readonly client?: string | undefined;
}

export interface SignInInput {
  readonly email: string;
  readonly password: string;
  /** Who is asking (the client address): attempts are counted per address, account and both. */
  readonly client: string;
}

export interface StartedSession {
  /** The secret for the cookie; only its hash is stored. */
  readonly token: string;
  readonly expiresAt: Date;
}

export interface AuthenticatedSession {
  readonly user: User;
  /** The stored id (token hash) of the session. */
  readonly sessionId: string;
  readonly renewedUntil: Date | null;
}

export interface AuthServiceDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly passwords: PasswordHasher;
  readonly tokens: SessionTokens;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Sliding session lifetime: each use extends it (at most once per `touchIntervalMs`). */
  readonly sessionTtlMs: number;
  /** Failed sign-ins per account and address (AttemptLimits.signInPerAccountAddress). */
  readonly signInLimit: RateLimit;
  /** The other limits; DEFAULT_ATTEMPT_LIMITS when left out. */
  readonly attemptLimits?: Partial<AttemptLimits> | undefined;
  /** Tells site admins that a new organisation waits for their approval (decision 040). */
  readonly mailer: Mailer;
  /** Where links in mail point (the web app). */
  readonly publicOrigin: string;
  readonly onMailError?: ((error: unknown) => void) | undefined;
}

/**
 * The note to site admins about an organisation that signed up. Names and addresses are the
 * applicant's own words, so they go in as quoted text; the link is the Admin page.
 */
export function organisationWaitingMail(
  origin: string,
  organisation: { readonly name: string },
  admin: { readonly displayName: string; readonly email: string },
) {
  return {
    subject: 'A new organisation is waiting for approval on MatchReady',
    text: [
      `“${organisation.name}” signed up as an organisation on MatchReady.`,
      `Its administrator: “${admin.displayName}” <${admin.email}>.`,
      '',
      'Until a site admin approves it, the organisation cannot import programs, invite people or',
      'run mentorship matches. Check that it is who it says it is, then approve or revoke it on',
      `the Admin page: ${origin}/admin`,
    ].join('\n'),
  };
}

const KNOWN_ADDRESS_MS_PER_DAY = 24 * 60 * 60 * 1000;

/** Avoids a database write per request while keeping the sliding expiry accurate enough. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

const WRONG_CREDENTIALS = 'Email or password is incorrect';

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: AuthServiceDeps) {
  const { users, sessions, loginAttempts, passwords, tokens, clock, ids } = deps;
  const limits: AttemptLimits = {
    ...DEFAULT_ATTEMPT_LIMITS,
    signInPerAccountAddress: deps.signInLimit,
    ...deps.attemptLimits,
  };
  const limiter = createAttemptLimiter(loginAttempts, clock);
  let dummyHash: Promise<string> | undefined;

  async function startSession(userId: string): Promise<StartedSession> {
    const now = clock.now();
    const token = tokens.generate();
    const expiresAt = new Date(now.getTime() + deps.sessionTtlMs);
    await sessions.create({
      id: tokens.hash(token),
      userId,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
    });
    return { token, expiresAt };
  }

  async function notifySiteAdmins(organisation: { name: string }, admin: User): Promise<void> {
    const mail = organisationWaitingMail(deps.publicOrigin, organisation, admin);
    for (const siteAdmin of await users.list({ role: 'site-admin' })) {
      await deps.mailer.send({
        to: siteAdmin.email,
        subject: mail.subject,
        text: mail.text,
        kind: 'organisation-waiting',
      });
    }
  }

  return {
    async signUp(input: SignUpInput): Promise<{ user: User; session: StartedSession }> {
      if (input.client !== undefined) {
        await limiter.enforce(`sign-up:${tokens.hash(input.client)}`, limits.signUpPerAddress);
      }
      const email = input.email.trim().toLowerCase();
      const createdAt = clock.now().toISOString();
      const organisation =
        input.role === 'organisation-admin'
          ? {
              id: ids.newId(),
              name: input.organisationName?.trim() || input.displayName,
              createdAt,
            }
          : undefined;
      const user = await users.create(
        {
          id: ids.newId(),
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          createdAt,
          isDemo: false,
          passwordHash: await passwords.hash(input.password),
        },
        organisation,
      );
      if (user === 'email-taken') throw emailTaken();
      if (organisation !== undefined) {
        // After the commit and not awaited: a slow mail server must not slow the sign-up.
        notifySiteAdmins(organisation, user).catch((error: unknown) => deps.onMailError?.(error));
      }
      return { user, session: await startSession(user.id) };
    },

    async signIn(input: SignInInput): Promise<{ user: User; session: StartedSession }> {
      const email = input.email.trim().toLowerCase();
      const address = tokens.hash(input.client);
      const pairKey = `sign-in:${email}|${address}`;
      const addressKey = `sign-in-address:${address}`;
      const accountKey = `sign-in-account:${email}`;
      // Counted before the password check, one statement per key (decision 032).
      const pairWait = await limiter.hit(pairKey, limits.signInPerAccountAddress);
      const addressWait = await limiter.hit(addressKey, limits.signInPerAddress);
      const accountWait = await limiter.hit(accountKey, limits.signInPerAccount);
      const found = await users.findCredentials(email);
      let wait = Math.max(pairWait ?? 0, addressWait ?? 0) || null;
      if (wait === null && accountWait !== null) {
        const since = new Date(
          clock.now().getTime() - limits.knownAddressDays * KNOWN_ADDRESS_MS_PER_DAY,
        ).toISOString();
        const known =
          found !== null && (await loginAttempts.isKnownAddress(found.user.id, address, since));
        if (!known) wait = accountWait;
      }
      if (wait !== null) throw rateLimited(wait);
      // Unknown emails cost a hash too, so response times do not reveal which accounts exist.
      dummyHash ??= passwords.hash(ids.newId());
      const valid = await passwords.verify(
        found?.passwordHash ?? (await dummyHash),
        input.password,
      );
      if (!found || !valid) throw new AppError('unauthenticated', WRONG_CREDENTIALS);
      // The attempt was not a failure: this address may try again for this account, and it
      // no longer counts towards the address's or the account's failures.
      await loginAttempts.reset(pairKey);
      await loginAttempts.release(addressKey);
      await loginAttempts.release(accountKey);
      await loginAttempts.rememberAddress(found.user.id, address, clock.now().toISOString());
      await limiter.prune(limits);
      return { user: found.user, session: await startSession(found.user.id) };
    },

    async signOut(token: string): Promise<void> {
      await sessions.delete(tokens.hash(token));
    },

    /**
     * The session's user, or null when the token is unknown or expired. `renewedUntil` is set
     * when this use extended the session (the cookie should be extended too).
     */
    async authenticate(token: string): Promise<AuthenticatedSession | null> {
      const id = tokens.hash(token);
      const found = await sessions.findWithUser(id);
      if (!found) return null;
      const now = clock.now();
      if (Date.parse(found.session.expiresAt) <= now.getTime()) {
        await sessions.delete(id);
        return null;
      }
      if (now.getTime() - Date.parse(found.session.lastSeenAt) < TOUCH_INTERVAL_MS) {
        return { user: found.user, sessionId: id, renewedUntil: null };
      }
      const renewedUntil = new Date(now.getTime() + deps.sessionTtlMs);
      await sessions.touch(id, now.toISOString(), renewedUntil.toISOString());
      return { user: found.user, sessionId: id, renewedUntil };
    },

    async purgeExpiredSessions(): Promise<number> {
      return sessions.deleteExpired(clock.now().toISOString());
    },
  };
}
