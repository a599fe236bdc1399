import type { MatchProblem } from '@matchready/core';
import type { ApplicantProfile, Membership, Session, User } from '../account/account-domain.ts';
import type {
  LoginAttemptRepository,
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  SessionRepository,
  SessionTokens,
  UserRepository,
} from '../account/account-ports.ts';
import type { MatchInstanceRecord, MatchRunRecord } from '../match/match-domain.ts';
import type { MatchInstanceRepository, MatchRunRepository } from '../match/match-ports.ts';
import {
  type OrganisationApproval,
  type OrganisationListing,
  PENDING_APPROVAL,
} from '../organisations/organisation-domain.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { createInMemoryInterviewPorts } from './in-memory-interview-ports.ts';
import { createInMemoryMentorshipPorts } from './in-memory-mentorship-ports.ts';
import { createInMemoryMentorshipProgramRepository } from './in-memory-mentorship-program-ports.ts';
import { createInMemoryProgramPorts } from './in-memory-program-ports.ts';
import { createInMemoryTimelinePorts } from './in-memory-timeline-ports.ts';
import { createMemoryMailer } from './memory-mailer.ts';

/** Code-unit order, as the databases' binary collation sorts ids and ISO timestamps. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  cmp(b.createdAt, a.createdAt) || cmp(a.id, b.id);

/**
 * In-memory fakes of every port, for service tests. Deterministic: ids and tokens count up. They
 * pass the same repository suites as the database (repositories.test.ts).
 */
export function createInMemoryPorts(start = '2025-03-01T12:00:00.000Z') {
  let now = Date.parse(start);
  const clock: Clock & { advance(ms: number): void; set(iso: string): void } = {
    now: () => new Date(now),
    advance: (ms) => {
      now += ms;
    },
    /** Moves the clock to an instant (forward in the tests that use it). */
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
  let nextId = 0;
  const ids: IdGenerator = { newId: () => `id-${++nextId}` };
  let nextToken = 0;
  const tokens: SessionTokens = {
    generate: () => `token-${++nextToken}`,
    hash: (token) => `hash(${token})`,
  };
  const passwords: PasswordHasher = {
    hash: async (password) => `hashed:${password}`,
    verify: async (hash, password) => hash === `hashed:${password}`,
  };

  const userRows = new Map<string, User & { passwordHash: string }>();
  const memberships = new Map<string, Membership & { ownerId: string }>();
  const approvals = new Map<string, OrganisationApproval>();
  const sessionRows = new Map<string, Session>();
  const counters = new Map<string, { count: number; windowStart: string }>();
  const knownAddresses = new Map<string, string>();
  const profileRows = new Map<string, ApplicantProfile>();
  const instanceRows = new Map<string, MatchInstanceRecord>();
  const runRows = new Map<string, MatchRunRecord>();
  const interview = createInMemoryInterviewPorts();
  const programPorts = createInMemoryProgramPorts((id) => userRows.get(id)?.email ?? null);
  const mentorshipPorts = createInMemoryMentorshipPorts();
  const timelinePorts = createInMemoryTimelinePorts({
    resetUser: (userId, passwordHash) => {
      const row = userRows.get(userId);
      if (row) userRows.set(userId, { ...row, passwordHash });
      for (const [key, s] of sessionRows) if (s.userId === userId) sessionRows.delete(key);
    },
    applicantIds: () =>
      [...userRows.values()]
        .filter((u) => u.role === 'applicant')
        .sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id))
        .map((u) => u.id),
  });
  const mailer = createMemoryMailer();
  const publicUser = ({ passwordHash: _h, ...user }: User & { passwordHash: string }): User => user;

  const users: UserRepository = {
    async create(user, organisation) {
      const email = user.email.toLowerCase();
      if ([...userRows.values()].some((u) => u.email === email)) return 'email-taken';
      const row = { ...user, email, organisationId: organisation?.id ?? null };
      userRows.set(user.id, row);
      if (organisation) {
        memberships.set(user.id, { organisation, role: 'admin', ownerId: user.id });
        approvals.set(organisation.id, PENDING_APPROVAL);
      }
      return publicUser(row);
    },
    findById: async (id) => {
      const row = userRows.get(id);
      return row ? publicUser(row) : null;
    },
    findCredentials: async (email) => {
      const row = [...userRows.values()].find((u) => u.email === email.toLowerCase());
      return row ? { user: publicUser(row), passwordHash: row.passwordHash } : null;
    },
    findPasswordHash: async (id) => userRows.get(id)?.passwordHash ?? null,
    updatePasswordHash: async (id, passwordHash) => {
      const row = userRows.get(id);
      if (row) userRows.set(id, { ...row, passwordHash });
    },
    delete: async (id) => {
      if (!userRows.delete(id)) return false;
      for (const [key, s] of sessionRows) if (s.userId === id) sessionRows.delete(key);
      for (const [key, m] of memberships) {
        if (m.ownerId === id) approvals.delete(m.organisation.id);
        if (key === id || m.ownerId === id) memberships.delete(key);
      }
      for (const [key, a] of approvals)
        if (a.approvedBy === id) approvals.set(key, { ...a, approvedBy: null });
      profileRows.delete(id);
      for (const [key, i] of instanceRows) if (i.ownerId === id) instanceRows.delete(key);
      for (const [key, r] of runRows) if (r.ownerId === id) runRows.delete(key);
      interview.deleteUser(id);
      programPorts.deleteUser(id);
      mentorshipPorts.deleteUser(id);
      timelinePorts.deleteUser(id);
      return true;
    },
    list: async (filter) =>
      [...userRows.values()]
        .filter((u) => filter?.role === undefined || u.role === filter.role)
        .sort((a, b) => cmp(a.createdAt, b.createdAt) || cmp(a.id, b.id))
        .map(publicUser),
  };

  const sessions: SessionRepository = {
    create: async (session) => {
      sessionRows.set(session.id, session);
    },
    findWithUser: async (id) => {
      const session = sessionRows.get(id);
      const user = session && userRows.get(session.userId);
      return session && user ? { session, user: publicUser(user) } : null;
    },
    touch: async (id, lastSeenAt, expiresAt) => {
      const session = sessionRows.get(id);
      if (session) sessionRows.set(id, { ...session, lastSeenAt, expiresAt });
    },
    delete: async (id) => {
      sessionRows.delete(id);
    },
    deleteForUser: async (userId, keepId) => {
      let n = 0;
      for (const [key, s] of sessionRows) {
        if (s.userId === userId && key !== keepId) n += Number(sessionRows.delete(key));
      }
      return n;
    },
    deleteExpired: async (at) => {
      let n = 0;
      for (const [key, s] of sessionRows)
        if (s.expiresAt <= at) n += Number(sessionRows.delete(key));
      return n;
    },
  };

  const loginAttempts: LoginAttemptRepository = {
    // JavaScript runs each call to completion, so this fake is as atomic as the database upsert.
    hit: async (key, now, expiredBefore) => {
      const row = counters.get(key);
      const next =
        row !== undefined && row.windowStart > expiredBefore
          ? { count: row.count + 1, windowStart: row.windowStart }
          : { count: 1, windowStart: now };
      counters.set(key, next);
      return next;
    },
    release: async (key) => {
      const row = counters.get(key);
      if (row !== undefined && row.count > 0) counters.set(key, { ...row, count: row.count - 1 });
    },
    reset: async (key) => {
      counters.delete(key);
    },
    deleteBefore: async (before) => {
      let n = 0;
      for (const [key, row] of counters)
        if (row.windowStart <= before) n += Number(counters.delete(key));
      return n;
    },
    rememberAddress: async (userId, addressHash, at) => {
      knownAddresses.set(`${userId}|${addressHash}`, at);
    },
    isKnownAddress: async (userId, addressHash, since) =>
      (knownAddresses.get(`${userId}|${addressHash}`) ?? '') > since,
  };

  const organisations: OrganisationRepository = {
    findMembership: async (userId) => {
      const m = memberships.get(userId);
      return m ? { organisation: m.organisation, role: m.role } : null;
    },
    countMembers: async (orgId) =>
      [...memberships.values()].filter((m) => m.organisation.id === orgId).length,
    findApproval: async (orgId) => approvals.get(orgId) ?? null,
    setApproval: async (orgId, approval) => {
      if (!approvals.has(orgId)) return false;
      approvals.set(orgId, approval);
      return true;
    },
    list: async () => {
      const byOrg = new Map<string, OrganisationListing>();
      for (const [userId, m] of memberships) {
        const listing = byOrg.get(m.organisation.id) ?? {
          organisation: m.organisation,
          approval: approvals.get(m.organisation.id) ?? PENDING_APPROVAL,
          adminEmails: [],
          members: 0,
        };
        const email = userRows.get(userId)?.email;
        byOrg.set(m.organisation.id, {
          ...listing,
          adminEmails:
            m.role === 'admin' && email !== undefined
              ? [...listing.adminEmails, email].sort(cmp)
              : listing.adminEmails,
          members: listing.members + 1,
        });
      }
      return [...byOrg.values()].sort(
        (a, b) =>
          cmp(a.organisation.createdAt, b.organisation.createdAt) ||
          cmp(a.organisation.id, b.organisation.id),
      );
    },
  };

  const profiles: ProfileRepository = {
    find: async (userId) => profileRows.get(userId) ?? null,
    save: async (userId, profile) => {
      profileRows.set(userId, profile);
    },
  };

  const instances: MatchInstanceRepository = {
    create: async (record, quota) => {
      const owned = [...instanceRows.values()].filter((r) => r.ownerId === record.ownerId).length;
      if (quota !== undefined && owned >= quota) return 'over-quota';
      instanceRows.set(record.id, record);
      return 'created';
    },
    update: async (record) => {
      instanceRows.set(record.id, record);
    },
    findById: async (id) => instanceRows.get(id) ?? null,
    findProblemJson: async (id) => {
      const row = instanceRows.get(id);
      return row ? { ownerId: row.ownerId, problemJson: JSON.stringify(row.problem) } : null;
    },
    listByOwner: async (ownerId) =>
      [...instanceRows.values()]
        .filter((i) => i.ownerId === ownerId)
        .sort(newestFirst)
        .map(({ ownerId: _o, problem: _p, ...item }) => item),
    listRecordsByOwner: async (ownerId) =>
      [...instanceRows.values()].filter((i) => i.ownerId === ownerId).sort(newestFirst),
    delete: async (id) => {
      instanceRows.delete(id);
      for (const [key, r] of runRows) if (r.instanceId === id) runRows.delete(key);
    },
  };

  const runs: MatchRunRepository = {
    create: async (record, quota) => {
      const owned = [...runRows.values()].filter((r) => r.ownerId === record.ownerId).length;
      if (quota !== undefined && owned >= quota) return 'over-quota';
      if ('problemJson' in record) {
        const { problemJson, ...rest } = record;
        runRows.set(record.id, { ...rest, problem: JSON.parse(problemJson) as MatchProblem });
      } else runRows.set(record.id, record);
      return 'created';
    },
    findById: async (id) => runRows.get(id) ?? null,
    listByInstance: async (instanceId) =>
      [...runRows.values()]
        .filter((r) => r.instanceId === instanceId)
        .sort(newestFirst)
        .map((r) => ({
          id: r.id,
          instanceId: r.instanceId,
          createdAt: r.createdAt,
          durationMs: r.durationMs,
          status: r.outcome.status,
          stats: r.outcome.stats,
        })),
    listByOwner: async (ownerId) =>
      [...runRows.values()]
        .filter((r) => r.ownerId === ownerId)
        .sort(newestFirst)
        .map(({ ownerId: _o, problem: _p, ...run }) => run),
  };

  return {
    clock,
    ids,
    tokens,
    passwords,
    users,
    sessions,
    loginAttempts,
    organisations,
    profiles,
    instances,
    runs,
    ...interview,
    programs: programPorts.programs,
    mentorship: mentorshipPorts.mentorship,
    mentorshipPrograms: createInMemoryMentorshipProgramRepository(),
    outbox: timelinePorts.outbox,
    passwordResets: timelinePorts.passwordResets,
    timeline: timelinePorts.timeline,
    /** Keeps every message sent (services tests read `mailer.sent`). */
    mailer,
    publicOrigin: 'https://matchready.test',
    /** Raw stores, for assertions. */
    stores: { userRows, sessionRows, counters, profileRows, instanceRows, runRows },
  };
}

export type InMemoryPorts = ReturnType<typeof createInMemoryPorts>;
