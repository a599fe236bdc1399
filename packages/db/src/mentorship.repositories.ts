import type { MentorshipPorts } from '@matchready/services';
import type { Kysely } from 'kysely';
import {
  createMenteeRepository,
  createMentorProfileRepository,
  createTrustRepository,
  createWaitlistRepository,
} from './mentorship-people.repository.ts';
import {
  createRelationshipRepository,
  createRequestRepository,
} from './mentorship-requests.repository.ts';
import {
  createCommentRepository,
  createTrackerRepositories,
} from './mentorship-tracker.repository.ts';
import { createProfileShareRepository } from './profile-share.repository.ts';
import type { Database } from './schema.ts';

/** Mentorship repositories, grouped as the services' MentorshipPorts. */
export function createMentorshipRepositories(db: Kysely<Database>): MentorshipPorts {
  return {
    mentors: createMentorProfileRepository(db),
    mentees: createMenteeRepository(db),
    requests: createRequestRepository(db),
    relationships: createRelationshipRepository(db),
    ...createTrackerRepositories(db),
    comments: createCommentRepository(db),
    waitlist: createWaitlistRepository(db),
    trust: createTrustRepository(db),
    profileShares: createProfileShareRepository(db),
  };
}
