import type { PasswordReset, PasswordResetRepository } from '../account/password-reset-ports.ts';
import type { OutboxMessage, OutboxRepository } from '../mail/mail-ports.ts';
import type {
  TimelineInterview,
  TimelineSettings,
  TimelineTask,
} from '../timeline/timeline-domain.ts';
import type { TimelineRepository } from '../timeline/timeline-ports.ts';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Hooks {
  /** Sets a user's password hash and ends their sessions (the fakes' users and sessions). */
  readonly resetUser: (userId: string, passwordHash: string) => void;
  /** Applicants, oldest first (digest recipients). */
  readonly applicantIds: () => string[];
}

/** In-memory fakes of the outbox, password-reset and timeline ports (issue 11). */
export function createInMemoryTimelinePorts(hooks: Hooks) {
  const mail: OutboxMessage[] = [];
  const resets = new Map<string, PasswordReset & { usedAt: string | null }>();
  const settings = new Map<
    string,
    TimelineSettings & {
      tokenHash: string | null;
      lastDigestOn: string | null;
      nextDigestAt: string | null;
    }
  >();
  const tasks = new Map<string, TimelineTask>();
  const interviews = new Map<string, TimelineInterview>();

  const outbox: OutboxRepository = {
    add: async (message) => {
      mail.push(message);
    },
    listForRecipient: async (address, limit) =>
      mail
        .filter((m) => m.to === address)
        .sort((a, b) => cmp(b.createdAt, a.createdAt) || cmp(b.id, a.id))
        .slice(0, limit),
  };

  const passwordResets: PasswordResetRepository = {
    create: async (reset) => {
      resets.set(reset.tokenHash, { ...reset, usedAt: null });
    },
    consume: async (tokenHash, now, passwordHash) => {
      const reset = resets.get(tokenHash);
      if (!reset || reset.usedAt !== null || reset.expiresAt <= now) return null;
      for (const [key, r] of resets)
        if (r.userId === reset.userId && r.usedAt === null) resets.set(key, { ...r, usedAt: now });
      hooks.resetUser(reset.userId, passwordHash);
      return reset.userId;
    },
    deleteExpired: async (before) => {
      let n = 0;
      for (const [key, r] of resets) if (r.expiresAt < before) n += Number(resets.delete(key));
      return n;
    },
  };

  const settingsOf = (userId: string) =>
    settings.get(userId) ?? {
      season: null,
      digestEnabled: true,
      completed: [],
      calendarFeed: false,
      timeZone: null,
      updatedAt: null,
      tokenHash: null,
      lastDigestOn: null,
      nextDigestAt: null,
    };
  const byDue = (a: { due: string; id: string }, b: { due: string; id: string }) =>
    cmp(a.due, b.due) || cmp(a.id, b.id);

  const timeline: TimelineRepository = {
    findSettings: async (userId) => {
      const row = settings.get(userId);
      if (!row) return null;
      const { tokenHash: _t, lastDigestOn: _l, nextDigestAt: _n, ...rest } = row;
      return rest;
    },
    saveSettings: async (userId, update, updatedAt) => {
      const { timeZone, nextDigestAt, ...always } = update;
      settings.set(userId, {
        ...settingsOf(userId),
        ...always,
        ...(timeZone === undefined ? {} : { timeZone }),
        ...(nextDigestAt === undefined ? {} : { nextDigestAt }),
        updatedAt,
      });
    },
    setCalendarToken: async (userId, tokenHash, updatedAt) => {
      settings.set(userId, {
        ...settingsOf(userId),
        tokenHash,
        calendarFeed: tokenHash !== null,
        updatedAt,
      });
    },
    findUserByCalendarToken: async (tokenHash) =>
      [...settings.entries()].find(([, s]) => s.tokenHash === tokenHash)?.[0] ?? null,

    listTasks: async (userId) =>
      [...tasks.values()].filter((t) => t.ownerId === userId).sort(byDue),
    findTask: async (id) => tasks.get(id) ?? null,
    createTask: async (task, max) => {
      if ([...tasks.values()].filter((t) => t.ownerId === task.ownerId).length >= max)
        return 'limit';
      tasks.set(task.id, task);
      return 'created';
    },
    updateTask: async (task) => {
      tasks.set(task.id, task);
    },
    deleteTask: async (id) => {
      tasks.delete(id);
    },

    listInterviews: async (userId) =>
      [...interviews.values()]
        .filter((i) => i.ownerId === userId)
        .sort((a, b) => cmp(a.date, b.date) || cmp(a.id, b.id)),
    findInterview: async (id) => interviews.get(id) ?? null,
    createInterview: async (interview, max) => {
      if ([...interviews.values()].filter((i) => i.ownerId === interview.ownerId).length >= max)
        return 'limit';
      interviews.set(interview.id, interview);
      return 'created';
    },
    updateInterview: async (interview) => {
      interviews.set(interview.id, interview);
    },
    deleteInterview: async (id) => {
      interviews.delete(id);
    },

    listDigestRecipients: async (now, limit) =>
      hooks
        .applicantIds()
        .map((userId) => ({ userId, s: settingsOf(userId) }))
        .filter(({ s }) => s.digestEnabled && (s.nextDigestAt === null || s.nextDigestAt <= now))
        .slice(0, limit)
        .map(({ userId, s }) => ({ userId, nextDigestAt: s.nextDigestAt, timeZone: s.timeZone })),
    markDigestSent: async (userId, next, previous, day) => {
      const current = settingsOf(userId);
      if (current.nextDigestAt !== previous) return false;
      settings.set(userId, {
        ...current,
        nextDigestAt: next,
        lastDigestOn: day ?? current.lastDigestOn,
      });
      return true;
    },
  };

  const deleteUser = (userId: string) => {
    settings.delete(userId);
    for (const [key, r] of resets) if (r.userId === userId) resets.delete(key);
    for (const [key, t] of tasks) if (t.ownerId === userId) tasks.delete(key);
    for (const [key, i] of interviews) if (i.ownerId === userId) interviews.delete(key);
  };

  return { outbox, passwordResets, timeline, deleteUser, mail };
}
