/** A reset link's stored half: the sha-256 of the emailed token, never the token itself. */
export interface PasswordReset {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface PasswordResetRepository {
  create(reset: PasswordReset): Promise<void>;
  /**
   * In one transaction: uses the reset (unused and `expiresAt` after `now`), sets the user's
   * password hash, ends every session of the user and voids their other unused resets. The
   * user's id, or null when the token is unknown, used or expired (then nothing changes).
   */
  consume(tokenHash: string, now: string, passwordHash: string): Promise<string | null>;
  /** Removes resets that expired before `before`; how many. */
  deleteExpired(before: string): Promise<number>;
}
