import {
  exportInterviewData,
  type InterviewExport,
  type InterviewExportDeps,
} from '../interview/interview-export.ts';
import type { MatchInstance, MatchRun } from '../match/match-domain.ts';
import type { MatchInstanceRepository, MatchRunRepository } from '../match/match-ports.ts';
import { exportProgramData, type ProgramDataExport } from '../programs/program-data-export.ts';
import type { ProgramPorts } from '../programs/program-ports.ts';
import { AppError } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import { exportTimelineData, type TimelineExport } from '../timeline/timeline-export.ts';
import type { TimelineRepository } from '../timeline/timeline-ports.ts';
import type { ApplicantProfile, Organisation, RateLimit, User } from './account-domain.ts';
import type {
  LoginAttemptRepository,
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  UserRepository,
} from './account-ports.ts';
import {
  type AttemptLimits,
  createAttemptLimiter,
  DEFAULT_ATTEMPT_LIMITS,
} from './attempt-limits.ts';

export interface AccountExport extends InterviewExport {
  readonly exportedAt: string;
  readonly user: User;
  readonly organisation: Organisation | null;
  readonly profile: ApplicantProfile | null;
  readonly matchInstances: MatchInstance[];
  readonly matchRuns: MatchRun[];
  readonly programs: ProgramDataExport;
  readonly timeline: TimelineExport;
}

export interface AccountServiceDeps extends InterviewExportDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly organisations: OrganisationRepository;
  readonly profiles: ProfileRepository;
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly passwords: PasswordHasher;
  readonly clock: Clock;
  readonly signInLimit: RateLimit;
  /** AttemptLimits.confirmPassword limits wrong current passwords; defaults when left out. */
  readonly attemptLimits?: Partial<AttemptLimits> | undefined;
  readonly programs: ProgramPorts;
  readonly timeline: TimelineRepository;
}

export type AccountService = ReturnType<typeof createAccountService>;

export function createAccountService(deps: AccountServiceDeps) {
  const { users, loginAttempts, passwords, clock } = deps;
  const limit = deps.attemptLimits?.confirmPassword ?? DEFAULT_ATTEMPT_LIMITS.confirmPassword;
  const limiter = createAttemptLimiter(loginAttempts, clock);

  /**
   * Verifies a signed-in user's password for a sensitive action. The attempt is counted before
   * the check (one statement), so parallel wrong passwords cannot beat the limit.
   */
  async function confirmPassword(user: User, password: string, field: string): Promise<void> {
    const key = `confirm:${user.id}`;
    await limiter.enforce(key, limit);
    const hash = await users.findPasswordHash(user.id);
    if (hash === null) throw new AppError('unauthenticated', 'Your session has ended');
    if (!(await passwords.verify(hash, password))) {
      throw new AppError('invalid-input', 'The password is incorrect', {
        issues: [{ code: 'incorrect', path: [field], message: 'The password is incorrect' }],
      });
    }
    await loginAttempts.reset(key);
  }

  return {
    /** Changes the password and ends every other session of the user. */
    async changePassword(
      user: User,
      currentSessionId: string,
      input: { currentPassword: string; newPassword: string },
    ): Promise<void> {
      await confirmPassword(user, input.currentPassword, 'currentPassword');
      await users.updatePasswordHash(user.id, await passwords.hash(input.newPassword));
      await deps.sessions.deleteForUser(user.id, currentSessionId);
    },

    /** Deletes the user and everything they own (the database cascades from the user row). */
    async deleteAccount(user: User, password: string): Promise<void> {
      await confirmPassword(user, password, 'password');
      await users.delete(user.id);
    },

    async exportData(user: User): Promise<AccountExport> {
      const [membership, profile, instances, runs] = await Promise.all([
        deps.organisations.findMembership(user.id),
        deps.profiles.find(user.id),
        deps.instances.listRecordsByOwner(user.id),
        deps.runs.listByOwner(user.id),
      ]);
      return {
        exportedAt: clock.now().toISOString(),
        user,
        organisation: membership?.organisation ?? null,
        profile,
        matchInstances: instances.map(({ ownerId: _owner, ...instance }) => instance),
        matchRuns: runs,
        ...(await exportInterviewData(deps, user)),
        programs: await exportProgramData(deps.programs, user),
        timeline: await exportTimelineData(deps.timeline, user),
      };
    },
  };
}
