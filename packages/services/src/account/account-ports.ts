import type {
  ApplicantProfile,
  Membership,
  NewUser,
  Organisation,
  Session,
  User,
} from './account-domain.ts';

/** Ports of accounts: packages/db implements the repositories, the apps the hasher and tokens. */

export interface UserRepository {
  /**
   * Creates the user and, for organisation admins, their organisation, in one transaction.
   * 'email-taken' when the (lower-cased) email is already registered.
   */
  create(user: NewUser, organisation?: Organisation): Promise<User | 'email-taken'>;
  findById(id: string): Promise<User | null>;
  /** The user and their password hash, by lower-cased email. */
  findCredentials(email: string): Promise<{ user: User; passwordHash: string } | null>;
  findPasswordHash(userId: string): Promise<string | null>;
  updatePasswordHash(userId: string, passwordHash: string): Promise<void>;
  /** Deletes the user; their sessions, profile, instances, runs, memberships and owned organisation go with them. */
  delete(userId: string): Promise<boolean>;
  /** Every user, oldest first. */
  list(): Promise<User[]>;
}

export interface SessionRepository {
  create(session: Session): Promise<void>;
  findWithUser(id: string): Promise<{ session: Session; user: User } | null>;
  touch(id: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Ends every session of the user except `keepId`. */
  deleteForUser(userId: string, keepId?: string): Promise<number>;
  deleteExpired(now: string): Promise<number>;
}

/** Failed sign-in attempts, for rate limiting (kept in the database so restarts do not reset it). */
export interface LoginAttemptRepository {
  record(key: string, attemptedAt: string): Promise<void>;
  /** Timestamps of the key's failures strictly after `since`, oldest first. */
  failuresSince(key: string, since: string): Promise<string[]>;
  clear(key: string): Promise<void>;
  deleteBefore(before: string): Promise<number>;
}

export interface OrganisationRepository {
  findMembership(userId: string): Promise<Membership | null>;
  countMembers(organisationId: string): Promise<number>;
}

export interface ProfileRepository {
  find(userId: string): Promise<ApplicantProfile | null>;
  save(userId: string, profile: ApplicantProfile): Promise<void>;
}

/** Password hashing (argon2id in the server); never hand-rolled. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** Session tokens: random secrets for the cookie, and the hash under which they are stored. */
export interface SessionTokens {
  generate(): string;
  hash(token: string): string;
}
