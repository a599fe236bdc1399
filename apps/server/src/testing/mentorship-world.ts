import {
  type AttemptResponse,
  api,
  type MentorshipRequestView,
  pathFor,
  type RelationshipDetail,
} from '@matchready/contract';
import {
  type Agent,
  createAgent,
  PASSWORD,
  signUp,
  type TestApp,
  uniqueEmail,
} from '../test-app.ts';

export const MENTOR_PROFILE = {
  specialties: ['Internal Medicine'],
  institution: 'Example University Hospital',
  state: 'IL',
  role: 'attending',
  mentorTypes: ['career', 'cultural'],
  imgCountry: 'India',
  languages: ['English', 'Hindi'],
  timeZone: 'America/Chicago',
  capacity: 3,
  acceptingRequests: true,
  helpsWith: 'Choosing programs, interview practice',
  availability: [
    { weekday: 'mon', start: '08:00', end: '20:00' },
    { weekday: 'wed', start: '08:00', end: '20:00' },
    { weekday: 'fri', start: '08:00', end: '20:00' },
  ],
} as const;

export const MENTEE_PREFERENCES = {
  specialties: ['Internal Medicine'],
  mentorTypes: ['career'],
  country: 'India',
  languages: ['English'],
  timeZone: 'Asia/Kolkata',
  wantsImgMentor: true,
  challenges: ['No US letters yet'],
} as const;

export const FIRST_MESSAGE =
  'Dear Dr. Rao,\n\nI am an IMG from India applying to internal medicine. I found your profile in the MatchReady directory.\n\nWould you have 15 minutes for a short call about choosing programs? I understand you are busy.\n\nThank you,\nAsha';

type Party = Agent & { email: string; userId: string };

export interface MentorshipWorld {
  readonly mentee: Party;
  readonly otherMentee: Party;
  readonly mentor: Party;
  readonly otherMentor: Party;
  readonly orgAdmin: Party;
  readonly siteAdmin: Party;
  /** A paused mentor (for the waitlist). */
  readonly pausedMentorId: string;
  /** A mentor with free places and no requests or relationships. */
  readonly freeMentorId: string;
  readonly relationshipId: string;
  readonly meetingId: string;
  readonly actionItemId: string;
  readonly milestoneId: string;
  readonly goalId: string;
  readonly attemptId: string;
  /** A second attempt of the mentee, not shared. */
  readonly unsharedAttemptId: string;
  readonly shareId: string;
  /** otherMentee → mentor, pending. */
  readonly pendingRequestId: string;
  /** mentee → otherMentor, pending. */
  readonly menteeRequestId: string;
  /** mentee on the paused mentor's waitlist. */
  readonly waitlistId: string;
  /** The other mentee's relationship with the other mentor, with its own records. */
  readonly other: { relationshipId: string; meetingId: string; shareId: string; goalId: string };
}

async function ok(reply: Promise<{ status: number; text: string; body: unknown }>, what: string) {
  const r = await reply;
  if (r.status >= 300) throw new Error(`${what} failed: ${r.status} ${r.text}`);
  return r.body;
}

async function mentorWithProfile(app: TestApp, overrides: object = {}): Promise<Party> {
  const mentor = await signUp(app.app, 'mentor');
  await ok(mentor.put(api.putMyMentorProfile.path, { ...MENTOR_PROFILE, ...overrides }), 'profile');
  return mentor;
}

async function menteeWithPreferences(app: TestApp): Promise<Party> {
  const mentee = await signUp(app.app, 'applicant');
  await ok(mentee.put(api.putMenteePreferences.path, MENTEE_PREFERENCES), 'preferences');
  return mentee;
}

/** A relationship made through the API (request + accept) with one of each tracked record. */
async function pairUp(mentee: Party, mentor: Party) {
  const request = (await ok(
    mentee.post(api.createMentorshipRequest.path, {
      mentorId: mentor.userId,
      message: FIRST_MESSAGE,
    }),
    'request',
  )) as { request: MentorshipRequestView };
  const accepted = (await ok(
    mentor.post(pathFor(api.acceptMentorshipRequest, { id: request.request.id }), {
      note: 'Welcome',
    }),
    'accept',
  )) as { request: MentorshipRequestView };
  const relationshipId = accepted.request.relationshipId as string;
  const goal = (await ok(mentee.post(api.createGoal.path, { text: 'Two US letters' }), 'goal')) as {
    goal: { id: string };
  };
  const meeting = (await ok(
    mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2026-02-02T15:00:00.000Z',
      agenda: 'Updates since we last spoke',
    }),
    'meeting',
  )) as { meeting: { id: string } };
  const item = (await ok(
    mentor.post(pathFor(api.createActionItem, { id: relationshipId }), {
      owner: 'mentee',
      text: 'Draft personal statement',
      dueOn: '2026-03-01',
      goalId: goal.goal.id,
    }),
    'action item',
  )) as { actionItem: { id: string } };
  const milestone = (await ok(
    mentee.post(pathFor(api.createMilestone, { id: relationshipId }), {
      kind: 'exam-passed',
      achievedOn: '2026-01-05',
    }),
    'milestone',
  )) as { milestone: { id: string } };
  const attempt = (await ok(
    mentee.post(api.createInterviewAttempt.path, {
      questionId: 'img-why-us',
      answer:
        'I want to train here because of your program’s focus on underserved care, which matches my work in rural clinics.',
      source: 'typed',
    }),
    'attempt',
  )) as AttemptResponse;
  const share = (await ok(
    mentee.post(pathFor(api.shareAttempt, { id: relationshipId }), {
      attemptId: attempt.attempt.id,
    }),
    'share',
  )) as { share: { id: string } };
  return {
    relationshipId,
    goalId: goal.goal.id,
    meetingId: meeting.meeting.id,
    actionItemId: item.actionItem.id,
    milestoneId: milestone.milestone.id,
    attemptId: attempt.attempt.id,
    shareId: share.share.id,
  };
}

/** A fresh set of people and records on the test app (about 40 requests). */
export async function buildMentorshipWorld(
  app: TestApp,
  makeSiteAdmin: (email: string) => Promise<void>,
): Promise<MentorshipWorld> {
  const [mentee, otherMentee] = [
    await menteeWithPreferences(app),
    await menteeWithPreferences(app),
  ];
  const mentor = await mentorWithProfile(app);
  const otherMentor = await mentorWithProfile(app, { timeZone: 'America/New_York' });
  const paused = await mentorWithProfile(app, { acceptingRequests: false });
  const free = await mentorWithProfile(app, { capacity: 5 });
  const orgAdmin = await signUp(app.app, 'organisation-admin');
  await app.approve(orgAdmin);
  // The mentor belongs to the admin's organisation (membership has no endpoint yet).
  const membership = await app.database.db
    .selectFrom('organisation_members')
    .select('organisation_id')
    .where('user_id', '=', orgAdmin.userId)
    .executeTakeFirstOrThrow();
  await app.database.db
    .insertInto('organisation_members')
    .values({
      organisation_id: membership.organisation_id,
      user_id: mentor.userId,
      role: 'member',
      created_at: new Date().toISOString(),
    })
    .execute();
  const adminEmail = uniqueEmail('admin');
  await makeSiteAdmin(adminEmail);
  const siteAdmin = Object.assign(createAgent(app.app), { email: adminEmail, userId: '' });
  await ok(
    siteAdmin.post(api.signIn.path, { email: adminEmail, password: PASSWORD }),
    'admin sign-in',
  );

  const mine = await pairUp(mentee, mentor);
  const theirs = await pairUp(otherMentee, otherMentor);
  const unshared = (await ok(
    mentee.post(api.createInterviewAttempt.path, {
      questionId: 'img-why-us',
      answer: 'A second answer that stays private to the mentee.',
      source: 'typed',
    }),
    'attempt',
  )) as AttemptResponse;
  const pending = (await ok(
    otherMentee.post(api.createMentorshipRequest.path, {
      mentorId: mentor.userId,
      message: FIRST_MESSAGE,
    }),
    'pending request',
  )) as { request: MentorshipRequestView };
  const menteeRequest = (await ok(
    mentee.post(api.createMentorshipRequest.path, {
      mentorId: otherMentor.userId,
      message: FIRST_MESSAGE,
    }),
    'mentee request',
  )) as { request: MentorshipRequestView };
  const waitlist = (await ok(
    mentee.post(api.joinWaitlist.path, { mentorId: paused.userId }),
    'waitlist',
  )) as { entry: { id: string } };
  return {
    mentee,
    otherMentee,
    mentor,
    otherMentor,
    orgAdmin,
    siteAdmin,
    pausedMentorId: paused.userId,
    freeMentorId: free.userId,
    ...mine,
    unsharedAttemptId: unshared.attempt.id,
    pendingRequestId: pending.request.id,
    menteeRequestId: menteeRequest.request.id,
    waitlistId: waitlist.entry.id,
    other: {
      relationshipId: theirs.relationshipId,
      meetingId: theirs.meetingId,
      shareId: theirs.shareId,
      goalId: theirs.goalId,
    },
  };
}

export async function relationshipDetail(agent: Agent, id: string): Promise<RelationshipDetail> {
  return (await ok(
    agent.get(pathFor(api.getRelationship, { id })),
    'relationship',
  )) as RelationshipDetail;
}
