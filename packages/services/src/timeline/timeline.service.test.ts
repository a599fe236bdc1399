import { describe, expect, it } from 'vitest';
import type { AppError } from '../shared/app-error.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';

const HOUR = 60 * 60 * 1000;

const setup = (start = '2026-12-02T08:00:00.000Z') => {
  const { ports, services } = createInMemoryServices(start);
  const applicant = async (email: string) =>
    (
      await services.auth.signUp({
        email,
        password: 'a long password',
        displayName: 'Ama',
        role: 'applicant',
      })
    ).user;
  return { ports, services, applicant };
};

/** Mentoring preferences with only a time zone, the digest's fallback zone (decision 053). */
const withPreferencesZone = (
  ports: ReturnType<typeof setup>['ports'],
  userId: string,
  timeZone: string,
) =>
  ports.mentorship.mentees.savePreferences({
    userId,
    specialties: [],
    mentorTypes: [],
    country: 'Nigeria',
    languages: ['English'],
    timeZone,
    wantsImgMentor: false,
    challenges: [],
    updatedAt: '2026-12-01T00:00:00.000Z',
  });

const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

describe('password reset', () => {
  it('stores only the token hash and mails the link with the public origin', async () => {
    const { ports, services, applicant } = setup();
    const user = await applicant('ama@example.org');
    await services.passwordReset.request({ email: 'AMA@example.org', client: 'c1' });
    expect(ports.mailer.sent).toHaveLength(1);
    const mail = ports.mailer.sent[0];
    expect(mail?.to).toBe(user.email);
    expect(mail?.kind).toBe('password-reset');
    expect(mail?.text).toContain('https://matchready.test/reset-password?token=token-');
  });

  it('sends nothing for an unknown address but answers the same (no error)', async () => {
    const { ports, services } = setup();
    await expect(
      services.passwordReset.request({ email: 'ghost@example.org', client: 'c1' }),
    ).resolves.toBeUndefined();
    expect(ports.mailer.sent).toEqual([]);
  });

  it('refuses a link after one hour, and a second use', async () => {
    const { ports, services, applicant } = setup();
    await applicant('ama@example.org');
    await services.passwordReset.request({ email: 'ama@example.org', client: 'c1' });
    await services.passwordReset.request({ email: 'ama@example.org', client: 'c1' });
    const tokens = ports.mailer.sent.map((m) => /token=([\w-]+)/.exec(m.text)?.[1] as string);
    ports.clock.advance(HOUR + 1);
    const late = await rejection(
      services.passwordReset.confirm({
        token: tokens[0] as string,
        password: 'new password 1',
        client: 'c',
      }),
    );
    expect(late.code).toBe('invalid-input');

    // A fresh link works once; using it voids the other outstanding one.
    await services.passwordReset.request({ email: 'ama@example.org', client: 'c2' });
    const fresh = /token=([\w-]+)/.exec(ports.mailer.sent[2]?.text ?? '')?.[1] as string;
    await services.passwordReset.confirm({ token: fresh, password: 'new password 2', client: 'c' });
    const signedIn = await services.auth.signIn({
      email: 'ama@example.org',
      password: 'new password 2',
      client: 'c',
    });
    expect(signedIn.user.email).toBe('ama@example.org');
    const reused = await rejection(
      services.passwordReset.confirm({ token: fresh, password: 'new password 3', client: 'c' }),
    );
    expect(reused.code).toBe('invalid-input');
  });
});

describe('timeline service', () => {
  it('caps tasks per user and hides another user’s interview', async () => {
    const { services, applicant } = setup();
    const me = await applicant('me@example.org');
    const other = await applicant('other@example.org');
    const interview = await services.timeline.addInterview(other, {
      program: 'Lakeside Family Medicine',
      date: '2026-12-10',
    });
    const hidden = await rejection(services.timeline.deleteInterview(me, interview.id));
    expect(hidden.code).toBe('not-found');
    for (let i = 0; i < 200; i++)
      await services.timeline.addTask(me, {
        kind: 'custom',
        title: `Task ${i}`,
        due: '2027-01-01',
      });
    const capped = await rejection(
      services.timeline.addTask(me, { kind: 'cv', due: '2027-01-01' }),
    );
    expect(capped.code).toBe('conflict');
  });
});

describe('daily digest', () => {
  it('mails due thank-you notes once a day, and never to someone who turned it off', async () => {
    const { ports, services, applicant } = setup('2026-12-09T07:00:00.000Z');
    const on = await applicant('on@example.org');
    const off = await applicant('off@example.org');
    await services.timeline.addInterview(on, {
      program: 'Riverside Internal Medicine',
      date: '2026-12-08',
    });
    await services.timeline.saveSettings(off, {
      season: null,
      digestEnabled: false,
      completed: [],
    });

    const first = await services.digest.sendDueDigests(ports.clock.now());
    expect(first.sent).toBe(1);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual(['on@example.org']);
    const mail = ports.mailer.sent[0];
    expect(mail?.kind).toBe('daily-digest');
    expect(mail?.text).toContain('Riverside Internal Medicine');
    expect(mail?.text).toContain('https://matchready.test/account');

    const again = await services.digest.sendDueDigests(ports.clock.now());
    expect(again.sent).toBe(0);
    ports.clock.advance(24 * HOUR);
    await services.digest.sendDueDigests(ports.clock.now());
    expect(ports.mailer.sent.filter((m) => m.to === 'off@example.org')).toEqual([]);
  });
});

describe('daily digest in the applicant’s morning (decision 053)', () => {
  const interviewed = async (
    services: ReturnType<typeof setup>['services'],
    who: Awaited<ReturnType<ReturnType<typeof setup>['applicant']>>,
  ) =>
    services.timeline.addInterview(who, {
      program: 'Riverside Internal Medicine',
      date: '2026-12-08',
    });

  it('goes out from 07:00 in the zone they chose, once per local day', async () => {
    // 07:00 UTC is 12:30 in Kolkata: the zone is new, so the next reminder waits for 07:00 there.
    const { ports, services, applicant } = setup('2026-12-09T07:00:00.000Z');
    const ama = await applicant('ama@example.org');
    await interviewed(services, ama);
    const saved = await services.timeline.saveSettings(ama, {
      season: null,
      digestEnabled: true,
      completed: [],
      timeZone: 'Asia/Kolkata',
    });
    expect(saved.settings.timeZone).toBe('Asia/Kolkata');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(0);
    ports.clock.set('2026-12-10T01:29:00.000Z');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(0);
    ports.clock.set('2026-12-10T01:30:00.000Z');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(1);
    // Later the same local day: nothing; the next local morning: the next one.
    ports.clock.set('2026-12-10T18:00:00.000Z');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(0);
    ports.clock.set('2026-12-11T01:31:00.000Z');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(1);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual(['ama@example.org', 'ama@example.org']);
  });

  it('falls back to the mentoring preferences’ zone, then UTC, and refuses an unknown zone', async () => {
    const { ports, services, applicant } = setup('2026-12-09T13:00:00.000Z');
    const ny = await applicant('ny@example.org');
    const utc = await applicant('utc@example.org');
    await interviewed(services, ny);
    await interviewed(services, utc);
    await withPreferencesZone(ports, ny.id, 'America/New_York');
    // Never sent: 08:00 in New York is morning there, so that one goes now; 13:00 UTC is past
    // the first reminder's morning window, so the other waits for 07:00 UTC.
    expect(await services.digest.sendDueDigests(ports.clock.now())).toMatchObject({
      sent: 1,
      waiting: 1,
    });
    // Next: 07:00 UTC for the other, and 07:00 in New York on 10 December (12:00 UTC).
    ports.clock.set('2026-12-10T07:00:00.000Z');
    await services.digest.sendDueDigests(ports.clock.now());
    expect(ports.mailer.sent.map((m) => m.to)).toEqual(['ny@example.org', 'utc@example.org']);
    ports.clock.set('2026-12-10T12:00:00.000Z');
    await services.digest.sendDueDigests(ports.clock.now());
    expect(ports.mailer.sent.at(-1)?.to).toBe('ny@example.org');

    const refused = await rejection(
      services.timeline.saveSettings(ny, {
        season: null,
        digestEnabled: true,
        completed: [],
        timeZone: 'Mars/Olympus_Mons',
      }),
    );
    expect(refused.code).toBe('invalid-input');
    expect(refused.details.issues?.[0]?.path).toEqual(['timeZone']);
  });
});

describe('a first reminder waits for the morning (decision 053)', () => {
  it('is not mailed at 23:00 on the day of sign-up, but at 07:00 the next morning', async () => {
    // 15:00 UTC is 23:00 in Manila.
    const { ports, services, applicant } = setup('2026-12-09T15:00:00.000Z');
    const ana = await applicant('ana@example.org');
    await services.timeline.addInterview(ana, {
      program: 'Riverside Internal Medicine',
      date: '2026-12-08',
    });
    await withPreferencesZone(ports, ana.id, 'Asia/Manila');
    expect(await services.digest.sendDueDigests(ports.clock.now())).toMatchObject({
      sent: 0,
      waiting: 1,
    });
    // Runs before 07:00 Manila (23:00 UTC) neither send nor schedule again.
    ports.clock.set('2026-12-09T22:59:00.000Z');
    expect(await services.digest.sendDueDigests(ports.clock.now())).toMatchObject({
      sent: 0,
      waiting: 0,
    });
    ports.clock.set('2026-12-09T23:00:00.000Z');
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(1);
    expect(ports.mailer.sent.map((m) => m.to)).toEqual(['ana@example.org']);
  });

  it('goes at once while it is still morning where the applicant is (until 12:00)', async () => {
    const { ports, services, applicant } = setup('2026-12-09T11:59:00.000Z');
    const interviewed = async (email: string) => {
      const who = await applicant(email);
      await services.timeline.addInterview(who, {
        program: 'Riverside Internal Medicine',
        date: '2026-12-08',
      });
    };
    await interviewed('morning@example.org');
    expect(await services.digest.sendDueDigests(ports.clock.now())).toMatchObject({
      sent: 1,
      waiting: 0,
    });
    ports.clock.set('2026-12-09T12:00:00.000Z');
    await interviewed('noon@example.org');
    expect(await services.digest.sendDueDigests(ports.clock.now())).toMatchObject({
      sent: 0,
      waiting: 1,
    });
    expect(ports.mailer.sent.map((m) => m.to)).toEqual(['morning@example.org']);
  });
});

describe("the applicant's today is the date in their zone (decision 053)", () => {
  it('counts days from the local date: 07:00 in Manila is already the day a task is due', async () => {
    // 23:00 UTC on 10 December is 07:00 on 11 December in Manila (UTC+8, no daylight saving).
    const { ports, services, applicant } = setup('2026-12-10T12:00:00.000Z');
    const manila = await applicant('manila@example.org');
    const utc = await applicant('utc@example.org');
    // No reminder zone chosen, but Manila in the mentoring preferences: that zone counts.
    const mentee = await applicant('mentee@example.org');
    await withPreferencesZone(ports, mentee.id, 'Asia/Manila');
    for (const who of [manila, utc, mentee]) {
      await services.timeline.addTask(who, {
        kind: 'custom',
        title: 'Send the updated CV',
        due: '2026-12-11',
      });
    }
    await services.timeline.saveSettings(manila, {
      season: null,
      digestEnabled: true,
      completed: [],
      timeZone: 'Asia/Manila',
    });
    // First reminders (never sent: due at once) go out now; Manila's next morning is looked at below.
    await services.digest.sendDueDigests(ports.clock.now());
    ports.clock.set('2026-12-10T23:00:00.000Z');

    expect((await services.timeline.get(manila)).plan.today).toBe('2026-12-11');
    expect((await services.timeline.get(mentee)).plan.today).toBe('2026-12-11');
    expect((await services.timeline.get(utc)).plan.today).toBe('2026-12-10');
    const before = ports.mailer.sent.length;
    expect((await services.digest.sendDueDigests(ports.clock.now())).sent).toBe(2);
    const mail = ports.mailer.sent.slice(before);
    expect(mail.map((m) => m.to).sort()).toEqual(['manila@example.org', 'mentee@example.org']);
    for (const sent of mail) {
      expect(sent.text).toContain('Send the updated CV: due today.');
      expect(sent.text).not.toContain('tomorrow');
    }
    // What's next on the dashboard says the same as the mail.
    const steps = await services.timeline.nextSteps(mentee);
    expect(steps.map((step) => step.message)).toContain('Send the updated CV: due today.');
  });
});

describe("what's next and the digest include overdue mentorship", () => {
  it('lists a meeting past the cadence and an overdue action item the user owns, not the other side’s', async () => {
    const { ports, services, applicant } = setup('2026-12-02T08:00:00.000Z');
    const mentee = await applicant('mentee@example.org');
    const mentor = (
      await services.auth.signUp({
        email: 'mentor@example.org',
        password: 'a long password',
        displayName: 'Dr Rao',
        role: 'mentor',
      })
    ).user;
    await services.mentorship.mentors.save(mentor, {
      specialties: ['Internal Medicine'],
      institution: 'Example Medical Center',
      state: 'IL',
      role: 'attending',
      mentorTypes: ['career'],
      imgCountry: null,
      languages: ['English'],
      timeZone: 'UTC',
      capacity: 2,
      acceptingRequests: true,
      helpsWith: 'Interviews',
      availability: [],
    });
    const request = await services.mentorship.requests.create(mentee, {
      mentorId: mentor.id,
      message: 'Hello',
    });
    const accepted = await services.mentorship.requests.accept(mentor, request.id);
    const relationshipId = accepted.relationshipId;
    if (!relationshipId) throw new Error('no relationship');
    await services.mentorship.relationships.createActionItem(mentee, relationshipId, {
      owner: 'mentee',
      text: 'Send the draft personal statement',
      dueOn: '2026-12-10',
    });
    await services.mentorship.relationships.createActionItem(mentee, relationshipId, {
      owner: 'mentor',
      text: 'Introduce to the program coordinator',
      dueOn: '2026-12-10',
    });
    await services.timeline.saveSettings(mentee, {
      season: 2027,
      digestEnabled: true,
      completed: [],
    });

    // Nothing is overdue on the first day.
    const first = await services.timeline.nextSteps(mentee);
    expect(first.filter((s) => s.origin === 'mentorship')).toEqual([]);

    // Seven weeks later: the 6-week cadence has passed without a meeting, and the item is late.
    ports.clock.advance(49 * 24 * HOUR);
    const later = await services.timeline.nextSteps(mentee);
    const mentorship = later.filter((s) => s.origin === 'mentorship');
    expect(mentorship.map((s) => s.title).sort()).toEqual([
      'Meeting with Dr Rao',
      'Send the draft personal statement',
    ]);
    expect(mentorship.every((s) => s.reason === 'mentorship-overdue')).toBe(true);
    const item = mentorship.find((s) => s.title === 'Send the draft personal statement');
    expect(item?.due).toBe('2026-12-10');

    ports.mailer.sent.length = 0;
    await services.digest.sendDueDigests(ports.clock.now());
    const digest = ports.mailer.sent.find((m) => m.to === 'mentee@example.org');
    expect(digest?.text).toContain('Meeting with Dr Rao');
    expect(digest?.text).not.toContain('program coordinator');
  });
});
