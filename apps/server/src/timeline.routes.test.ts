import { api, pathFor, type TimelineResponse } from '@matchready/contract';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent, createTestApp, signUp, type TestApp } from './test-app.ts';

/** The VEVENTs of an iCalendar text, read by an independent parser (ical.js). */
function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
}

const H1B_PROFILE = { applicantType: 'non-us-img', visaNeed: 'h1b', step3: 'not-taken' };

let world: TestApp;
beforeAll(async () => {
  world = await createTestApp({ linkOrigin: 'https://match.example.org' });
});
afterAll(() => world.dispose());

describe('timeline routes', () => {
  it('adds the Step 3 milestone for an H-1B plan and a thank-you task per interview', async () => {
    const me = await signUp(world.app, 'applicant');
    const before = (await me.get(api.getTimeline.path)).body as TimelineResponse;
    expect(before.profileComplete).toBe(false);
    expect(before.milestones.map((m) => m.id)).not.toContain('step3-h1b');
    expect(before.milestones.map((m) => m.id)).toEqual(
      expect.arrayContaining(['match-day', 'rol-deadline', 'ecfmg-requirements']),
    );

    expect((await me.put(api.putProfile.path, H1B_PROFILE)).status).toBe(200);
    const settings = await me.put(api.putTimelineSettings.path, {
      season: 2027,
      digestEnabled: true,
      completed: [],
    });
    expect(settings.status).toBe(200);
    const after = settings.body as TimelineResponse;
    expect(after.season).toBe(2027);
    expect(after.profileComplete).toBe(true);
    const step3 = after.milestones.find((m) => m.id === 'step3-h1b');
    const rol = after.milestones.find((m) => m.id === 'rol-deadline');
    expect(step3?.due).toBe('2027-03-03');
    expect(rol).toMatchObject({ due: '2027-03-03', derived: true });
    expect(after.milestones.find((m) => m.id === 'match-day')?.due).toBe('2027-03-19');

    const added = await me.post(api.createTimelineInterview.path, {
      program: 'Riverside Internal Medicine',
      date: '2026-12-08',
      interviewers: ['Dr Amara Okafor'],
      detail: 'the night-float schedule',
    });
    expect(added.status).toBe(201);
    const id = (added.body as { interview: { id: string } }).interview.id;
    const plan = (await me.get(api.getTimeline.path)).body as TimelineResponse;
    const thanks = plan.milestones.find((m) => m.id === `thank-you-${id}`);
    expect(thanks).toMatchObject({ due: '2026-12-09', category: 'thank-you' });
    expect(thanks?.title).toContain('Riverside Internal Medicine');

    const sent = await me.put(pathFor(api.updateTimelineInterview, { id }), {
      program: 'Riverside Internal Medicine',
      date: '2026-12-08',
      thankYouSent: true,
    });
    expect(sent.status).toBe(200);
    const later = (await me.get(api.getTimeline.path)).body as TimelineResponse;
    expect(later.milestones.find((m) => m.id === `thank-you-${id}`)?.status).toBe('done');

    // The account export carries the timeline too.
    const exported = (await me.get(api.exportAccount.path)).body as {
      timeline: {
        settings: { season: number };
        interviews: { id: string; thankYouSent: boolean }[];
      };
    };
    expect(exported.timeline.settings.season).toBe(2027);
    expect(exported.timeline.interviews).toMatchObject([{ id, thankYouSent: true }]);
  });

  it('refuses bad input with the field named, and another user’s task with 404', async () => {
    const me = await signUp(world.app, 'applicant');
    const other = await signUp(world.app, 'applicant');
    const badDate = await me.post(api.createTimelineTask.path, { kind: 'cv', due: '2027-02-30' });
    expect(badDate.status).toBe(400);
    expect(badDate.text).toContain('due');
    const noTitle = await me.post(api.createTimelineTask.path, {
      kind: 'custom',
      due: '2027-01-05',
    });
    expect(noTitle.status).toBe(400);
    expect(noTitle.text).toContain('title');
    const season = await me.put(api.putTimelineSettings.path, {
      season: 1999,
      digestEnabled: true,
      completed: [],
    });
    expect(season.status).toBe(400);

    const task = await other.post(api.createTimelineTask.path, { kind: 'cv', due: '2026-09-01' });
    const taskId = (task.body as { task: { id: string } }).task.id;
    const stolen = await me.put(pathFor(api.updateTimelineTask, { id: taskId }), {
      kind: 'cv',
      due: '2026-09-02',
      done: true,
    });
    expect(stolen.status).toBe(404);
    expect((await me.delete(pathFor(api.deleteTimelineTask, { id: taskId }))).status).toBe(404);
  });

  it('writes iCalendar with stable UIDs, and a secret feed that can be revoked', async () => {
    const me = await signUp(world.app, 'applicant');
    await me.put(api.putTimelineSettings.path, {
      season: 2027,
      digestEnabled: true,
      completed: [],
    });
    const download = await me.get(api.downloadTimelineCalendar.path);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('text/calendar');
    const first = events(download.text);
    const matchDay = first.find((e) => e.uid === `match-day.${me.userId}@matchready.app`);
    expect(matchDay).toMatchObject({ start: '2027-03-19', allDay: true });
    expect(matchDay?.summary).toContain('Match Day');

    const feed = await me.post(api.createCalendarFeed.path);
    expect(feed.status).toBe(201);
    const url = new URL((feed.body as { url: string }).url);
    expect(url.origin).toBe('https://match.example.org');
    const anonymous = createAgent(world.app);
    const fetched = await anonymous.get(url.pathname);
    expect(fetched.status).toBe(200);
    // Same UIDs as the download: a calendar app updates events instead of duplicating them.
    expect(
      events(fetched.text)
        .map((e) => e.uid)
        .sort(),
    ).toEqual(first.map((e) => e.uid).sort());

    expect((await me.delete(api.revokeCalendarFeed.path)).status).toBe(204);
    expect((await anonymous.get(url.pathname)).status).toBe(404);
  });

  it('lists what is next, at most three items with reasons', async () => {
    const me = await signUp(world.app, 'applicant');
    const reply = await me.get(api.getNextSteps.path);
    expect(reply.status).toBe(200);
    const { steps } = reply.body as { steps: { reason: string; message: string }[] };
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length).toBeLessThanOrEqual(3);
    for (const step of steps) expect(step.message.length).toBeGreaterThan(0);
  });
});

describe('outbox routes (no SMTP server)', () => {
  it('keeps mail in the outbox for its recipient only; demo mode opens it by address', async () => {
    const me = await signUp(world.app, 'applicant');
    const other = await signUp(world.app, 'applicant');
    await createAgent(world.app).post(
      api.requestPasswordReset.path,
      { email: me.email },
      { headers: { 'x-forwarded-for': '10.5.5.5' } },
    );
    let mine: { delivery: string; messages: { subject: string; text: string }[] } = {
      delivery: '',
      messages: [],
    };
    for (let i = 0; i < 50 && mine.messages.length === 0; i++) {
      mine = (await me.get(api.listOutbox.path)).body as typeof mine;
      if (mine.messages.length === 0) await new Promise((r) => setTimeout(r, 10));
    }
    expect(mine.delivery).toBe('outbox');
    expect(mine.messages[0]?.subject).toBe('Reset your MatchReady password');
    expect(mine.messages[0]?.text).toContain('http://localhost/reset-password?token=');
    const theirs = (await other.get(api.listOutbox.path)).body as typeof mine;
    expect(theirs.messages).toEqual([]);
    // Not demo mode: the address-wide view is off.
    const closed = await createAgent(world.app).get(`${api.listDemoOutbox.path}?to=${me.email}`);
    expect(closed.body).toEqual({ enabled: false, messages: [] });
  });

  it('in demo mode shows the outbox of an address to anyone', async () => {
    const demo = await createTestApp({ mail: { smtp: false, demo: true } });
    try {
      const me = await signUp(demo.app, 'applicant');
      await createAgent(demo.app).post(api.requestPasswordReset.path, { email: me.email });
      let reply = { enabled: false, messages: [] as unknown[] };
      for (let i = 0; i < 50 && reply.messages.length === 0; i++) {
        reply = (await createAgent(demo.app).get(`${api.listDemoOutbox.path}?to=${me.email}`))
          .body as typeof reply;
        if (reply.messages.length === 0) await new Promise((r) => setTimeout(r, 10));
      }
      expect(reply.enabled).toBe(true);
      expect(reply.messages).toHaveLength(1);
    } finally {
      await demo.dispose();
    }
  });
});
