import {
  api,
  ENDPOINTS,
  type EndpointDefinition,
  isMentorshipEndpoint,
  type MentorshipEndpointId,
  pathFor,
} from '@matchready/contract';
import { createArgon2Hasher, createRepositories } from '@matchready/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeServices } from './compose.ts';
import { createAgent, createTestApp, type TestApp } from './test-app.ts';
import {
  buildMentorshipWorld,
  FIRST_MESSAGE,
  MENTEE_PREFERENCES,
  MENTOR_PROFILE,
  type MentorshipWorld,
} from './testing/mentorship-world.ts';

const ACTORS = [
  'anonymous',
  'mentee',
  'other mentee',
  'mentor',
  'other mentor',
  'org admin',
  'site admin',
] as const;
type Actor = (typeof ACTORS)[number];
const ROLE: Record<Exclude<Actor, 'anonymous'>, string> = {
  mentee: 'applicant',
  'other mentee': 'applicant',
  mentor: 'mentor',
  'other mentor': 'mentor',
  'org admin': 'organisation-admin',
  'site admin': 'site-admin',
};

/**
 * Who gets the success status among the actors the contract lets in; everyone else it lets in
 * gets 404 (another pair's or user's record looks like an unknown id).
 * - any: every allowed role (the caller's own data, or shared data such as the directory);
 * - pair: the mentee and the mentor of the world's relationship;
 * - mentee / mentor: only that one person (their own request, goal, share…);
 * - verifier: the site admin and the admin of the mentor's organisation.
 */
type Owners = 'any' | 'pair' | 'mentee' | 'mentor' | 'verifier';

interface Entry {
  readonly owners: Owners;
  request(w: MentorshipWorld): { path: string; body?: unknown };
}

const at = (endpoint: EndpointDefinition, id: string, body?: unknown) => ({
  path: pathFor(endpoint, { id }),
  ...(body === undefined ? {} : { body }),
});
const plain = (endpoint: EndpointDefinition, body?: unknown) => () => ({
  path: endpoint.path,
  ...(body === undefined ? {} : { body }),
});

const MATRIX: Record<MentorshipEndpointId, Entry> = {
  getMyMentorProfile: { owners: 'any', request: plain(api.getMyMentorProfile) },
  putMyMentorProfile: { owners: 'any', request: plain(api.putMyMentorProfile, MENTOR_PROFILE) },
  setMentorAccepting: {
    owners: 'any',
    request: plain(api.setMentorAccepting, { acceptingRequests: false }),
  },
  getMenteePreferences: { owners: 'any', request: plain(api.getMenteePreferences) },
  putMenteePreferences: {
    owners: 'any',
    request: plain(api.putMenteePreferences, MENTEE_PREFERENCES),
  },
  createGoal: { owners: 'any', request: plain(api.createGoal, { text: 'A poster' }) },
  updateGoal: {
    owners: 'mentee',
    request: (w) => at(api.updateGoal, w.goalId, { status: 'in-progress' }),
  },
  searchMentors: { owners: 'any', request: plain(api.searchMentors) },
  getMentor: { owners: 'any', request: (w) => at(api.getMentor, w.mentor.userId) },
  listMentorSlots: { owners: 'any', request: (w) => at(api.listMentorSlots, w.mentor.userId) },
  verifyMentor: {
    owners: 'verifier',
    request: (w) => at(api.verifyMentor, w.mentor.userId, { verified: true }),
  },
  reportMentor: {
    owners: 'any',
    request: (w) => at(api.reportMentor, w.mentor.userId, { reason: 'Asked me for money' }),
  },
  blockMentor: { owners: 'any', request: (w) => at(api.blockMentor, w.mentor.userId) },
  unblockMentor: { owners: 'any', request: (w) => at(api.unblockMentor, w.mentor.userId) },
  listMentorReports: { owners: 'any', request: plain(api.listMentorReports) },
  checkOutreach: { owners: 'any', request: plain(api.checkOutreach, { text: FIRST_MESSAGE }) },
  composeOutreach: {
    owners: 'any',
    request: (w) => ({
      path: api.composeOutreach.path,
      body: {
        mentorId: w.mentor.userId,
        trainedAt: 'Grant Medical College in India',
        applyingTo: 'internal medicine',
        connection: { kind: 'shared-country', detail: 'India' },
        ask: { kind: 'call', minutes: 15, topic: 'how you chose programs' },
      },
    }),
  },
  listMentorshipRequests: { owners: 'any', request: plain(api.listMentorshipRequests) },
  createMentorshipRequest: {
    owners: 'any',
    request: (w) => ({
      path: api.createMentorshipRequest.path,
      // A mentor with free places and no link to either mentee.
      body: { mentorId: w.freeMentorId, message: FIRST_MESSAGE },
    }),
  },
  withdrawMentorshipRequest: {
    owners: 'mentee',
    request: (w) => at(api.withdrawMentorshipRequest, w.menteeRequestId),
  },
  acceptMentorshipRequest: {
    owners: 'mentor',
    request: (w) => at(api.acceptMentorshipRequest, w.pendingRequestId, {}),
  },
  declineMentorshipRequest: {
    owners: 'mentor',
    request: (w) => at(api.declineMentorshipRequest, w.pendingRequestId, { note: 'Not now' }),
  },
  listWaitlist: { owners: 'any', request: plain(api.listWaitlist) },
  joinWaitlist: {
    owners: 'any',
    request: (w) => ({ path: api.joinWaitlist.path, body: { mentorId: w.pausedMentorId } }),
  },
  leaveWaitlist: { owners: 'mentee', request: (w) => at(api.leaveWaitlist, w.waitlistId) },
  listRelationships: { owners: 'any', request: plain(api.listRelationships) },
  getRelationship: { owners: 'pair', request: (w) => at(api.getRelationship, w.relationshipId) },
  updateRelationship: {
    owners: 'pair',
    request: (w) => at(api.updateRelationship, w.relationshipId, { cadenceWeeks: 8 }),
  },
  endRelationship: {
    owners: 'pair',
    request: (w) => at(api.endRelationship, w.relationshipId, { exitNote: 'Thank you!' }),
  },
  createMeeting: {
    owners: 'pair',
    request: (w) =>
      at(api.createMeeting, w.relationshipId, { scheduledAt: '2027-01-04T15:00:00.000Z' }),
  },
  updateMeeting: {
    owners: 'pair',
    request: (w) => at(api.updateMeeting, w.meetingId, { privateNotes: 'mine', held: true }),
  },
  createActionItem: {
    owners: 'pair',
    request: (w) => at(api.createActionItem, w.relationshipId, { owner: 'mentor', text: 'Intro' }),
  },
  updateActionItem: {
    owners: 'pair',
    request: (w) => at(api.updateActionItem, w.actionItemId, { done: true }),
  },
  createMilestone: {
    owners: 'pair',
    request: (w) =>
      at(api.createMilestone, w.relationshipId, { kind: 'matched', achievedOn: '2027-03-20' }),
  },
  updateMilestone: {
    owners: 'pair',
    request: (w) => at(api.updateMilestone, w.milestoneId, { note: 'Step 1 pass' }),
  },
  shareAttempt: {
    owners: 'mentee',
    request: (w) => at(api.shareAttempt, w.relationshipId, { attemptId: w.unsharedAttemptId }),
  },
  revokeShare: { owners: 'mentee', request: (w) => at(api.revokeShare, w.shareId) },
  getSharedAttempt: { owners: 'pair', request: (w) => at(api.getSharedAttempt, w.shareId) },
  commentOnShare: {
    owners: 'pair',
    request: (w) => at(api.commentOnShare, w.shareId, { text: 'Lead with your reason.' }),
  },
  getProfileShares: {
    owners: 'pair',
    request: (w) => at(api.getProfileShares, w.relationshipId),
  },
  putProfileShares: {
    owners: 'mentee',
    request: (w) => at(api.putProfileShares, w.relationshipId, { fields: ['graduationYear'] }),
  },
  downloadMeetingCalendar: {
    owners: 'pair',
    request: (w) => at(api.downloadMeetingCalendar, w.meetingId),
  },
};

/** Actors who own the target, by the entry's owner kind. */
function owns(owners: Owners, actor: Actor): boolean {
  switch (owners) {
    case 'any':
      return true;
    case 'pair':
      return actor === 'mentee' || actor === 'mentor';
    case 'mentee':
      return actor === 'mentee';
    case 'mentor':
      return actor === 'mentor';
    case 'verifier':
      return actor === 'site admin' || actor === 'org admin';
  }
}

function expectedStatus(endpoint: EndpointDefinition, actor: Actor): number {
  if (endpoint.access === 'public') return endpoint.status;
  if (actor === 'anonymous') return 401;
  const role = ROLE[actor];
  if (typeof endpoint.access !== 'string' && !endpoint.access.some((r) => r === role)) return 403;
  const entry = MATRIX[endpoint.id as MentorshipEndpointId];
  // Success cases run in ACTORS order on one world: the mentee is already on the paused mentor's
  // waitlist, and once the mentee has ended the relationship the mentor cannot end it again.
  if (endpoint.id === 'joinWaitlist' && actor === 'mentee') return 409;
  if (endpoint.id === 'endRelationship' && actor === 'mentor') return 409;
  return owns(entry.owners, actor) ? endpoint.status : 404;
}

const MENTORSHIP = ENDPOINTS.filter((endpoint) => isMentorshipEndpoint(endpoint.id));

let app: TestApp;
let makeSiteAdmin: (email: string) => Promise<void>;

describe('mentorship authorization matrix (endpoint × mentee, other mentee, mentor, other mentor, admins, anonymous)', () => {
  beforeAll(async () => {
    app = await createTestApp();
    const services = composeServices(createRepositories(app.database.db), {
      sessionTtlMs: 60_000,
      passwords: createArgon2Hasher({ memoryCost: 64, timeCost: 1, parallelism: 1 }),
    });
    makeSiteAdmin = async (email) => {
      await services.directory.createSiteAdmin({ email, password: 'correct horse battery' });
    };
  });
  afterAll(() => app.dispose());

  it('has an entry for every mentorship endpoint', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(MENTORSHIP.map((e) => e.id).sort());
  });

  // One fresh world per endpoint: every actor's call runs against the same records, and
  // the success cases (which may change them) run last.
  describe.each(MENTORSHIP)('$method $path', (endpoint) => {
    let world: MentorshipWorld;
    beforeAll(async () => {
      world = await buildMentorshipWorld(app, makeSiteAdmin);
    });
    // Refusals (401/403/404) first; calls that get through (and may change records) last.
    const getsThrough = (a: Actor) => ![401, 403, 404].includes(expectedStatus(endpoint, a));
    const ordered = [...ACTORS].sort((a, b) => Number(getsThrough(a)) - Number(getsThrough(b)));
    it.each(ordered)('as %s', async (actor) => {
      const agents = {
        anonymous: createAgent(app.app),
        mentee: world.mentee,
        'other mentee': world.otherMentee,
        mentor: world.mentor,
        'other mentor': world.otherMentor,
        'org admin': world.orgAdmin,
        'site admin': world.siteAdmin,
      } as const;
      const request = MATRIX[endpoint.id as MentorshipEndpointId].request(world);
      const reply = await agents[actor].request(endpoint.method, request.path, {
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      expect(reply.status, reply.text).toBe(expectedStatus(endpoint, actor));
      if (actor !== 'mentee' && actor !== 'anonymous') {
        // Nothing private of the mentee reaches anyone else: the unshared attempt, private notes.
        expect(reply.text).not.toContain(world.unsharedAttemptId);
        expect(reply.text).not.toContain('A second answer that stays private');
      }
    });
  });
});
