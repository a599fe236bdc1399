import type {
  LoginAttemptRepository,
  OrganisationRepository,
  ProfileRepository,
} from '../account/account-ports.ts';
import { createAttemptSharingService } from './attempt-sharing.service.ts';
import { createMeetingInviteService } from './meeting-invite.ts';
import { createMenteeService } from './mentee.service.ts';
import { createMentorDirectoryService } from './mentor-directory.service.ts';
import { createMentorProfileService } from './mentor-profile.service.ts';
import { createMentorTrustService } from './mentor-trust.service.ts';
import { createMentorshipRequestService } from './mentorship-request.service.ts';
import type { MentorshipDeps } from './mentorship-support.ts';
import { createOutreachService } from './outreach.service.ts';
import { createProfileSharingService } from './profile-sharing.service.ts';
import { createRelationshipService } from './relationship.service.ts';

/** Mentorship's use cases (issue 9), grouped for createServices. */
export function createMentorshipServices(
  deps: MentorshipDeps & {
    readonly organisations: OrganisationRepository;
    readonly profiles: ProfileRepository;
    /** Atomic counters: the hourly cap on meeting mail per relationship and recipient. */
    readonly loginAttempts: LoginAttemptRepository;
  },
) {
  return {
    mentors: createMentorProfileService(deps),
    mentees: createMenteeService(deps),
    directory: createMentorDirectoryService(deps),
    trust: createMentorTrustService(deps),
    outreach: createOutreachService(deps),
    requests: createMentorshipRequestService(deps),
    relationships: createRelationshipService(deps),
    sharing: createAttemptSharingService(deps),
    profileSharing: createProfileSharingService(deps),
    invites: createMeetingInviteService(deps),
  };
}
export type MentorshipServices = ReturnType<typeof createMentorshipServices>;
