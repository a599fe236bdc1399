// Attempt limits (issue 12, decision 032). Every attempt is counted BEFORE the password is
// checked, in one statement per key (LoginAttemptRepository.hit), so a burst of parallel requests
// cannot all pass the check: exactly `maxFailures` of them reach the password check.
import type { Clock } from '../shared/ports.ts';
import { type RateLimit, rateLimited } from './account-domain.ts';
import type { LoginAttemptRepository } from './account-ports.ts';

const MINUTE = 60 * 1000;

export interface AttemptLimits {
  /** Failed sign-ins for one account from one address (the owner's own typos). */
  readonly signInPerAccountAddress: RateLimit;
  /** Failed sign-ins from one address across all accounts (password spraying). */
  readonly signInPerAddress: RateLimit;
  /**
   * Failed sign-ins for one account from every address together (a distributed guess). Reaching
   * it blocks unknown addresses only: an address the owner signed in from within
   * `knownAddressDays` keeps its own per-address budget, so a stranger cannot lock the owner out.
   */
  readonly signInPerAccount: RateLimit;
  /** Wrong current passwords when changing the password or deleting the account, per user. */
  readonly confirmPassword: RateLimit;
  /** Sign-up attempts from one address. */
  readonly signUpPerAddress: RateLimit;
  readonly knownAddressDays: number;
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = {
  signInPerAccountAddress: { maxFailures: 5, windowMs: 15 * MINUTE },
  signInPerAddress: { maxFailures: 30, windowMs: 15 * MINUTE },
  signInPerAccount: { maxFailures: 30, windowMs: 15 * MINUTE },
  confirmPassword: { maxFailures: 5, windowMs: 15 * MINUTE },
  signUpPerAddress: { maxFailures: 10, windowMs: 60 * MINUTE },
  knownAddressDays: 90,
};

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;

export function createAttemptLimiter(repo: LoginAttemptRepository, clock: Clock) {
  return {
    /**
     * Counts one attempt against `key`; returns the seconds to wait when this attempt is over the
     * limit, null when it may go ahead.
     */
    async hit(key: string, limit: RateLimit): Promise<number | null> {
      const now = clock.now();
      const expiredBefore = new Date(now.getTime() - limit.windowMs).toISOString();
      const { count, windowStart } = await repo.hit(key, now.toISOString(), expiredBefore);
      if (count <= limit.maxFailures) return null;
      const reopens = Date.parse(windowStart) + limit.windowMs;
      return Math.max(1, Math.ceil((reopens - now.getTime()) / 1000));
    },

    /** Throws rate-limited when the attempt is over the limit. */
    async enforce(key: string, limit: RateLimit): Promise<void> {
      const retryAfter = await this.hit(key, limit);
      if (retryAfter !== null) throw rateLimited(retryAfter);
    },

    /** Drops counters older than the longest window (housekeeping, on a sign-in). */
    async prune(limits: AttemptLimits): Promise<void> {
      const longest = Math.max(
        limits.signInPerAccountAddress.windowMs,
        limits.signInPerAddress.windowMs,
        limits.signInPerAccount.windowMs,
        limits.confirmPassword.windowMs,
        limits.signUpPerAddress.windowMs,
      );
      await repo.deleteBefore(new Date(clock.now().getTime() - longest).toISOString());
    },
  };
}
