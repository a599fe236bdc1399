import type { AuthService } from './auth.service.ts';
import type { ApplicantProfile, MatchInstance, MatchRun, Organisation, User } from './domain.ts';
import {
  exportInterviewData,
  type InterviewExport,
  type InterviewExportDeps,
} from './interview-export.ts';
import type {
  Clock,
  MatchInstanceRepository,
  MatchRunRepository,
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  UserRepository,
} from './ports.ts';
import {
  exportProgramData,
  type ProgramDataExport,
  type ProgramPorts,
} from './programs.services.ts';

export interface AccountExport extends InterviewExport {
  readonly exportedAt: string;
  readonly user: User;
  readonly organisation: Organisation | null;
  readonly profile: ApplicantProfile | null;
  readonly matchInstances: MatchInstance[];
  readonly matchRuns: MatchRun[];
  readonly programs: ProgramDataExport;
}

export interface AccountServiceDeps extends InterviewExportDeps {
  readonly auth: Pick<AuthService, 'confirmPassword'>;
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly organisations: OrganisationRepository;
  readonly profiles: ProfileRepository;
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly passwords: PasswordHasher;
  readonly clock: Clock;
  readonly programs: ProgramPorts;
}

export type AccountService = ReturnType<typeof createAccountService>;

export function createAccountService(deps: AccountServiceDeps) {
  return {
    /** Changes the password and ends every other session of the user. */
    async changePassword(
      user: User,
      currentSessionId: string,
      input: { currentPassword: string; newPassword: string },
    ): Promise<void> {
      await deps.auth.confirmPassword(user, input.currentPassword, 'currentPassword');
      await deps.users.updatePasswordHash(user.id, await deps.passwords.hash(input.newPassword));
      await deps.sessions.deleteForUser(user.id, currentSessionId);
    },

    /** Deletes the user and everything they own (the database cascades from the user row). */
    async deleteAccount(user: User, password: string): Promise<void> {
      await deps.auth.confirmPassword(user, password, 'password');
      await deps.users.delete(user.id);
    },

    async exportData(user: User): Promise<AccountExport> {
      const [membership, profile, instances, runs] = await Promise.all([
        deps.organisations.findMembership(user.id),
        deps.profiles.find(user.id),
        deps.instances.listRecordsByOwner(user.id),
        deps.runs.listByOwner(user.id),
      ]);
      return {
        exportedAt: deps.clock.now().toISOString(),
        user,
        organisation: membership?.organisation ?? null,
        profile,
        matchInstances: instances.map(({ ownerId: _owner, ...instance }) => instance),
        matchRuns: runs,
        ...(await exportInterviewData(deps, user)),
        programs: await exportProgramData(deps.programs, user),
      };
    },
  };
}
