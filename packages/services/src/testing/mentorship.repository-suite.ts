import { expect, it } from 'vitest';
import type {
  MeetingRecord,
  MentorProfileRecord,
  RelationshipRecord,
  RequestRecord,
} from '../mentorship/mentorship-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { attempt } from './interview.repository-suite.ts';
import { newUser } from './repository-fixtures.ts';

const T0 = '2026-01-10T09:00:00.000Z';
const T1 = '2026-01-11T09:00:00.000Z';
const EXPIRES = '2026-01-24T09:00:00.000Z';

export const mentorProfile = (
  userId: string,
  overrides: Partial<MentorProfileRecord> = {},
): MentorProfileRecord => ({
  userId,
  specialties: ['Internal Medicine'],
  institution: 'Example Medical Center',
  state: 'IL',
  role: 'attending',
  mentorTypes: ['career', 'cultural'],
  imgCountry: 'India',
  languages: ['English', 'Hindi'],
  timeZone: 'America/Chicago',
  capacity: 2,
  acceptingRequests: true,
  helpsWith: 'Program choice and interviews',
  availability: [{ weekday: 'tue', start: '18:00', end: '20:00' }],
  verifiedBy: null,
  verifiedAt: null,
  lastActiveAt: null,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
});

export const mentorshipRequest = (
  id: string,
  menteeId: string,
  mentorId: string,
  overrides: Partial<RequestRecord> = {},
): RequestRecord => ({
  id,
  menteeId,
  mentorId,
  status: 'pending',
  message: 'Dear Dr. Rao, …',
  note: null,
  createdAt: T0,
  expiresAt: EXPIRES,
  respondedAt: null,
  nudgedAt: null,
  relationshipId: null,
  ...overrides,
});

export const relationship = (
  id: string,
  menteeId: string,
  mentorId: string,
  overrides: Partial<RelationshipRecord> = {},
): RelationshipRecord => ({
  id,
  menteeId,
  mentorId,
  status: 'active',
  cadenceWeeks: 6,
  startedAt: T1,
  nextMeetingAt: null,
  source: 'request',
  programId: null,
  endedAt: null,
  endedBy: null,
  exitNote: null,
  updatedAt: T1,
  ...overrides,
});

/** Users 1–3 are mentees, 4–6 mentors (ids from newUser). */
export async function mentorshipPeople(ports: RepositoryPorts) {
  const ids: string[] = [];
  for (let n = 1; n <= 6; n += 1) {
    const user = newUser(n, { role: n <= 3 ? 'applicant' : 'mentor' });
    await ports.users.create(user);
    ids.push(user.id);
  }
  const [a, b, c, m1, m2, m3] = ids as [string, string, string, string, string, string];
  return { mentees: [a, b, c] as const, mentors: [m1, m2, m3] as const };
}

/** A 20-minute meeting of `relationshipId`, not held, never moved; `overrides` change the rest. */
export const meetingRecord = (
  id: string,
  relationshipId: string,
  scheduledAt: string,
  createdBy: string,
  overrides: Partial<MeetingRecord> = {},
): MeetingRecord => ({
  id,
  relationshipId,
  scheduledAt,
  minutes: 20,
  agenda: '',
  sharedNotes: '',
  menteePrivateNotes: '',
  mentorPrivateNotes: '',
  heldAt: null,
  thankedAt: null,
  dismissedAt: null,
  sequence: 0,
  createdBy,
  createdAt: T1,
  ...overrides,
});

/** A cap on meetings no booking test comes near. */
const ROOMY = 1_000;

/** One mentor with two mentees: relationships r1 and r2. */
async function oneMentorTwoPairs(p: RepositoryPorts) {
  const { mentorship } = p;
  const { mentees, mentors } = await mentorshipPeople(p);
  await mentorship.mentors.save(mentorProfile(mentors[0]));
  await mentorship.relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0]));
  await mentorship.relationships.createWithinCapacity(relationship('r2', mentees[1], mentors[0]));
  return { mentees, mentors };
}

/** What every implementation of the mentorship repositories must do. */
export function mentorshipRepositorySuite(ports: () => RepositoryPorts): void {
  it('saves, replaces and lists mentor profiles, counting active mentees', async () => {
    const { mentorship } = ports();
    const { mentees, mentors } = await mentorshipPeople(ports());
    expect(await mentorship.mentors.find(mentors[0])).toBeNull();
    const first = mentorProfile(mentors[0], { imgCountry: null });
    await mentorship.mentors.save(first);
    expect(await mentorship.mentors.find(mentors[0])).toEqual(first);
    const changed = mentorProfile(mentors[0], {
      capacity: 5,
      acceptingRequests: false,
      verifiedBy: mentors[1],
      verifiedAt: T1,
      lastActiveAt: T1,
      updatedAt: T1,
    });
    await mentorship.mentors.save(changed);
    await mentorship.mentors.save(mentorProfile(mentors[1]));
    expect(await mentorship.mentors.find(mentors[0])).toEqual(changed);
    expect((await mentorship.mentors.list()).map((p) => p.userId)).toEqual(
      [mentors[0], mentors[1]].sort(),
    );
    expect(
      await mentorship.relationships.createWithinCapacity(
        relationship('r1', mentees[0], mentors[0]),
      ),
    ).toBe('created');
    expect(await mentorship.mentors.activeCounts()).toEqual(new Map([[mentors[0], 1]]));
  });

  it('keeps mentee preferences and goals', async () => {
    const { mentorship } = ports();
    const { mentees } = await mentorshipPeople(ports());
    const prefs = {
      userId: mentees[0],
      specialties: ['Pediatrics'],
      mentorTypes: ['career' as const],
      country: 'Nigeria',
      languages: ['English', 'Yoruba'],
      timeZone: 'Africa/Lagos',
      wantsImgMentor: true,
      challenges: ['No US letters yet'],
      updatedAt: T0,
    };
    expect(await mentorship.mentees.findPreferences(mentees[0])).toBeNull();
    await mentorship.mentees.savePreferences(prefs);
    await mentorship.mentees.savePreferences({ ...prefs, wantsImgMentor: false, updatedAt: T1 });
    expect(await mentorship.mentees.findPreferences(mentees[0])).toEqual({
      ...prefs,
      wantsImgMentor: false,
      updatedAt: T1,
    });
    const goal = {
      id: 'g1',
      menteeId: mentees[0],
      text: 'Two US letters',
      status: 'not-started' as const,
      targetOn: '2026-06-30',
      createdAt: T0,
      updatedAt: T0,
    };
    await mentorship.mentees.createGoal(goal);
    await mentorship.mentees.createGoal({ ...goal, id: 'g0', text: 'ERAS', createdAt: T1 });
    await mentorship.mentees.updateGoal({ ...goal, status: 'in-progress', updatedAt: T1 });
    expect(await mentorship.mentees.findGoal('g1')).toEqual({
      ...goal,
      status: 'in-progress',
      updatedAt: T1,
    });
    expect((await mentorship.mentees.listGoals(mentees[0])).map((g) => g.id)).toEqual(['g1', 'g0']);
    expect(await mentorship.mentees.listGoals(mentees[1])).toEqual([]);
  });

  it('opens at most `limit` unexpired requests per mentee, one per mentor', async () => {
    const { requests } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    const [a] = mentees;
    const now = '2026-01-12T00:00:00.000Z';
    expect(await requests.createOpen(mentorshipRequest('q1', a, mentors[0]), 2, now)).toBe(
      'created',
    );
    expect(await requests.createOpen(mentorshipRequest('q2', a, mentors[0]), 2, now)).toBe(
      'duplicate',
    );
    expect(await requests.createOpen(mentorshipRequest('q3', a, mentors[1]), 2, now)).toBe(
      'created',
    );
    expect(await requests.createOpen(mentorshipRequest('q4', a, mentors[2]), 2, now)).toBe('limit');
    // Once q1 has expired (its expiry instant is not after `now`), it no longer counts.
    expect(
      await requests.createOpen(
        mentorshipRequest('q5', a, mentors[2]),
        2,
        '2026-01-24T09:00:00.000Z',
      ),
    ).toBe('created');
    expect((await requests.listByMentee(a)).map((r) => r.id).sort()).toEqual(['q1', 'q3', 'q5']);
    expect(await requests.findById('q2')).toBeNull();
    expect(await requests.findById('q1')).toEqual(mentorshipRequest('q1', a, mentors[0]));
  });

  it('closes only pending requests, lists them newest first, and records nudges', async () => {
    const { requests } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    const now = T0;
    await requests.createOpen(mentorshipRequest('q1', mentees[0], mentors[0]), 3, now);
    await requests.createOpen(
      mentorshipRequest('q2', mentees[1], mentors[0], { createdAt: T1 }),
      3,
      now,
    );
    expect(await requests.close('q1', 'declined', 'Full this season', T1)).toBe(true);
    expect(await requests.close('q1', 'withdrawn', null, T1)).toBe(false);
    expect(await requests.findById('q1')).toMatchObject({
      status: 'declined',
      note: 'Full this season',
      respondedAt: T1,
    });
    await requests.markNudged('q2', T1);
    expect((await requests.listByMentor(mentors[0])).map((r) => [r.id, r.nudgedAt])).toEqual([
      ['q2', T1],
      ['q1', null],
    ]);
    expect((await requests.listPending()).map((r) => r.id)).toEqual(['q2']);
  });

  it('accepts within capacity only, starting the relationship in the same step', async () => {
    const { requests, relationships, mentors: profiles } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    await profiles.save(mentorProfile(mentors[0], { capacity: 1 }));
    for (const [i, mentee] of mentees.entries())
      await requests.createOpen(mentorshipRequest(`q${i}`, mentee, mentors[0]), 3, T0);
    const at = T1;
    expect(
      await requests.accept('q0', relationship('r0', mentees[0], mentors[0]), 'Welcome', at),
    ).toBe('accepted');
    expect(await requests.accept('q1', relationship('r1', mentees[1], mentors[0]), null, at)).toBe(
      'full',
    );
    expect(await requests.findById('q1')).toMatchObject({
      status: 'pending',
      relationshipId: null,
    });
    expect(await relationships.findById('r1')).toBeNull();
    expect(await requests.findById('q0')).toMatchObject({
      status: 'accepted',
      note: 'Welcome',
      respondedAt: at,
      relationshipId: 'r0',
    });
    expect(await requests.accept('q0', relationship('r9', mentees[0], mentors[0]), null, at)).toBe(
      'not-open',
    );
    // Ending frees the place; an expired request cannot be accepted.
    expect(await relationships.end('r0', mentees[0], 'Thank you!', at)).toBe(true);
    expect(await relationships.end('r0', mentees[0], 'again', at)).toBe(false);
    expect(
      await requests.accept('q2', relationship('r2', mentees[2], mentors[0]), null, EXPIRES),
    ).toBe('not-open');
    expect(await requests.accept('q1', relationship('r1', mentees[1], mentors[0]), null, at)).toBe(
      'accepted',
    );
    expect(await relationships.findById('r0')).toEqual(
      relationship('r0', mentees[0], mentors[0], {
        status: 'ended',
        endedAt: at,
        endedBy: mentees[0],
        exitNote: 'Thank you!',
        updatedAt: at,
      }),
    );
    expect((await relationships.listByMentor(mentors[0])).map((r) => r.id).sort()).toEqual([
      'r0',
      'r1',
    ]);
    expect((await relationships.listByMentee(mentees[1])).map((r) => r.id)).toEqual(['r1']);
  });

  it('refuses a relationship for a mentor without a profile, and updates cadence', async () => {
    const { relationships, mentors: profiles } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    expect(
      await relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0])),
    ).toBe('full');
    await profiles.save(mentorProfile(mentors[0]));
    await relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0]));
    await relationships.update(
      relationship('r1', mentees[0], mentors[0], {
        cadenceWeeks: 8,
        nextMeetingAt: '2026-02-01T15:00:00.000Z',
        updatedAt: T1,
      }),
    );
    expect(await relationships.findById('r1')).toMatchObject({
      cadenceWeeks: 8,
      nextMeetingAt: '2026-02-01T15:00:00.000Z',
    });
  });

  it('starts a program relationship without a profile or capacity, once per active pair', async () => {
    const { relationships } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    const fromProgram = (id: string) =>
      relationship(id, mentees[0], mentors[0], { source: 'program', programId: 'prog-1' });
    expect(await relationships.createFromProgram(fromProgram('p1'))).toBe('created');
    expect(await relationships.createFromProgram(fromProgram('p2'))).toBe('exists');
    expect(await relationships.findById('p2')).toBeNull();
    expect(await relationships.findById('p1')).toEqual(fromProgram('p1'));
    // Once the pair has ended, the program may pair them again.
    expect(await relationships.end('p1', mentees[0], 'Done', T1)).toBe(true);
    expect(await relationships.createFromProgram(fromProgram('p3'))).toBe('created');
    expect((await relationships.listByMentee(mentees[0])).map((r) => r.id).sort()).toEqual([
      'p1',
      'p3',
    ]);
    expect((await relationships.listByProgram('prog-1')).map((r) => r.id).sort()).toEqual([
      'p1',
      'p3',
    ]);
    expect(await relationships.listByProgram('prog-2')).toEqual([]);
  });

  it('keeps at most `max` meetings and action items per relationship, also under parallel creates', async () => {
    const p = ports();
    const { mentorship } = p;
    const { mentees, mentors } = await oneMentorTwoPairs(p);
    const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T15:00:00.000Z`;
    // Five at once against a cap of three: exactly three written.
    const outcomes = await Promise.all(
      [1, 2, 3, 4, 5].map((day) =>
        mentorship.meetings.createWithinLimit(
          meetingRecord(`m${day}`, 'r1', at(day), mentees[0]),
          3,
        ),
      ),
    );
    expect([...outcomes].sort()).toEqual(['created', 'created', 'created', 'limit', 'limit']);
    expect(await mentorship.meetings.listByRelationship('r1')).toHaveLength(3);
    // Booking counts the same meetings; another relationship has its own count.
    expect(
      await mentorship.meetings.bookIfFree(
        meetingRecord('m6', 'r1', at(6), mentees[0]),
        mentors[0],
        3,
      ),
    ).toBe('limit');
    expect(await mentorship.meetings.findById('m6')).toBeNull();
    expect(
      await mentorship.meetings.bookIfFree(
        meetingRecord('m7', 'r2', at(7), mentees[1]),
        mentors[0],
        3,
      ),
    ).toBe('booked');
    const item = (id: string) => ({
      id,
      relationshipId: 'r2',
      owner: 'mentee' as const,
      text: `Item ${id}`,
      dueOn: null,
      doneAt: null,
      goalId: null,
      createdAt: '2026-03-01T00:00:00.000Z',
    });
    expect(await mentorship.actionItems.createWithinLimit(item('a1'), 1)).toBe('created');
    expect(await mentorship.actionItems.createWithinLimit(item('a2'), 1)).toBe('limit');
    expect((await mentorship.actionItems.listByRelationship('r2')).map((i) => i.id)).toEqual([
      'a1',
    ]);
  });

  it('books a call only when the mentor is free then, across all their mentees, one winner in a race', async () => {
    const p = ports();
    const { mentorship } = p;
    const { mentees, mentors } = await oneMentorTwoPairs(p);
    const call = (id: string, relationshipId: string, scheduledAt: string) =>
      meetingRecord(id, relationshipId, scheduledAt, mentees[0]);
    expect(
      await mentorship.meetings.bookIfFree(
        call('b1', 'r1', '2026-02-03T15:00:00.000Z'),
        mentors[0],
        ROOMY,
      ),
    ).toBe('booked');
    // Another mentee of the same mentor, overlapping by 10 minutes: taken, nothing written.
    expect(
      await mentorship.meetings.bookIfFree(
        call('b2', 'r2', '2026-02-03T15:10:00.000Z'),
        mentors[0],
        ROOMY,
      ),
    ).toBe('taken');
    expect(await mentorship.meetings.findById('b2')).toBeNull();
    // Right after the first call ends: free.
    expect(
      await mentorship.meetings.bookIfFree(
        call('b3', 'r2', '2026-02-03T15:20:00.000Z'),
        mentors[0],
        ROOMY,
      ),
    ).toBe('booked');
    // Two bookings of the same free slot at once: exactly one wins.
    const race = await Promise.all([
      mentorship.meetings.bookIfFree(
        call('c1', 'r1', '2026-02-10T15:00:00.000Z'),
        mentors[0],
        ROOMY,
      ),
      mentorship.meetings.bookIfFree(
        call('c2', 'r2', '2026-02-10T15:00:00.000Z'),
        mentors[0],
        ROOMY,
      ),
    ]);
    expect([...race].sort()).toEqual(['booked', 'taken']);
    expect(
      [
        ...(await mentorship.meetings.listByRelationship('r1')),
        ...(await mentorship.meetings.listByRelationship('r2')),
      ]
        .map((m) => m.id)
        .sort(),
    ).toEqual(['b1', 'b3', race[0] === 'booked' ? 'c1' : 'c2'].sort());
    expect(
      (await mentorship.meetings.listByRelationships(['r1', 'r2'])).map((m) => m.id).sort(),
    ).toEqual(['b1', 'b3', race[0] === 'booked' ? 'c1' : 'c2'].sort());
  });

  it('moves a meeting only to a time the mentor is free, counting each move in its sequence', async () => {
    const p = ports();
    const { mentorship } = p;
    const { mentees, mentors } = await oneMentorTwoPairs(p);
    const meeting = (id: string, relationshipId: string, scheduledAt: string) =>
      meetingRecord(id, relationshipId, scheduledAt, mentees[0], { minutes: 30, agenda: 'kept' });
    await mentorship.meetings.create(meeting('m1', 'r1', '2026-03-02T15:00:00.000Z'));
    await mentorship.meetings.create(meeting('m2', 'r2', '2026-03-02T17:00:00.000Z'));
    // Onto the other mentee's meeting: taken, nothing changes.
    expect(
      await mentorship.meetings.moveIfFree(
        { ...meeting('m1', 'r1', '2026-03-02T16:45:00.000Z') },
        mentors[0],
      ),
    ).toBe('taken');
    expect(await mentorship.meetings.findById('m1')).toMatchObject({
      scheduledAt: '2026-03-02T15:00:00.000Z',
      sequence: 0,
    });
    // Overlapping only its own old time is fine; the rest of the row is kept.
    expect(
      await mentorship.meetings.moveIfFree(
        { ...meeting('m1', 'r1', '2026-03-02T15:15:00.000Z'), minutes: 45, agenda: 'ignored' },
        mentors[0],
      ),
    ).toBe('moved');
    expect(await mentorship.meetings.findById('m1')).toMatchObject({
      scheduledAt: '2026-03-02T15:15:00.000Z',
      minutes: 45,
      agenda: 'kept',
      sequence: 1,
    });
    expect(
      await mentorship.meetings.moveIfFree(
        meeting('m1', 'r1', '2026-03-03T09:00:00.000Z'),
        mentors[0],
      ),
    ).toBe('moved');
    expect((await mentorship.meetings.findById('m1'))?.sequence).toBe(2);
    expect(
      await mentorship.meetings.moveIfFree(
        meeting('gone', 'r1', '2026-03-04T09:00:00.000Z'),
        mentors[0],
      ),
    ).toBe('missing');
    // Two saves of different fields at once both keep what they wrote; none touches the time.
    await Promise.all([
      mentorship.meetings.patch('m1', { agenda: 'mentee agenda' }),
      mentorship.meetings.patch('m1', { mentorPrivateNotes: 'mentor only' }),
      mentorship.meetings.patch('m1', {}),
    ]);
    expect(await mentorship.meetings.findById('m1')).toMatchObject({
      agenda: 'mentee agenda',
      mentorPrivateNotes: 'mentor only',
      menteePrivateNotes: '',
      scheduledAt: '2026-03-03T09:00:00.000Z',
      sequence: 2,
    });
    // Both meetings moved onto the same free hour at once: one wins, the other is taken.
    const race = await Promise.all([
      mentorship.meetings.moveIfFree(meeting('m1', 'r1', '2026-03-05T10:00:00.000Z'), mentors[0]),
      mentorship.meetings.moveIfFree(meeting('m2', 'r2', '2026-03-05T10:00:00.000Z'), mentors[0]),
    ]);
    expect([...race].sort()).toEqual(['moved', 'taken']);
    const at = async (id: string) => (await mentorship.meetings.findById(id))?.scheduledAt;
    expect(
      [await at('m1'), await at('m2')].filter((t) => t === '2026-03-05T10:00:00.000Z'),
    ).toHaveLength(1);
  });

  it('keeps meetings, action items, milestones, shares and comments of a relationship', async () => {
    const p = ports();
    const { mentorship } = p;
    const { mentees, mentors } = await mentorshipPeople(p);
    await mentorship.mentors.save(mentorProfile(mentors[0]));
    await mentorship.relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0]));
    const meeting = meetingRecord('m1', 'r1', '2026-01-20T15:00:00.000Z', mentees[0], {
      agenda: 'Updates since last time',
      menteePrivateNotes: 'ask about letters',
    });
    await mentorship.meetings.create(meeting);
    await mentorship.meetings.create({ ...meeting, id: 'm0', createdAt: T0 });
    await mentorship.meetings.patch('m1', { heldAt: T1, sharedNotes: 'Met' });
    expect(await mentorship.meetings.findById('m1')).toEqual({
      ...meeting,
      heldAt: T1,
      sharedNotes: 'Met',
    });
    expect((await mentorship.meetings.listByRelationship('r1')).map((m) => m.id)).toEqual([
      'm0',
      'm1',
    ]);
    // Several relationships in one read: the same records, oldest first; unknown ids add none.
    expect(
      (await mentorship.meetings.listByRelationships(['r1', 'unknown'])).map((m) => m.id),
    ).toEqual(['m0', 'm1']);
    expect(await mentorship.meetings.listByRelationships([])).toEqual([]);

    await mentorship.mentees.createGoal({
      id: 'g1',
      menteeId: mentees[0],
      text: 'Two US letters',
      status: 'in-progress',
      targetOn: null,
      createdAt: T0,
      updatedAt: T0,
    });
    const item = {
      id: 'a1',
      relationshipId: 'r1',
      owner: 'mentee' as const,
      text: 'Email Dr. Smith',
      dueOn: '2026-01-25',
      doneAt: null,
      goalId: 'g1',
      createdAt: T1,
    };
    await mentorship.actionItems.create(item);
    await mentorship.actionItems.update({ ...item, doneAt: T1 });
    expect(await mentorship.actionItems.listByRelationship('r1')).toEqual([
      { ...item, doneAt: T1 },
    ]);

    const milestone = {
      id: 's1',
      relationshipId: 'r1',
      kind: 'interview-invite' as const,
      note: 'First invite!',
      achievedOn: '2026-01-15',
      thankedAt: null,
      dismissedAt: null,
      createdAt: T1,
    };
    await mentorship.milestones.create(milestone);
    expect(await mentorship.milestones.findById('s1')).toEqual(milestone);

    await p.interviewAttempts.create(attempt('att1', mentees[0], T0));
    const share = {
      id: 'sh1',
      relationshipId: 'r1',
      attemptId: 'att1',
      createdAt: T1,
      revokedAt: null,
    };
    await mentorship.shares.create(share);
    await mentorship.shares.update({ ...share, revokedAt: T1 });
    expect(await mentorship.shares.listByRelationship('r1')).toEqual([{ ...share, revokedAt: T1 }]);
    await mentorship.comments.create({
      id: 'c2',
      shareId: 'sh1',
      authorId: mentors[0],
      text: 'Lead with the outcome.',
      createdAt: T1,
    });
    await mentorship.comments.create({
      id: 'c1',
      shareId: 'sh1',
      authorId: mentees[0],
      text: 'Thanks',
      createdAt: T0,
    });
    expect((await mentorship.comments.listByShare('sh1')).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(await mentorship.meetings.listByRelationship('other')).toEqual([]);
  });

  it('keeps one waitlist place per pair, and reports and blocks', async () => {
    const { waitlist, trust } = ports().mentorship;
    const { mentees, mentors } = await mentorshipPeople(ports());
    const entry = {
      id: 'w1',
      mentorId: mentors[0],
      menteeId: mentees[0],
      joinedAt: T1,
      offeredAt: null,
    };
    expect(await waitlist.add(entry)).toBe('added');
    expect(await waitlist.add({ ...entry, id: 'w2' })).toBe('duplicate');
    expect(await waitlist.add({ ...entry, id: 'w0', menteeId: mentees[1], joinedAt: T0 })).toBe(
      'added',
    );
    await waitlist.markOffered('w1', T1);
    expect((await waitlist.listByMentor(mentors[0])).map((w) => w.id)).toEqual(['w0', 'w1']);
    expect(await waitlist.listByMentee(mentees[0])).toEqual([{ ...entry, offeredAt: T1 }]);
    await waitlist.remove('w1');
    expect(await waitlist.findById('w1')).toBeNull();

    await trust.addReport({
      id: 'p1',
      mentorId: mentors[0],
      reporterId: mentees[0],
      reason: 'Asked for money',
      createdAt: T0,
    });
    await trust.addReport({
      id: 'p2',
      mentorId: mentors[1],
      reporterId: mentees[0],
      reason: 'Rude',
      createdAt: T1,
    });
    expect((await trust.listReports()).map((r) => r.id)).toEqual(['p2', 'p1']);
    await trust.block(mentees[0], mentors[0], T0);
    await trust.block(mentees[0], mentors[0], T1);
    await trust.block(mentees[0], mentors[1], T1);
    await trust.unblock(mentees[0], mentors[1]);
    expect(await trust.blockedBy(mentees[0])).toEqual(new Set([mentors[0]]));
    expect(await trust.blockedBy(mentees[1])).toEqual(new Set());
  });

  it('deletes everything of a user with the account', async () => {
    const p = ports();
    const { mentorship } = p;
    const { mentees, mentors } = await mentorshipPeople(p);
    await mentorship.mentors.save(mentorProfile(mentors[0]));
    await mentorship.requests.createOpen(mentorshipRequest('q1', mentees[0], mentors[0]), 3, T0);
    await mentorship.relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0]));
    await mentorship.waitlist.add({
      id: 'w1',
      mentorId: mentors[0],
      menteeId: mentees[1],
      joinedAt: T0,
      offeredAt: null,
    });
    await p.users.delete(mentors[0]);
    expect(await mentorship.mentors.find(mentors[0])).toBeNull();
    expect(await mentorship.requests.findById('q1')).toBeNull();
    expect(await mentorship.relationships.findById('r1')).toBeNull();
    expect(await mentorship.waitlist.findById('w1')).toBeNull();
  });
}
