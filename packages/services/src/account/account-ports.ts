import type {
  OrganisationApproval,
  OrganisationListing,
} from '../organisations/organisation-domain.ts';
import type {
  ApplicantProfile,
  Membership,
  NewUser,
  Organisation,
  Role,
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
  /** Every user (or every user with `role`), oldest first. */
  list(filter?: { readonly role?: Role }): Promise<User[]>;
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

/** One attempt counted against a key: how many the key has made in its current window. */
export interface AttemptCount {
  readonly count: number;
  /** ISO-8601: when the key's current window started. */
  readonly windowStart: string;
}

/**
 * Attempt limits (sign-in, password confirmation, sign-up), kept in the database so restarts and
 * several server processes share them (decision 032).
 */
export interface LoginAttemptRepository {
  /**
   * Counts one attempt against `key` and returns the key's attempts in its window, in ONE
   * statement (an upsert), so parallel requests each see a distinct count and cannot all pass a
   * check made before any of them is recorded. A window that started at or before `expiredBefore`
   * is restarted at `now`.
   */
  hit(key: string, now: string, expiredBefore: string): Promise<AttemptCount>;
  /** Takes one attempt back (a sign-in that succeeded was not a failure). */
  release(key: string): Promise<void>;
  /** Forgets the key (the owner proved the password from this address). */
  reset(key: string): Promise<void>;
  /** Drops counters whose window started at or before `before`. */
  deleteBefore(before: string): Promise<number>;
  /** Records that the user signed in from this (hashed) address. */
  rememberAddress(userId: string, addressHash: string, at: string): Promise<void>;
  /** Whether the user signed in from this (hashed) address after `since`. */
  isKnownAddress(userId: string, addressHash: string, since: string): Promise<boolean>;
}

export interface OrganisationRepository {
  findMembership(userId: string): Promise<Membership | null>;
  countMembers(organisationId: string): Promise<number>;
  /** The organisation's approval (decision 040); null when there is no such organisation. */
  findApproval(organisationId: string): Promise<OrganisationApproval | null>;
  /** Replaces the approval; false when there is no such organisation. */
  setApproval(organisationId: string, approval: OrganisationApproval): Promise<boolean>;
  /** Every organisation with its approval, admins' emails and member count, oldest first. */
  list(): Promise<OrganisationListing[]>;
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
