import { describe, expect, it } from 'vitest';
import { isActionItemOverdue, localDateOf, overdueActionItems } from './action-items.ts';
import { meetingStanding, nextMeetingDue, parseCadenceWeeks } from './cadence.ts';
import { goalProgress } from './goals.ts';
import { responseStats } from './response-time.ts';
import { type ThankableEvent, thankYouPrompts } from './thank-you.ts';
import { nextForPlace, orderWaitlist, waitlistPosition } from './waitlist.ts';

const at = (iso: string) => new Date(iso);

describe('waitlist', () => {
  const entries = [
    { menteeId: 'carol', joinedAt: '2026-01-03T00:00:00Z', hasMentor: false },
    { menteeId: 'dev', joinedAt: '2026-01-01T00:00:00Z', hasMentor: true },
    { menteeId: 'bea', joinedAt: '2026-01-02T00:00:00Z', hasMentor: false },
    { menteeId: 'abe', joinedAt: '2026-01-02T00:00:00Z', hasMentor: false },
  ];

  it('puts mentees without a mentor first, then the earliest, ties by id', () => {
    expect(orderWaitlist(entries).map((e) => e.menteeId)).toEqual(['abe', 'bea', 'carol', 'dev']);
    expect(waitlistPosition(entries, 'dev')).toBe(4);
    expect(waitlistPosition(entries, 'abe')).toBe(1);
    expect(waitlistPosition(entries, 'zed')).toBeNull();
  });

  it('offers a free place to the first mentee it fits', () => {
    expect(nextForPlace(entries, (e) => e.menteeId !== 'abe')?.menteeId).toBe('bea');
    expect(nextForPlace(entries, () => false)).toBeNull();
  });
});

describe('cadence', () => {
  const plan = {
    status: 'active' as const,
    startedAt: '2026-01-01T12:00:00.000Z',
    cadenceWeeks: 6,
    lastMeetingAt: '2026-02-01T12:00:00.000Z',
    nextMeetingAt: null,
  };

  it('accepts 4 to 8 whole weeks only', () => {
    expect(parseCadenceWeeks(4)).toEqual({ ok: true, value: 4 });
    expect(parseCadenceWeeks(8)).toEqual({ ok: true, value: 8 });
    for (const bad of [3, 9, 5.5, '6', null]) expect(parseCadenceWeeks(bad).ok).toBe(false);
  });

  it('is due one cadence after the last meeting, or 3 weeks after the start', () => {
    expect(nextMeetingDue(plan)).toBe('2026-03-15T12:00:00.000Z');
    expect(nextMeetingDue({ ...plan, lastMeetingAt: null })).toBe('2026-01-22T12:00:00.000Z');
  });

  it('moves from on-track to due-soon 7 days before, and to overdue just after the due instant', () => {
    const standing = (iso: string) => meetingStanding(plan, at(iso));
    expect(standing('2026-03-08T11:59:59.999Z').status).toBe('on-track');
    expect(standing('2026-03-08T12:00:00.000Z').status).toBe('due-soon');
    expect(standing('2026-03-15T12:00:00.000Z')).toEqual({
      status: 'due-soon',
      dueAt: '2026-03-15T12:00:00.000Z',
      daysOverdue: 0,
    });
    expect(standing('2026-03-15T12:00:00.001Z').status).toBe('overdue');
    expect(standing('2026-03-18T13:00:00.000Z')).toMatchObject({
      status: 'overdue',
      daysOverdue: 3,
    });
  });

  it('is scheduled while a future meeting is booked, and not applicable once ended', () => {
    const booked = { ...plan, nextMeetingAt: '2026-03-20T15:00:00Z' };
    expect(meetingStanding(booked, at('2026-03-18T00:00:00Z')).status).toBe('scheduled');
    expect(meetingStanding(booked, at('2026-03-21T00:00:00Z')).status).toBe('overdue');
    expect(meetingStanding({ ...plan, status: 'ended' }, at('2027-01-01T00:00:00Z'))).toEqual({
      status: 'none',
      dueAt: null,
      daysOverdue: 0,
    });
  });
});

describe('action items', () => {
  const item = { dueOn: '2026-03-10', doneAt: null };

  it("is overdue once the due day has ended in the owner's zone", () => {
    // 2026-03-11T04:00Z is still 10 March in Chicago (UTC−5 after the DST change) …
    expect(isActionItemOverdue(item, at('2026-03-11T04:00:00Z'), 'America/Chicago')).toBe(false);
    // … but already 11 March in Lagos.
    expect(isActionItemOverdue(item, at('2026-03-11T04:00:00Z'), 'Africa/Lagos')).toBe(true);
    expect(isActionItemOverdue(item, at('2026-03-11T05:00:00Z'), 'America/Chicago')).toBe(true);
  });

  it('is never overdue when done or without a due date; unknown zones read UTC', () => {
    expect(
      isActionItemOverdue({ ...item, doneAt: '2026-03-01T00:00:00Z' }, at('2027-01-01'), 'UTC'),
    ).toBe(false);
    expect(isActionItemOverdue({ dueOn: null, doneAt: null }, at('2027-01-01'), 'UTC')).toBe(false);
    expect(localDateOf(at('2026-03-10T23:30:00Z'), 'Not/AZone')).toBe('2026-03-10');
    expect(() =>
      isActionItemOverdue({ dueOn: '10/03/2026', doneAt: null }, at('2027-01-01'), 'UTC'),
    ).toThrow(/dueOn/);
  });

  it('lists overdue items earliest first', () => {
    const items = [
      { id: 'b', dueOn: '2026-03-09', doneAt: null },
      { id: 'c', dueOn: '2026-03-20', doneAt: null },
      { id: 'a', dueOn: '2026-03-01', doneAt: null },
      { id: 'd', dueOn: '2026-03-01', doneAt: '2026-03-02T00:00:00Z' },
    ];
    expect(overdueActionItems(items, at('2026-03-12T12:00:00Z'), 'UTC').map((i) => i.id)).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('thank-you prompts', () => {
  const event = (id: string, iso: string, more: Partial<ThankableEvent> = {}): ThankableEvent => ({
    kind: 'meeting',
    id,
    at: iso,
    thankedAt: null,
    dismissedAt: null,
    ...more,
  });

  it('prompts from the event for exactly 7 days, most recent first', () => {
    const events = [
      event('m1', '2026-03-01T10:00:00Z'),
      event('m2', '2026-03-05T10:00:00Z', { kind: 'milestone' }),
      event('m3', '2026-03-09T10:00:00Z'),
    ];
    const ids = (iso: string) => thankYouPrompts(events, at(iso)).map((e) => e.id);
    expect(ids('2026-03-08T09:59:59.999Z')).toEqual(['m2', 'm1']);
    expect(ids('2026-03-08T10:00:00.000Z')).toEqual(['m2']);
    expect(ids('2026-03-09T10:00:00.000Z')).toEqual(['m3', 'm2']);
  });

  it('stops once thanked or dismissed', () => {
    const events = [
      event('a', '2026-03-01T10:00:00Z', { thankedAt: '2026-03-01T12:00:00Z' }),
      event('b', '2026-03-01T10:00:00Z', { dismissedAt: '2026-03-01T12:00:00Z' }),
    ];
    expect(thankYouPrompts(events, at('2026-03-02T00:00:00Z'))).toEqual([]);
  });
});

describe('responseStats', () => {
  const req = (
    hours: number | null,
    status: 'accepted' | 'declined' | 'expired' | 'pending' | 'withdrawn',
  ) => ({
    status,
    createdAt: '2026-03-01T00:00:00Z',
    respondedAt:
      hours === null
        ? null
        : new Date(Date.parse('2026-03-01T00:00:00Z') + hours * 3_600_000).toISOString(),
  });

  it('gives the median hours to answer, ignoring open and withdrawn requests', () => {
    const stats = responseStats([
      req(2, 'accepted'),
      req(30, 'declined'),
      req(10, 'accepted'),
      req(null, 'pending'),
      req(null, 'withdrawn'),
      req(null, 'expired'),
    ]);
    expect(stats).toEqual({ medianHours: 10, answered: 3, expired: 1, responseRate: 0.75 });
  });

  it('averages the middle two of an even count and rounds to a tenth of an hour', () => {
    const stats = responseStats([
      req(1, 'accepted'),
      req(2, 'accepted'),
      req(3.25, 'accepted'),
      req(40, 'declined'),
    ]);
    expect(stats.medianHours).toBe(2.6); // (2 + 3.25) / 2 = 2.625
  });

  it('shows no typical time below 3 answers, and no rate before any outcome', () => {
    expect(responseStats([req(1, 'accepted'), req(2, 'accepted')]).medianHours).toBeNull();
    expect(responseStats([])).toEqual({
      medianHours: null,
      answered: 0,
      expired: 0,
      responseRate: null,
    });
  });
});

describe('goalProgress', () => {
  const items = [
    { goalId: 'g1', doneAt: '2026-03-01T00:00:00Z' },
    { goalId: 'g1', doneAt: null },
    { goalId: 'g1', doneAt: '2026-03-02T00:00:00Z' },
    { goalId: 'g2', doneAt: null },
    { goalId: null, doneAt: null },
  ];

  it('measures done items over linked items', () => {
    expect(goalProgress({ id: 'g1', status: 'in-progress' }, items)).toEqual({
      done: 2,
      total: 3,
      share: 2 / 3,
    });
    expect(goalProgress({ id: 'g3', status: 'not-started' }, items)).toEqual({
      done: 0,
      total: 0,
      share: null,
    });
  });

  it('treats a done goal as complete and a dropped one as unmeasured', () => {
    expect(goalProgress({ id: 'g2', status: 'done' }, items).share).toBe(1);
    expect(goalProgress({ id: 'g1', status: 'dropped' }, items).share).toBeNull();
  });
});
