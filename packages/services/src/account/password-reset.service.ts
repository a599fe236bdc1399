import { AppError } from '../shared/app-error.ts';
import type { Clock, Mailer } from '../shared/ports.ts';
import type { RateLimit } from './account-domain.ts';
import type {
  LoginAttemptRepository,
  PasswordHasher,
  SessionTokens,
  UserRepository,
} from './account-ports.ts';
import { createAttemptLimiter } from './attempt-limits.ts';
import type { PasswordResetRepository } from './password-reset-ports.ts';

/** A reset link works once, for one hour. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Requests per email address, and per client address, in the sign-in window (the login-attempt
 * table is pruned to that window). Counted for unknown addresses too, so a 429 reveals nothing.
 */
export const RESET_REQUESTS_PER_EMAIL = 3;
export const RESET_REQUESTS_PER_CLIENT = 10;
/** Wrong or stale tokens per client address before confirmations are refused for a while. */
export const RESET_CONFIRM_FAILURES = 10;

export interface PasswordResetDeps {
  readonly users: UserRepository;
  readonly passwordResets: PasswordResetRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly passwords: PasswordHasher;
  /** Random 256-bit secrets and their sha-256 (the same adapter as session cookies). */
  readonly tokens: SessionTokens;
  readonly mailer: Mailer;
  readonly clock: Clock;
  readonly signInLimit: RateLimit;
  /** Where links in mail point, e.g. https://match.example.org. */
  readonly publicOrigin: string;
  /** Mail goes out after the answer is decided; a failure is reported here, never to the caller. */
  readonly onMailError?: ((error: unknown) => void) | undefined;
}

const INVALID_LINK = 'This reset link is invalid, already used or expired. Ask for a new one.';

export type PasswordResetService = ReturnType<typeof createPasswordResetService>;

export function resetMail(origin: string, token: string) {
  const link = `${origin}/reset-password?token=${encodeURIComponent(token)}`;
  return {
    link,
    subject: 'Reset your MatchReady password',
    text: [
      'Someone (hopefully you) asked to reset the password of this MatchReady account.',
      '',
      `Choose a new password here: ${link}`,
      '',
      'The link works once and expires in one hour. Using it signs you out everywhere.',
      'If you did not ask for this, ignore this email: your password stays as it is.',
    ].join('\n'),
  };
}

export function createPasswordResetService(deps: PasswordResetDeps) {
  const { clock, loginAttempts } = deps;
  const window = (max: number): RateLimit => ({
    maxFailures: max,
    windowMs: deps.signInLimit.windowMs,
  });

  // Every request is counted before anything else happens (one statement per key, decision
  // 032), so parallel requests cannot all slip under the limit.
  const limiter = createAttemptLimiter(loginAttempts, clock);

  return {
    /**
     * Emails a single-use link when the address has an account. Known and unknown addresses get
     * the same answer (nothing), and the same limits.
     */
    async request(input: { readonly email: string; readonly client: string }): Promise<void> {
      const email = input.email.trim().toLowerCase();
      const emailKey = `password-reset:${email}`;
      const clientKey = `password-reset-client:${input.client}`;
      await limiter.enforce(emailKey, window(RESET_REQUESTS_PER_EMAIL));
      await limiter.enforce(clientKey, window(RESET_REQUESTS_PER_CLIENT));
      const now = clock.now();

      const found = await deps.users.findCredentials(email);
      if (!found) return;
      const token = deps.tokens.generate();
      await deps.passwordResets.create({
        tokenHash: deps.tokens.hash(token),
        userId: found.user.id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + PASSWORD_RESET_TTL_MS).toISOString(),
      });
      await deps.passwordResets.deleteExpired(now.toISOString());
      const mail = resetMail(deps.publicOrigin, token);
      // Not awaited: an SMTP round trip only for known addresses would tell them apart by time.
      deps.mailer
        .send({
          to: found.user.email,
          subject: mail.subject,
          text: mail.text,
          kind: 'password-reset',
        })
        .catch((error: unknown) => deps.onMailError?.(error));
    },

    /** Sets the new password and ends every session of the account; the link is then used up. */
    async confirm(input: {
      readonly token: string;
      readonly password: string;
      readonly client: string;
    }): Promise<void> {
      const key = `password-reset-confirm:${input.client}`;
      await limiter.enforce(key, window(RESET_CONFIRM_FAILURES));
      const passwordHash = await deps.passwords.hash(input.password);
      const now = clock.now().toISOString();
      const userId = await deps.passwordResets.consume(
        deps.tokens.hash(input.token),
        now,
        passwordHash,
      );
      if (userId === null) {
        throw new AppError('invalid-input', INVALID_LINK, {
          issues: [{ code: 'invalid-token', path: ['token'], message: INVALID_LINK }],
        });
      }
      // Only wrong or stale links count against the address.
      await loginAttempts.release(key);
    },
  };
}
