import {
  api,
  type MentorshipRequestView,
  type ProfileSharesResponse,
  pathFor,
} from '@matchready/contract';
import { createRepositories } from '@matchready/db';
import { MAX_MEETINGS, MEETING_MAIL_LIMIT } from '@matchready/services';
import { meetingRecord } from '@matchready/services/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, signUp, type TestApp } from './test-app.ts';
import { FIRST_MESSAGE, MENTEE_PREFERENCES, MENTOR_PROFILE } from './testing/mentorship-world.ts';

type Party = Agent & { userId: string };

/** The VEVENTs of an iCalendar text, read by an independent parser (ical.js). */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      utc: event.startDate.zone === ICAL.Timezone.utcTimezone,
      minutes: event.duration.toSeconds() / 60,
      sequence: event.sequence,
    };
  });
}

/** Every answer of the profile, each distinct so a leaked value could be recognised. */
const FULL_PROFILE = {
  countryOfTraining: 'India',
  medicalSchool: 'Grant Medical College',
  graduationYear: 2019,
  applicantType: 'non-us-img',
  step1: 'passed',
  step1Attempts: 2,
  step2Score: 241,
  step2Attempts: 1,
  step3: 'not-taken',
  ecfmgStatus: 'certified',
  pathway: 'completed',
  oetStatus: 'passed',
  visaNeed: 'h1b',
  usceMonths: 7,
  researchItems: 3,
  specialties: ['Internal Medicine', 'Pediatrics'],
  preferredStates: ['IL', 'NY'],
} as const;
const FIELDS = Object.keys(FULL_PROFILE) as (keyof typeof FULL_PROFILE)[];

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.dispose());

async function pair(options: { preferences?: boolean } = {}) {
  const mentor = (await signUp(app.app, 'mentor')) as Party;
  expect((await mentor.put(api.putMyMentorProfile.path, MENTOR_PROFILE)).status).toBe(200);
  const mentee = (await signUp(app.app, 'applicant')) as Party;
  if (options.preferences !== false)
    expect((await mentee.put(api.putMenteePreferences.path, MENTEE_PREFERENCES)).status).toBe(200);
  const asked = await mentee.post(api.createMentorshipRequest.path, {
    mentorId: mentor.userId,
    message: FIRST_MESSAGE,
  });
  expect(asked.status, asked.text).toBe(201);
  const id = (asked.body as { request: MentorshipRequestView }).request.id;
  const accepted = await mentor.post(pathFor(api.acceptMentorshipRequest, { id }), {});
  expect(accepted.status, accepted.text).toBe(200);
  const relationshipId = (accepted.body as { request: MentorshipRequestView }).request
    .relationshipId as string;
  return { mentor, mentee, relationshipId };
}

/** Every property name anywhere in a parsed JSON value. */
function keysIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) keysIn(item, into);
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysIn(inner, into);
    }
  return into;
}

describe('meeting calendar invites', () => {
  it('gives both sides the same UTC invite for a booked first call', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    const slots = await mentee.get(pathFor(api.listMentorSlots, { id: mentor.userId }));
    expect(slots.status, slots.text).toBe(200);
    const slot = (slots.body as { slots: { start: string }[]; minutes: number }).slots[0];
    if (!slot) throw new Error('the mentor publishes times every weekday');
    const booked = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: slot.start,
      minutes: 20,
      agenda: 'Which programs sponsor H-1B',
      fromAvailability: true,
    });
    expect(booked.status, booked.text).toBe(201);
    const meetingId = (booked.body as { meeting: { id: string } }).meeting.id;
    const path = pathFor(api.downloadMeetingCalendar, { id: meetingId });

    const mine = await mentee.get(path);
    const theirs = await mentor.get(path);
    for (const reply of [mine, theirs]) {
      expect(reply.status, reply.text).toBe(200);
      expect(reply.headers.get('content-type')).toContain('text/calendar');
    }
    const [event] = events(mine.text);
    expect(events(mine.text)).toHaveLength(1);
    expect(event).toMatchObject({
      uid: `meeting-${meetingId}@matchready.app`,
      start: new Date(slot.start).toISOString(),
      utc: true,
      minutes: 20,
    });
    expect(event?.description).toContain('Which programs sponsor H-1B');
    // UTC in the file itself: no VTIMEZONE is needed to read it.
    expect(mine.text).toMatch(/DTSTART:\d{8}T\d{4,6}Z/);
    expect(mine.text).not.toContain('VTIMEZONE');
    // The mentor's file is the same event (same UID and time): importing both adds one event.
    expect(events(theirs.text)).toEqual(events(mine.text));
    // And a second download keeps the UID, so a re-import replaces the event.
    expect(events((await mentee.get(path)).text)[0]?.uid).toBe(event?.uid);
  });

  it('moves a meeting: same UID, a higher SEQUENCE, the other side told; never onto another meeting', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    const plan = async (scheduledAt: string) => {
      const reply = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
        scheduledAt,
        minutes: 30,
      });
      expect(reply.status, reply.text).toBe(201);
      return (reply.body as { meeting: { id: string } }).meeting.id;
    };
    const first = await plan('2027-03-01T15:00:00.000Z');
    const second = await plan('2027-03-08T15:00:00.000Z');
    const path = pathFor(api.downloadMeetingCalendar, { id: first });
    const before = events((await mentor.get(path)).text)[0];
    expect(before?.sequence).toBe(0);

    const moved = await mentor.put(pathFor(api.updateMeeting, { id: first }), {
      scheduledAt: '2027-03-02T16:30:00.000Z',
      minutes: 45,
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({
      meeting: { scheduledAt: '2027-03-02T16:30:00.000Z', minutes: 45 },
    });
    const after = events((await mentee.get(path)).text)[0];
    expect(after).toMatchObject({
      uid: before?.uid,
      start: '2027-03-02T16:30:00.000Z',
      minutes: 45,
      sequence: 1,
    });
    // The mentee (the other side) is told, with both times.
    let told: { kind: string; text: string }[] = [];
    for (let i = 0; i < 50 && told.length === 0; i++) {
      const outbox = (await mentee.get(api.listOutbox.path)).body as {
        messages: { kind: string; text: string }[];
      };
      told = outbox.messages.filter((m) => m.kind === 'mentorship-meeting-moved');
      if (told.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(told).toHaveLength(1);
    expect(told[0]?.text).toContain('2027-03-01T15:00:00.000Z');
    expect(told[0]?.text).toContain('2027-03-02T16:30:00.000Z');

    // Onto the mentor's other meeting: 409, nothing moves.
    const clash = await mentee.put(pathFor(api.updateMeeting, { id: second }), {
      scheduledAt: '2027-03-02T17:00:00.000Z',
    });
    expect(clash.status, clash.text).toBe(409);
    expect(clash.body).toMatchObject({ error: { code: 'conflict' } });
    expect(
      events((await mentee.get(pathFor(api.downloadMeetingCalendar, { id: second }))).text)[0],
    ).toMatchObject({ start: '2027-03-08T15:00:00.000Z', sequence: 0 });

    // A held meeting stays where it was; so does one an outsider tries to move.
    expect(
      (await mentee.put(pathFor(api.updateMeeting, { id: second }), { held: true })).status,
    ).toBe(200);
    const late = await mentee.put(pathFor(api.updateMeeting, { id: second }), {
      scheduledAt: '2027-04-01T15:00:00.000Z',
    });
    expect(late.status, late.text).toBe(409);
    const outsider = await pair();
    const stranger = await outsider.mentor.put(pathFor(api.updateMeeting, { id: first }), {
      scheduledAt: '2027-05-01T15:00:00.000Z',
    });
    expect(stranger.status).toBe(404);
    expect(events((await mentee.get(path)).text)[0]?.start).toBe('2027-03-02T16:30:00.000Z');
  });

  it('mails at most MEETING_MAIL_LIMIT meeting changes an hour per relationship and recipient, under parallel requests', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    const kinds = async (who: Agent) =>
      ((await who.get(api.listOutbox.path)).body as { messages: { kind: string }[] }).messages.map(
        (m) => m.kind,
      );
    // Ten calls planned at once by the mentee: all saved, six mailed to the mentor.
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
          scheduledAt: `2027-06-${String(i + 1).padStart(2, '0')}T15:00:00.000Z`,
          minutes: 30,
        }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(10).fill(201));
    // Each answer says whether the mentor was emailed, so the page can say so.
    const emailed = replies.map((r) => (r.body as { partnerEmailed?: boolean }).partnerEmailed);
    expect(emailed.filter((e) => e === true)).toHaveLength(MEETING_MAIL_LIMIT.maxFailures);
    expect(emailed.filter((e) => e === false)).toHaveLength(10 - MEETING_MAIL_LIMIT.maxFailures);
    const listed = await mentor.get(pathFor(api.getRelationship, { id: relationshipId }));
    expect((listed.body as { meetings: unknown[] }).meetings).toHaveLength(10);
    const mailed = (await kinds(mentor)).filter((k) => k === 'mentorship-meeting');
    expect(mailed).toHaveLength(MEETING_MAIL_LIMIT.maxFailures);
    // The other direction has its own count: the mentor's move still reaches the mentee.
    const [first] = replies;
    if (!first) throw new Error('no reply');
    const id = (first.body as { meeting: { id: string } }).meeting.id;
    const moved = await mentor.put(pathFor(api.updateMeeting, { id }), {
      scheduledAt: '2027-07-01T15:00:00.000Z',
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body).toMatchObject({ partnerEmailed: true });
    expect((await kinds(mentee)).filter((k) => k === 'mentorship-meeting-moved')).toHaveLength(1);
    // Past the cap a move is saved, not mailed.
    const again = await mentee.put(pathFor(api.updateMeeting, { id }), {
      scheduledAt: '2027-07-02T15:00:00.000Z',
    });
    expect(again.status, again.text).toBe(200);
    expect(again.body).toMatchObject({ partnerEmailed: false });
    // A notes save sends no mail, so its answer does not say either way.
    const notes = await mentee.put(pathFor(api.updateMeeting, { id }), { agenda: 'CV review' });
    expect(notes.status, notes.text).toBe(200);
    expect(notes.body).not.toHaveProperty('partnerEmailed');
    expect((await kinds(mentor)).filter((k) => k === 'mentorship-meeting-moved')).toEqual([]);
    expect(
      events((await mentor.get(pathFor(api.downloadMeetingCalendar, { id }))).text)[0],
    ).toMatchObject({
      start: '2027-07-02T15:00:00.000Z',
      sequence: 2,
    });
  });

  it('refuses a meeting or action item past the relationship’s cap with 409 and says why', async () => {
    const { mentee, relationshipId } = await pair();
    // Seeded straight into the database: MAX_MEETINGS requests would only slow the test down.
    const { mentorship } = createRepositories(app.database.db);
    for (let i = 0; i < MAX_MEETINGS; i++) {
      await mentorship.meetings.create(
        meetingRecord(
          `seeded-${i}`,
          relationshipId,
          new Date(Date.UTC(2028, 0, 1) + i * 86_400_000).toISOString(),
          mentee.userId,
        ),
      );
    }
    const refused = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2027-09-01T15:00:00.000Z',
      minutes: 30,
    });
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining(`${MAX_MEETINGS} meetings`) },
    });
    const listed = await mentee.get(pathFor(api.getRelationship, { id: relationshipId }));
    expect((listed.body as { meetings: unknown[] }).meetings).toHaveLength(MAX_MEETINGS);
    // Action items have their own cap; under it, one is still added.
    const item = await mentee.post(pathFor(api.createActionItem, { id: relationshipId }), {
      owner: 'mentee',
      text: 'Send the updated personal statement',
    });
    expect(item.status, item.text).toBe(201);
  });

  it('refuses to move and mark held at once (400), and to move once the pair has ended (409)', async () => {
    const { mentee, relationshipId } = await pair();
    const planned = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2027-03-01T15:00:00.000Z',
    });
    const id = (planned.body as { meeting: { id: string } }).meeting.id;
    const both = await mentee.put(pathFor(api.updateMeeting, { id }), {
      scheduledAt: '2027-03-02T15:00:00.000Z',
      held: true,
    });
    expect(both.status, both.text).toBe(400);
    expect(both.body).toMatchObject({ error: { issues: [{ path: ['held'] }] } });
    const ended = await mentee.post(pathFor(api.endRelationship, { id: relationshipId }), {
      exitNote: 'Thank you for everything.',
    });
    expect(ended.status, ended.text).toBe(200);
    const after = await mentee.put(pathFor(api.updateMeeting, { id }), {
      scheduledAt: '2027-03-02T15:00:00.000Z',
    });
    expect(after.status, after.text).toBe(409);
  });

  it('is 404 for anyone outside the pair and for an unknown meeting', async () => {
    const { mentee, relationshipId } = await pair();
    const planned = await mentee.post(pathFor(api.createMeeting, { id: relationshipId }), {
      scheduledAt: '2027-03-01T15:30:00.000Z',
    });
    const meetingId = (planned.body as { meeting: { id: string } }).meeting.id;
    const outsider = await pair();
    for (const agent of [outsider.mentee, outsider.mentor]) {
      const reply = await agent.get(pathFor(api.downloadMeetingCalendar, { id: meetingId }));
      expect(reply.status).toBe(404);
      expect(reply.text).not.toContain('BEGIN:VCALENDAR');
    }
    const unknown = await mentee.get(
      pathFor(api.downloadMeetingCalendar, { id: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.status).toBe(404);
  });
});

describe('field-by-field profile sharing', () => {
  it('shows the mentor only the fields shared now, and records shares and revokes', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    expect((await mentee.put(api.putProfile.path, FULL_PROFILE)).status).toBe(200);
    const path = pathFor(api.getProfileShares, { id: relationshipId });

    // Nothing shared yet: the mentor sees no value at all.
    const before = (await mentor.get(path)).body as ProfileSharesResponse;
    expect(before.profile).toEqual({});
    expect(before.shared).toEqual([]);

    const share = await mentee.put(pathFor(api.putProfileShares, { id: relationshipId }), {
      fields: ['visaNeed', 'graduationYear', 'specialties'],
    });
    expect(share.status, share.text).toBe(200);

    const seen = await mentor.get(path);
    expect(seen.status).toBe(200);
    const view = seen.body as ProfileSharesResponse;
    expect(view.side).toBe('mentor');
    expect(view.profile).toEqual({
      graduationYear: 2019,
      visaNeed: 'h1b',
      specialties: ['Internal Medicine', 'Pediatrics'],
    });
    expect(view.shared.map((s) => s.field)).toEqual(['graduationYear', 'visaNeed', 'specialties']);
    expect(view.history).toEqual([]);
    const unshared = FIELDS.filter(
      (f) => !['graduationYear', 'visaNeed', 'specialties'].includes(f),
    );
    for (const field of unshared) expect(keysIn(seen.body).has(field), field).toBe(false);

    // The relationship page of the mentor carries none of the profile's fields either.
    const detail = await mentor.get(pathFor(api.getRelationship, { id: relationshipId }));
    expect(detail.status).toBe(200);
    for (const field of FIELDS) expect(keysIn(detail.body).has(field), field).toBe(false);

    // Revoke two: the mentor sees only the one left.
    const revoked = await mentee.put(pathFor(api.putProfileShares, { id: relationshipId }), {
      fields: ['graduationYear'],
    });
    expect(revoked.status).toBe(200);
    const after = (await mentor.get(path)).body as ProfileSharesResponse;
    expect(after.profile).toEqual({ graduationYear: 2019 });
    for (const field of FIELDS.filter((f) => f !== 'graduationYear'))
      expect(Object.hasOwn(after.profile, field), field).toBe(false);

    // The mentee's record says who shared what and when it was revoked.
    const own = (await mentee.get(path)).body as ProfileSharesResponse;
    expect(own.side).toBe('mentee');
    expect(own.profile).toEqual({ graduationYear: 2019 });
    expect(own.history.map((h) => [h.field, h.revokedAt === null])).toEqual(
      expect.arrayContaining([
        ['graduationYear', true],
        ['visaNeed', false],
        ['specialties', false],
      ]),
    );
    expect(own.history).toHaveLength(3);
  });

  it('keeps shares to their pair: other people get 404, the mentor cannot share', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    await mentee.put(api.putProfile.path, FULL_PROFILE);
    await mentee.put(pathFor(api.putProfileShares, { id: relationshipId }), {
      fields: ['step2Score'],
    });
    const path = pathFor(api.getProfileShares, { id: relationshipId });
    const others = await pair();
    for (const agent of [others.mentor, others.mentee]) {
      const reply = await agent.get(path);
      expect(reply.status).toBe(404);
      expect(keysIn(reply.body).has('step2Score')).toBe(false);
    }
    const byMentor = await mentor.put(pathFor(api.putProfileShares, { id: relationshipId }), {
      fields: ['step2Score'],
    });
    expect(byMentor.status).toBe(403);
    const byOtherMentee = await others.mentee.put(
      pathFor(api.putProfileShares, { id: relationshipId }),
      { fields: ['visaNeed'] },
    );
    expect(byOtherMentee.status).toBe(404);
    expect(((await mentor.get(path)).body as ProfileSharesResponse).profile).toEqual({
      step2Score: 241,
    });
  });

  it('refuses unknown fields naming them, and hides everything once the pair has ended', async () => {
    const { mentor, mentee, relationshipId } = await pair();
    await mentee.put(api.putProfile.path, FULL_PROFILE);
    const sharesPath = pathFor(api.putProfileShares, { id: relationshipId });
    const bad = await mentee.put(sharesPath, { fields: ['visaNeed', 'passwordHash'] });
    expect(bad.status).toBe(400);
    const issues = (bad.body as { error: { issues: { path: (string | number)[] }[] } }).error
      .issues;
    expect(issues.map((i) => i.path.join('.'))).toContain('fields.1');
    expect((await mentee.put(sharesPath, { fields: ['visaNeed', 'visaNeed'] })).status).toBe(400);

    expect((await mentee.put(sharesPath, { fields: ['visaNeed'] })).status).toBe(200);
    const ended = await mentee.post(pathFor(api.endRelationship, { id: relationshipId }), {
      exitNote: 'Thank you for everything.',
    });
    expect(ended.status).toBe(200);
    const view = (await mentor.get(pathFor(api.getProfileShares, { id: relationshipId })))
      .body as ProfileSharesResponse;
    expect(view.profile).toEqual({});
    expect(view.shared).toEqual([]);
    expect((await mentee.put(sharesPath, { fields: ['step2Score'] })).status).toBe(409);
    // Revoking is still allowed after the end.
    expect((await mentee.put(sharesPath, { fields: [] })).status).toBe(200);
  });
});

describe('"your time" when the mentee saved no preferences', () => {
  it("shows slots in the browser's zone, and says so", async () => {
    const { mentor, mentee } = await pair({ preferences: false });
    const path = pathFor(api.listMentorSlots, { id: mentor.userId });
    const browser = await mentee.get(`${path}?timeZone=Europe/Berlin`);
    expect(browser.status, browser.text).toBe(200);
    const body = browser.body as {
      slots: { mentee: { timeZone: string } }[];
      menteeZone: { timeZone: string; source: string };
    };
    expect(body.menteeZone).toEqual({ timeZone: 'Europe/Berlin', source: 'browser' });
    expect(body.slots.length).toBeGreaterThan(0);
    expect(new Set(body.slots.map((s) => s.mentee.timeZone))).toEqual(new Set(['Europe/Berlin']));

    // No zone (or one the server does not know): the mentor's, labelled as such.
    for (const query of ['', '?timeZone=Mars/Olympus_Mons']) {
      const fallback = (await mentee.get(`${path}${query}`)).body as typeof body;
      expect(fallback.menteeZone).toEqual({ timeZone: 'America/Chicago', source: 'mentor' });
    }

    // Saved preferences win over the browser.
    await mentee.put(api.putMenteePreferences.path, MENTEE_PREFERENCES);
    const saved = (await mentee.get(`${path}?timeZone=Europe/Berlin`)).body as typeof body;
    expect(saved.menteeZone).toEqual({ timeZone: 'Asia/Kolkata', source: 'preferences' });
  });
});
