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
import { createPasswordResetService } from './account/password-reset.service.ts';
import type { PasswordResetRepository } from './account/password-reset-ports.ts';
import { createProfileService } from './account/profile.service.ts';
import { createInterviewService } from './interview/interview.service.ts';
import type { InterviewExportDeps } from './interview/interview-export.ts';
import { createMockInterviewService } from './interview/mock-interview.service.ts';
import type { OutboxRepository } from './mail/mail-ports.ts';
import { createOutboxService } from './mail/outbox.service.ts';
import { createInProcessMatchEngine } from './match/in-process-match-engine.ts';
import { createMatchService } from './match/match.service.ts';
import type {
  MatchEngine,
  MatchInstanceRepository,
  MatchRunRepository,
} from './match/match-ports.ts';
import type { InstanceLimits } from './match/match-problem.ts';
import type { MeetingInviteWriter } from './mentorship/meeting-invite-writer.ts';
import { createMentorshipServices } from './mentorship/mentorship.services.ts';
import type { MentorshipPorts } from './mentorship/mentorship-ports.ts';
import { createInProcessAssignmentRunner } from './mentorship-programs/in-process-assignment-runner.ts';
import { createMentorshipProgramService } from './mentorship-programs/mentorship-program.service.ts';
import type {
  AssignmentRunner,
  MentorshipProgramRepository,
} from './mentorship-programs/mentorship-program-ports.ts';
import { createProgramDraftService } from './mentorship-programs/program-draft.service.ts';
import { createProgramInvitationService } from './mentorship-programs/program-invitation.service.ts';
import { createProgramParticipantService } from './mentorship-programs/program-participant.service.ts';
import { createPulseReminderService } from './mentorship-programs/pulse-reminders.service.ts';
import { createOrganisationAdminService } from './organisations/organisation-admin.service.ts';
import type { ProgramPorts, SimulationRunner } from './programs/program-ports.ts';
import { createProgramServices } from './programs/programs.services.ts';
import type { Clock, IdGenerator, Mailer } from './shared/ports.ts';
import { createDigestService } from './timeline/digest.service.ts';
import { createTimelineService } from './timeline/timeline.service.ts';
import type { TimelineRepository } from './timeline/timeline-ports.ts';

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
  readonly mentorship: MentorshipPorts;
  readonly mentorshipPrograms: MentorshipProgramRepository;
  readonly passwordResets: PasswordResetRepository;
  readonly outbox: OutboxRepository;
  readonly timeline: TimelineRepository;
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
  /** Solves match runs and explanations; in process when not given (decision 042). */
  readonly matchEngine?: MatchEngine | undefined;
  /** Solves program drafts off the request path; in process when not given. */
  readonly assignmentRunner?: AssignmentRunner | undefined;
  /** Outgoing mail: SMTP when configured, else the database outbox (decision 030). */
  readonly mailer: Mailer;
  /** Writes the .ics attached to booking mail (decision 048); none: the mail has no invite. */
  readonly meetingInvite?: MeetingInviteWriter | undefined;
  /** Where links in mail point (PUBLIC_ORIGIN, or the local address). */
  readonly publicOrigin: string;
  /** Mail sent in the background that failed (the apps log it). */
  readonly onMailError?: ((error: unknown) => void) | undefined;
}

export type Services = ReturnType<typeof createServices>;

/** Wires every use case to its ports (the apps' composition roots call this once). */
export function createServices(deps: ServicesDeps) {
  return {
    auth: createAuthService(deps),
    account: createAccountService(deps),
    profile: createProfileService(deps),
    directory: createDirectoryService(deps),
    match: createMatchService({
      ...deps,
      limits: deps.instanceLimits,
      engine: deps.matchEngine ?? createInProcessMatchEngine(),
    }),
    interview: createInterviewService(deps),
    mockInterviews: createMockInterviewService(deps),
    programs: createProgramServices(deps),
    mentorship: createMentorshipServices(deps),
    mentorshipPrograms: createMentorshipProgramService(deps),
    programDrafts: createProgramDraftService({
      ...deps,
      assignmentRunner: deps.assignmentRunner ?? createInProcessAssignmentRunner(),
    }),
    programInvitations: createProgramInvitationService(deps),
    programParticipants: createProgramParticipantService(deps),
    pulseReminders: createPulseReminderService(deps),
    passwordReset: createPasswordResetService(deps),
    outbox: createOutboxService(deps),
    timeline: createTimelineService(deps),
    digest: createDigestService(deps),
    organisations: createOrganisationAdminService(deps),
  };
}
