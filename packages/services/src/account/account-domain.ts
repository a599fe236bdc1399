import { AppError } from '../shared/app-error.ts';

/** Accounts as the services speak them; repositories map rows to these and back. */

export type Role = 'applicant' | 'mentor' | 'organisation-admin' | 'site-admin';
export type SignUpRole = Exclude<Role, 'site-admin'>;

export interface User {
  readonly id: string;
  /** Stored lower-cased: emails are unique case-insensitively. */
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly organisationId: string | null;
  readonly isDemo: boolean;
}

export interface NewUser extends Omit<User, 'organisationId'> {
  readonly passwordHash: string;
}

export interface Session {
  /** sha-256 of the token: a leaked database does not leak usable sessions. */
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly lastSeenAt: string;
}

export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
}

export type MembershipRole = 'admin' | 'member';

export interface Membership {
  readonly organisation: Organisation;
  readonly role: MembershipRole;
}

export type ExamStatus = 'not-taken' | 'passed' | 'failed';

/** The applicant's self-reported profile; null = not answered. Visible to its owner only. */
export interface ApplicantProfileFields {
  readonly countryOfTraining: string | null;
  readonly medicalSchool: string | null;
  readonly graduationYear: number | null;
  readonly applicantType: 'non-us-img' | 'us-img' | null;
  readonly step1: ExamStatus | null;
  readonly step1Attempts: number | null;
  readonly step2Score: number | null;
  readonly step2Attempts: number | null;
  readonly step3: ExamStatus | null;
  readonly ecfmgStatus: 'not-started' | 'in-progress' | 'certified' | null;
  readonly pathway: 'not-needed' | 'not-started' | 'in-progress' | 'completed' | null;
  readonly oetStatus: 'not-needed' | 'not-taken' | 'passed' | null;
  readonly visaNeed: 'none' | 'j1' | 'h1b' | null;
  readonly usceMonths: number | null;
  readonly researchItems: number | null;
  readonly specialties: readonly string[];
  readonly preferredStates: readonly string[];
}

export interface ApplicantProfile extends ApplicantProfileFields {
  readonly isDemo: boolean;
  readonly updatedAt: string;
}

/** Input to a profile save: anything left out (or null) is "not answered". */
export type ApplicantProfileInput = {
  readonly [K in keyof ApplicantProfileFields]?: ApplicantProfileFields[K] | null | undefined;
};

/** At most `maxFailures` failed password checks per key in a sliding window of `windowMs`. */
export interface RateLimit {
  readonly maxFailures: number;
  readonly windowMs: number;
}

/** Where the window of `limit` starts at `now` (ISO-8601): failures before it no longer count. */
export const windowStart = (limit: RateLimit, now: Date): string =>
  new Date(now.getTime() - limit.windowMs).toISOString();

/**
 * Seconds until the key may try again when its failures in the window (oldest first) have used
 * up the limit; null when it may try now.
 */
export function retryAfterSeconds(
  failures: readonly string[],
  limit: RateLimit,
  now: Date,
): number | null {
  if (failures.length < limit.maxFailures) return null;
  const oldest = Date.parse(failures[failures.length - limit.maxFailures] as string);
  return Math.max(1, Math.ceil((oldest + limit.windowMs - now.getTime()) / 1000));
}

/** "in 40 seconds", "in 1 minute", "in 15 minutes", "in 2 hours": how long a lockout lasts. */
export function waitPhrase(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `in ${s} second${s === 1 ? '' : 's'}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 90) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  return `in ${hours} hour${hours === 1 ? '' : 's'}`;
}

export const rateLimited = (retryAfterSeconds: number): AppError =>
  new AppError('rate-limited', `Too many attempts. Try again ${waitPhrase(retryAfterSeconds)}.`, {
    retryAfterSeconds,
  });

export const emailTaken = (): AppError =>
  new AppError('conflict', 'An account with this email already exists', {
    issues: [{ code: 'taken', path: ['email'], message: 'This email is already registered' }],
  });
