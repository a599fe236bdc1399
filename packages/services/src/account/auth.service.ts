import { AppError } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import {
  emailTaken,
  type RateLimit,
  rateLimited,
  retryAfterSeconds,
  type SignUpRole,
  type User,
  windowStart,
} from './account-domain.ts';
import type {
  LoginAttemptRepository,
  PasswordHasher,
  SessionRepository,
  SessionTokens,
  UserRepository,
} from './account-ports.ts';

export interface SignUpInput {
  readonly email: string;
  readonly password: string;
  readonly displayName: string;
  readonly role: SignUpRole;
  readonly organisationName?: string | undefined;
}

export interface SignInInput {
  readonly email: string;
  readonly password: string;
  /** Who is asking (the client address): failures are counted per email and client. */
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
  readonly signInLimit: RateLimit;
}

/** Avoids a database write per request while keeping the sliding expiry accurate enough. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

const WRONG_CREDENTIALS = 'Email or password is incorrect';

export type AuthService = ReturnType<typeof createAuthService>;

export function createAuthService(deps: AuthServiceDeps) {
  const { users, sessions, loginAttempts, passwords, tokens, clock, ids } = deps;
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

  /** Throws rate-limited when `key` has used up its failures in the window. */
  async function checkLimit(key: string): Promise<void> {
    const now = clock.now();
    const failures = await loginAttempts.failuresSince(key, windowStart(deps.signInLimit, now));
    const retryAfter = retryAfterSeconds(failures, deps.signInLimit, now);
    if (retryAfter !== null) throw rateLimited(retryAfter);
  }

  async function recordFailure(key: string): Promise<void> {
    const now = clock.now();
    await loginAttempts.record(key, now.toISOString());
    await loginAttempts.deleteBefore(windowStart(deps.signInLimit, now));
  }

  return {
    async signUp(input: SignUpInput): Promise<{ user: User; session: StartedSession }> {
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
      return { user, session: await startSession(user.id) };
    },

    async signIn(input: SignInInput): Promise<{ user: User; session: StartedSession }> {
      const email = input.email.trim().toLowerCase();
      const key = `sign-in:${email}|${input.client}`;
      await checkLimit(key);
      const found = await users.findCredentials(email);
      // Unknown emails cost a hash too, so response times do not reveal which accounts exist.
      dummyHash ??= passwords.hash(ids.newId());
      const valid = await passwords.verify(
        found?.passwordHash ?? (await dummyHash),
        input.password,
      );
      if (!found || !valid) {
        await recordFailure(key);
        throw new AppError('unauthenticated', WRONG_CREDENTIALS);
      }
      await loginAttempts.clear(key);
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
