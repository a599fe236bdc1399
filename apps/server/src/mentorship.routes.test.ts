import {
  api,
  type MentorSearchResponse,
  type MentorshipRequestView,
  pathFor,
  type RequestListResponse,
} from '@matchready/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from './test-app.ts';
import {
  FIRST_MESSAGE,
  MENTEE_PREFERENCES,
  MENTOR_PROFILE,
  relationshipDetail,
} from './testing/mentorship-world.ts';

let world: TestApp;
beforeAll(async () => {
  world = await createTestApp();
});
afterAll(() => world.dispose());

async function mentor(overrides: object = {}) {
  const agent = await signUp(world.app, 'mentor');
  const reply = await agent.put(api.putMyMentorProfile.path, { ...MENTOR_PROFILE, ...overrides });
  expect(reply.status, reply.text).toBe(200);
  return agent;
}
async function mentee() {
  const agent = await signUp(world.app, 'applicant');
  await agent.put(api.putMenteePreferences.path, MENTEE_PREFERENCES);
  return agent;
}
const ask = (agent: Awaited<ReturnType<typeof mentee>>, mentorId: string) =>
  agent.post(api.createMentorshipRequest.path, { mentorId, message: FIRST_MESSAGE });
const requestId = (reply: { body: unknown }) =>
  (reply.body as { request: MentorshipRequestView }).request.id;

describe('mentorship routes', () => {
  it('allows 3 open requests per mentee, then 409 until one closes', async () => {
    const a = await mentee();
    const mentors = [await mentor(), await mentor(), await mentor(), await mentor()];
    for (const m of mentors.slice(0, 3)) expect((await ask(a, m.userId)).status).toBe(201);
    const fourth = await ask(a, (mentors[3] as { userId: string }).userId);
    expect(fourth.status).toBe(409);
    expect(fourth.text).toContain('3 open requests');
    const list = (await a.get(api.listMentorshipRequests.path)).body as RequestListResponse;
    expect(list.allowance).toEqual({ open: 3, limit: 3, remaining: 0, allowed: false });
    const withdrawn = await a.post(
      pathFor(api.withdrawMentorshipRequest, {
        id: (list.requests[0] as MentorshipRequestView).id,
      }),
    );
    expect(withdrawn.status).toBe(200);
    expect((await ask(a, (mentors[3] as { userId: string }).userId)).status).toBe(201);
  });

  it('refuses a second mentee when the mentor is full, waitlists them, and offers the freed place', async () => {
    const m = await mentor({ capacity: 1 });
    const [a, b] = [await mentee(), await mentee()];
    const first = await ask(a, m.userId);
    const second = await ask(b, m.userId);
    const accepted = await m.post(
      pathFor(api.acceptMentorshipRequest, { id: requestId(first) }),
      {},
    );
    expect(accepted.status).toBe(200);
    // The last place is taken: b's open request was declined politely, and new ones are refused.
    const closed = await b.get(api.listMentorshipRequests.path);
    expect((closed.body as RequestListResponse).requests[0]).toMatchObject({
      id: requestId(second),
      status: 'declined',
    });
    expect((closed.body as RequestListResponse).requests[0]?.note).toContain(
      'filled their last place',
    );
    const refused = await ask(b, m.userId);
    expect(refused.status).toBe(409);
    expect(refused.text).toContain('waitlist');
    const joined = await b.post(api.joinWaitlist.path, { mentorId: m.userId });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ entry: { position: 1, offeredAt: null } });
    const relationshipId = (accepted.body as { request: MentorshipRequestView }).request
      .relationshipId as string;
    const ended = await m.post(pathFor(api.endRelationship, { id: relationshipId }), {
      exitNote: 'It was a pleasure; good luck!',
    });
    expect(ended.status).toBe(200);
    const waitlist = await b.get(api.listWaitlist.path);
    expect(
      (waitlist.body as { entries: { offeredAt: string | null }[] }).entries[0]?.offeredAt,
    ).toEqual(expect.any(String));
    expect((await ask(b, m.userId)).status).toBe(201);
  });

  it('lets exactly one of two parallel accepts take the last place', async () => {
    const m = await mentor({ capacity: 1 });
    const [a, b] = [await mentee(), await mentee()];
    const ids = [requestId(await ask(a, m.userId)), requestId(await ask(b, m.userId))];
    const replies = await Promise.all(
      ids.map((id) => m.post(pathFor(api.acceptMentorshipRequest, { id }), {})),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('pausing declines open requests with a polite note', async () => {
    const m = await mentor();
    const a = await mentee();
    await ask(a, m.userId);
    const paused = await m.put(api.setMentorAccepting.path, { acceptingRequests: false });
    expect(paused.body).toMatchObject({
      declinedRequests: 1,
      profile: { acceptingRequests: false },
    });
    const list = (await a.get(api.listMentorshipRequests.path)).body as RequestListResponse;
    expect(list.requests[0]?.status).toBe('declined');
    expect(list.requests[0]?.note).toContain('paused');
  });

  it('ranks mentors for a mentee with factor contributions, paused and full never recommended', async () => {
    const a = await mentee();
    const paused = await mentor({ acceptingRequests: false });
    const open = await mentor();
    const reply = await a.get(`${api.searchMentors.path}?specialties=Internal%20Medicine`);
    expect(reply.status).toBe(200);
    const { entries } = reply.body as MentorSearchResponse;
    const find = (id: string) => entries.find((e) => e.mentor.id === id);
    expect(find(paused.userId)?.match).toMatchObject({
      eligible: false,
      reasons: [{ code: 'paused' }],
    });
    const match = find(open.userId)?.match;
    expect(match?.eligible).toBe(true);
    expect(match?.factors.reduce((sum, f) => sum + f.contribution, 0)).toBe(match?.score);
    // Eligible mentors come before every ineligible one.
    const firstIneligible = entries.findIndex((e) => e.match?.eligible === false);
    expect(entries.slice(firstIneligible).every((e) => e.match?.eligible === false)).toBe(true);
  });

  it('answers unknown ids with 404, bad bodies with 400 and issues, unknown zones naming the field', async () => {
    const a = await mentee();
    const m = await mentor();
    expect((await a.get(pathFor(api.getMentor, { id: 'nope' }))).status).toBe(404);
    expect((await a.get(pathFor(api.getRelationship, { id: 'nope' }))).status).toBe(404);
    expect((await ask(a, 'nope')).status).toBe(404);
    const bad = await a.post(api.createMentorshipRequest.path, { mentorId: m.userId });
    expect(bad.status).toBe(400);
    expect(
      (bad.body as { error: { issues: { path: unknown[] }[] } }).error.issues[0]?.path,
    ).toEqual(['message']);
    const zone = await m.put(api.putMyMentorProfile.path, {
      ...MENTOR_PROFILE,
      timeZone: 'Mars/Olympus',
    });
    expect(zone.status).toBe(400);
    expect(zone.text).toContain('timeZone');
    const prefs = await a.put(api.putMenteePreferences.path, {
      ...MENTEE_PREFERENCES,
      timeZone: 'Nowhere',
    });
    expect(prefs.status).toBe(400);
  });

  it('shows a mentor only what the mentee shared, never scores, visa status or private notes', async () => {
    const a = await mentee();
    const m = await mentor();
    await a.put(api.putProfile.path, {
      countryOfTraining: 'India',
      step2Score: 251,
      visaNeed: 'h1b',
      specialties: ['Internal Medicine'],
    });
    const accepted = await m.post(
      pathFor(api.acceptMentorshipRequest, { id: requestId(await ask(a, m.userId)) }),
      {},
    );
    const relationshipId = (accepted.body as { request: MentorshipRequestView }).request
      .relationshipId as string;
    const attempt = await a.post(api.createInterviewAttempt.path, {
      questionId: 'img-why-us',
      answer: 'Because your program trains doctors for the community I come from.',
      source: 'typed',
    });
    const attemptId = (attempt.body as { attempt: { id: string } }).attempt.id;
    const meeting = await a.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2026-01-05T15:00:00.000Z',
      agenda: 'Letters',
    });
    const meetingId = (meeting.body as { meeting: { id: string } }).meeting.id;
    await a.put(pathFor(api.updateMeeting, { id: meetingId }), { privateNotes: 'SECRET-NOTE' });
    const shared = await a.post(pathFor(api.shareAttempt, { id: relationshipId }), { attemptId });
    const shareId = (shared.body as { share: { id: string } }).share.id;
    const seen = await m.get(pathFor(api.getSharedAttempt, { id: shareId }));
    expect(seen.status).toBe(200);
    expect(seen.text).toContain('community I come from');
    const comment = await m.post(pathFor(api.commentOnShare, { id: shareId }), {
      text: 'Name the community.',
    });
    expect(comment.status).toBe(201);
    // Compare parsed values, not substrings: random ids and timestamps can contain "251".
    for (const view of [await relationshipDetail(m, relationshipId), seen.body]) {
      const { keys, values } = leaves(view);
      expect(values).not.toContain(251);
      expect(values).not.toContain('h1b');
      expect(values.some((v) => typeof v === 'string' && v.includes('SECRET-NOTE'))).toBe(false);
      expect(keys.filter((k) => /score|visa/i.test(k))).toEqual([]);
    }
    expect((await a.delete(pathFor(api.revokeShare, { id: shareId }))).status).toBe(200);
    expect((await m.get(pathFor(api.getSharedAttempt, { id: shareId }))).status).toBe(404);
    // The mentee keeps the record of the share and its comment.
    const mine = await a.get(pathFor(api.getSharedAttempt, { id: shareId }));
    expect(mine.body).toMatchObject({ share: { revokedAt: expect.any(String), comments: 1 } });
  });

  it('books a first call only in a listed slot', async () => {
    const a = await mentee();
    const m = await mentor();
    const accepted = await m.post(
      pathFor(api.acceptMentorshipRequest, { id: requestId(await ask(a, m.userId)) }),
      {},
    );
    const relationshipId = (accepted.body as { request: MentorshipRequestView }).request
      .relationshipId as string;
    const slots = await a.get(pathFor(api.listMentorSlots, { id: m.userId }));
    const first = (slots.body as { slots: { start: string; mentee: { timeZone: string } }[] })
      .slots[0];
    expect(first?.mentee.timeZone).toBe('Asia/Kolkata');
    const booked = await a.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: first?.start,
      fromAvailability: true,
    });
    expect(booked.status, booked.text).toBe(201);
    // The same time again (a stale list, or two tabs): refused as taken, not double-booked.
    const again = await a.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: first?.start,
      fromAvailability: true,
    });
    expect(again.status, again.text).toBe(409);
    expect((await a.get(pathFor(api.listMentorSlots, { id: m.userId }))).body).not.toMatchObject({
      slots: expect.arrayContaining([expect.objectContaining({ start: first?.start })]),
    });
    const offSlot = await a.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2030-01-01T03:07:00.000Z',
      fromAvailability: true,
    });
    expect(offSlot.status).toBe(400);
  });
});

/** Every key and every primitive value in a parsed JSON document. */
function leaves(json: unknown): { keys: string[]; values: unknown[] } {
  const keys: string[] = [];
  const values: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        keys.push(key);
        walk(value);
      }
    } else values.push(node);
  };
  walk(json);
  return { keys, values };
}
