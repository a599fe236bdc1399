import { expect, it } from 'vitest';
import type { RepositoryPorts } from '../services.ts';
import type { TimelineInterview, TimelineTask } from '../timeline/timeline-domain.ts';
import { newUser } from './repository-fixtures.ts';

const AT = '2026-12-01T10:00:00.000Z';

const task = (n: number, ownerId: string, overrides: Partial<TimelineTask> = {}): TimelineTask => ({
  id: `task-${n}`,
  ownerId,
  kind: 'custom',
  title: `Task ${n}`,
  due: '2027-01-10',
  done: false,
  detail: null,
  createdAt: AT,
  ...overrides,
});

const interview = (n: number, ownerId: string): TimelineInterview => ({
  id: `interview-${n}`,
  ownerId,
  program: 'Riverside Internal Medicine',
  date: '2026-12-08',
  interviewers: ['Dr Amara Okafor', 'Dr Lee'],
  detail: 'the night-float schedule',
  thankYouSent: false,
  createdAt: AT,
});

/** What every implementation of the outbox, password-reset and timeline ports must do. */
export function timelineRepositorySuite(current: () => RepositoryPorts) {
  const user = async (n: number, role: 'applicant' | 'mentor' = 'applicant') => {
    const created = await current().users.create(newUser(n, { role }));
    if (created === 'email-taken') throw new Error('fixture email taken');
    return created;
  };

  it('keeps outbox mail per recipient, newest first', async () => {
    const { outbox } = current();
    const mail = { subject: 's', text: 't', kind: 'password-reset', html: undefined };
    await outbox.add({ ...mail, id: 'm1', to: 'a@example.org', createdAt: AT });
    await outbox.add({ ...mail, id: 'm2', to: 'b@example.org', createdAt: AT });
    await outbox.add({
      ...mail,
      id: 'm3',
      to: 'a@example.org',
      createdAt: '2026-12-02T00:00:00.000Z',
    });
    const listed = await outbox.listForRecipient('a@example.org', 10);
    expect(listed.map((m) => m.id)).toEqual(['m3', 'm1']);
    expect(listed[1]).toEqual({ ...mail, id: 'm1', to: 'a@example.org', createdAt: AT });
    expect(await outbox.listForRecipient('a@example.org', 1)).toHaveLength(1);
  });

  it('uses a reset once: sets the password, ends sessions, voids other resets', async () => {
    const ports = current();
    const u = await user(1);
    await ports.sessions.create({
      id: 's1',
      userId: u.id,
      createdAt: AT,
      expiresAt: '2027-01-01T00:00:00.000Z',
      lastSeenAt: AT,
    });
    const reset = (tokenHash: string, expiresAt = '2026-12-01T11:00:00.000Z') =>
      ports.passwordResets.create({ tokenHash, userId: u.id, createdAt: AT, expiresAt });
    await reset('h1');
    await reset('h2');
    await reset('h-old', '2026-12-01T10:30:00.000Z');
    expect(await ports.passwordResets.consume('h-old', '2026-12-01T10:45:00.000Z', 'x')).toBeNull();
    expect(await ports.passwordResets.consume('unknown', AT, 'x')).toBeNull();
    expect(await ports.passwordResets.consume('h1', '2026-12-01T10:10:00.000Z', 'new-hash')).toBe(
      u.id,
    );
    expect(await ports.users.findPasswordHash(u.id)).toBe('new-hash');
    expect(await ports.sessions.findWithUser('s1')).toBeNull();
    expect(
      await ports.passwordResets.consume('h1', '2026-12-01T10:11:00.000Z', 'again'),
    ).toBeNull();
    expect(
      await ports.passwordResets.consume('h2', '2026-12-01T10:11:00.000Z', 'again'),
    ).toBeNull();
    expect(await ports.users.findPasswordHash(u.id)).toBe('new-hash');
    expect(await ports.passwordResets.deleteExpired('2026-12-02T00:00:00.000Z')).toBe(3);
  });

  it('saves settings, keeps the feed token apart, finds the user by token hash', async () => {
    const { timeline } = current();
    const u = await user(1);
    expect(await timeline.findSettings(u.id)).toBeNull();
    await timeline.setCalendarToken(u.id, 'feed-hash', AT);
    await timeline.saveSettings(
      u.id,
      { season: 2027, digestEnabled: false, completed: ['eras-submit'] },
      AT,
    );
    expect(await timeline.findSettings(u.id)).toEqual({
      season: 2027,
      digestEnabled: false,
      completed: ['eras-submit'],
      calendarFeed: true,
      timeZone: null,
      updatedAt: AT,
    });
    expect(await timeline.findUserByCalendarToken('feed-hash')).toBe(u.id);
    await timeline.setCalendarToken(u.id, null, AT);
    expect(await timeline.findUserByCalendarToken('feed-hash')).toBeNull();
    expect((await timeline.findSettings(u.id))?.season).toBe(2027);
  });

  it('stores tasks and interviews per owner, capped, and deletes them with the account', async () => {
    const ports = current();
    const { timeline } = ports;
    const a = await user(1);
    const b = await user(2);
    expect(await timeline.createTask(task(1, a.id, { due: '2027-02-01' }), 2)).toBe('created');
    expect(await timeline.createTask(task(2, a.id), 2)).toBe('created');
    expect(await timeline.createTask(task(3, a.id), 2)).toBe('limit');
    expect(await timeline.createTask(task(4, b.id), 2)).toBe('created');
    expect((await timeline.listTasks(a.id)).map((t) => t.id)).toEqual(['task-2', 'task-1']);
    await timeline.updateTask({ ...task(2, a.id), done: true, detail: 'sent' });
    expect(await timeline.findTask('task-2')).toEqual({
      ...task(2, a.id),
      done: true,
      detail: 'sent',
    });
    await timeline.deleteTask('task-2');
    expect(await timeline.findTask('task-2')).toBeNull();

    expect(await timeline.createInterview(interview(1, a.id), 1)).toBe('created');
    expect(await timeline.createInterview(interview(2, a.id), 1)).toBe('limit');
    expect(await timeline.listInterviews(a.id)).toEqual([interview(1, a.id)]);
    await timeline.updateInterview({ ...interview(1, a.id), thankYouSent: true });
    expect((await timeline.findInterview('interview-1'))?.thankYouSent).toBe(true);

    expect(await ports.users.delete(a.id)).toBe(true);
    expect(await timeline.listTasks(a.id)).toEqual([]);
    expect(await timeline.findInterview('interview-1')).toBeNull();
    expect(await timeline.listTasks(b.id)).toHaveLength(1);
  });

  it('lists applicants whose digest is due, and moves each to its next due time once', async () => {
    const { timeline } = current();
    const a = await user(1);
    const b = await user(2);
    await user(3, 'mentor');
    await timeline.saveSettings(b.id, { season: null, digestEnabled: false, completed: [] }, AT);
    const now = '2026-12-02T08:00:00.000Z';
    expect(await timeline.listDigestRecipients(now, 10)).toEqual([
      { userId: a.id, nextDigestAt: null, timeZone: null },
    ]);
    const next = '2026-12-03T01:30:00.000Z';
    expect(await timeline.markDigestSent(a.id, next, null, '2026-12-02')).toBe(true);
    // A second run that read the same row loses.
    expect(await timeline.markDigestSent(a.id, next, null, '2026-12-02')).toBe(false);
    expect(await timeline.listDigestRecipients(now, 10)).toEqual([]);
    expect(await timeline.listDigestRecipients('2026-12-03T01:29:59.999Z', 10)).toEqual([]);
    expect(await timeline.listDigestRecipients(next, 10)).toEqual([
      { userId: a.id, nextDigestAt: next, timeZone: null },
    ]);
    // Scheduling without a mail (day null) moves the due time under the same compare-and-set.
    const later = '2026-12-03T07:00:00.000Z';
    expect(await timeline.markDigestSent(a.id, later, next, null)).toBe(true);
    expect(await timeline.markDigestSent(a.id, later, next, null)).toBe(false);
    expect(await timeline.listDigestRecipients(next, 10)).toEqual([]);
    expect(await timeline.markDigestSent(a.id, next, later, '2026-12-03')).toBe(true);
    // The zone and a reset due time are stored with the settings; leaving them out keeps them.
    await timeline.saveSettings(
      a.id,
      {
        season: null,
        digestEnabled: true,
        completed: [],
        timeZone: 'Asia/Kolkata',
        nextDigestAt: '2026-12-04T01:30:00.000Z',
      },
      AT,
    );
    await timeline.saveSettings(a.id, { season: 2027, digestEnabled: true, completed: [] }, AT);
    expect((await timeline.findSettings(a.id))?.timeZone).toBe('Asia/Kolkata');
    expect(await timeline.listDigestRecipients('2026-12-04T01:30:00.000Z', 10)).toEqual([
      { userId: a.id, nextDigestAt: '2026-12-04T01:30:00.000Z', timeZone: 'Asia/Kolkata' },
    ]);
  });
}
