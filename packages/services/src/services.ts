import { createAccountService } from './account.service.ts';
import { createAuthService, type RateLimit } from './auth.service.ts';
import { createDirectoryService } from './directory.service.ts';
import { createInterviewService } from './interview.service.ts';
import type { InterviewExportDeps } from './interview-export.ts';
import { createMatchService } from './match.service.ts';
import type { InstanceLimits } from './match-problem.ts';
import { createMockInterviewService } from './mock-interview.service.ts';
import type {
  Clock,
  IdGenerator,
  LoginAttemptRepository,
  MatchInstanceRepository,
  MatchRunRepository,
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  SessionTokens,
  UserRepository,
} from './ports.ts';
import { createProfileService } from './profile.service.ts';
import type { SimulationRunner } from './program-ports.ts';
import { createProgramServices, type ProgramPorts } from './programs.services.ts';

export interface ServicesDeps extends InterviewExportDeps {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly organisations: OrganisationRepository;
  readonly profiles: ProfileRepository;
  readonly instances: MatchInstanceRepository;
  readonly runs: MatchRunRepository;
  readonly passwords: PasswordHasher;
  readonly tokens: SessionTokens;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly sessionTtlMs: number;
  readonly signInLimit: RateLimit;
  readonly instanceLimits: InstanceLimits;
  readonly elapsed: () => number;
  readonly programs: ProgramPorts;
  readonly simulationRunner?: SimulationRunner | undefined;
}

export type Services = ReturnType<typeof createServices>;

/** Wires every use case to its ports (the apps' composition roots call this once). */
export function createServices(deps: ServicesDeps) {
  const auth = createAuthService(deps);
  return {
    auth,
    account: createAccountService({ ...deps, auth }),
    profile: createProfileService(deps),
    directory: createDirectoryService(deps),
    match: createMatchService({ ...deps, limits: deps.instanceLimits }),
    interview: createInterviewService(deps),
    mockInterviews: createMockInterviewService(deps),
    programs: createProgramServices(deps),
  };
}
