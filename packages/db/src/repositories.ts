import type { RepositoryPorts } from '@matchready/services';
import type { Kysely } from 'kysely';
import { createInterviewAttemptRepository } from './interview-attempt.repository.ts';
import { createLoginAttemptRepository } from './login-attempt.repository.ts';
import { createOutboxRepository, createPasswordResetRepository } from './mail.repositories.ts';
import { createMatchInstanceRepository } from './match-instance.repository.ts';
import { createMatchRunRepository } from './match-run.repository.ts';
import { createMentorshipRepositories } from './mentorship.repositories.ts';
import { createMentorshipProgramRepository } from './mentorship-program.repository.ts';
import { createMockInterviewRepository } from './mock-interview.repository.ts';
import { createOrganisationRepository } from './organisation.repository.ts';
import { createPracticeCardRepository } from './practice-card.repository.ts';
import { createProfileRepository } from './profile.repository.ts';
import { createProgramRepositories } from './programs.repositories.ts';
import type { Database } from './schema.ts';
import { createSessionRepository } from './session.repository.ts';
import { createTimelineRepository } from './timeline.repository.ts';
import { createUserRepository } from './user.repository.ts';

/** The services' repository ports, implemented on one Kysely database (SQLite or PostgreSQL). */
export type Repositories = RepositoryPorts;

export function createRepositories(db: Kysely<Database>): Repositories {
  return {
    users: createUserRepository(db),
    sessions: createSessionRepository(db),
    loginAttempts: createLoginAttemptRepository(db),
    organisations: createOrganisationRepository(db),
    profiles: createProfileRepository(db),
    instances: createMatchInstanceRepository(db),
    runs: createMatchRunRepository(db),
    interviewAttempts: createInterviewAttemptRepository(db),
    practiceCards: createPracticeCardRepository(db),
    mockInterviews: createMockInterviewRepository(db),
    programs: createProgramRepositories(db),
    mentorship: createMentorshipRepositories(db),
    mentorshipPrograms: createMentorshipProgramRepository(db),
    passwordResets: createPasswordResetRepository(db),
    outbox: createOutboxRepository(db),
    timeline: createTimelineRepository(db),
  };
}
