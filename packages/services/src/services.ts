import { createAccountService } from './account/account.service.ts';
import type { RateLimit } from './account/account-domain.ts';
import type {
  LoginAttemptRepository,
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  SessionTokens,
  UserRepository,
} from './account/account-ports.ts';
import type { AttemptLimits } from './account/attempt-limits.ts';
import { createAuthService } from './account/auth.service.ts';
import { createDirectoryService } from './account/directory.service.ts';
import { createProfileService } from './account/profile.service.ts';
import { createInterviewService } from './interview/interview.service.ts';
import type { InterviewExportDeps } from './interview/interview-export.ts';
import { createMockInterviewService } from './interview/mock-interview.service.ts';
import { createMatchService } from './match/match.service.ts';
import type { MatchInstanceRepository, MatchRunRepository } from './match/match-ports.ts';
import type { InstanceLimits } from './match/match-problem.ts';
import type { ProgramPorts, SimulationRunner } from './programs/program-ports.ts';
import { createProgramServices } from './programs/programs.services.ts';
import type { Clock, IdGenerator, Mailer } from './shared/ports.ts';

/** Every repository the services use: packages/db implements them, testing/ fakes them. */
export interface RepositoryPorts extends InterviewExportDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly organisations: OrganisationRepository;
  readonly profiles: ProfileRepository;
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly programs: ProgramPorts;
}

export interface ServicesDeps extends RepositoryPorts {
  readonly passwords: PasswordHasher;
  readonly tokens: SessionTokens;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly sessionTtlMs: number;
  readonly signInLimit: RateLimit;
  readonly attemptLimits?: Partial<AttemptLimits> | undefined;
  readonly instanceLimits: InstanceLimits;
  readonly elapsed: () => number;
  readonly simulationRunner?: SimulationRunner | undefined;
  /** Outgoing mail (SMTP or the database outbox); issue 11 makes the apps always pass one. */
  readonly mailer?: Mailer | undefined;
}

export type Services = ReturnType<typeof createServices>;

/** Wires every use case to its ports (the apps' composition roots call this once). */
export function createServices(deps: ServicesDeps) {
  return {
    auth: createAuthService(deps),
    account: createAccountService(deps),
    profile: createProfileService(deps),
    directory: createDirectoryService(deps),
    match: createMatchService({ ...deps, limits: deps.instanceLimits }),
    interview: createInterviewService(deps),
    mockInterviews: createMockInterviewService(deps),
    programs: createProgramServices(deps),
  };
}
