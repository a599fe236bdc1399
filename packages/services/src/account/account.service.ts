import {
  exportInterviewData,
  type InterviewExport,
  type InterviewExportDeps,
} from '../interview/interview-export.ts';
import type { MatchInstance, MatchRun } from '../match/match-domain.ts';
import type { MatchInstanceRepository, MatchRunRepository } from '../match/match-ports.ts';
import {
  exportProgramData,
  type ProgramDataExport,
  type ProgramPorts,
} from '../programs/programs.services.ts';
import type { Clock } from '../shared/ports.ts';
import type { ApplicantProfile, Organisation, User } from './account-domain.ts';
import type {
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  UserRepository,
} from './account-ports.ts';
import type { AuthService } from './auth.service.ts';

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
