import type {
  ActionItemRecord,
  CommentRecord,
  GoalRecord,
  MeetingRecord,
  MenteePreferencesRecord,
  MentorProfileRecord,
  MentorReportRecord,
  MilestoneRecord,
  RelationshipChild,
  RelationshipRecord,
  RequestRecord,
  ShareRecord,
  WaitlistRecord,
} from '../mentorship/mentorship-domain.ts';
import type {
  ChildRepository,
  MentorshipPorts,
  RelationshipRepository,
} from '../mentorship/mentorship-ports.ts';
import { createInMemoryProfileShares } from './in-memory-profile-shares.ts';

/** Code-unit order, as the databases' binary collation sorts ids and ISO timestamps. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const oldestFirst =
  <T extends { id: string }>(at: (t: T) => string) =>
  (a: T, b: T) =>
    cmp(at(a), at(b)) || cmp(a.id, b.id);
const newestFirst =
  <T extends { id: string }>(at: (t: T) => string) =>
  (a: T, b: T) =>
    cmp(at(b), at(a)) || cmp(a.id, b.id);

/** Meetings change through patch and moveIfFree only (MeetingRepository). */
function withoutUpdate<T extends RelationshipChild>({
  update: _wholeRow,
  ...rest
}: ChildRepository<T>) {
  return rest;
}

const countFor = (rows: Map<string, RelationshipChild>, relationshipId: string): number =>
  [...rows.values()].filter((row) => row.relationshipId === relationshipId).length;

function children<T extends RelationshipChild>(rows: Map<string, T>): ChildRepository<T> {
  return {
    create: async (record) => {
      rows.set(record.id, record);
    },
    createWithinLimit: async (record, max) => {
      if (countFor(rows, record.relationshipId) >= max) return 'limit';
      rows.set(record.id, record);
      return 'created';
    },
    update: async (record) => {
      if (rows.has(record.id)) rows.set(record.id, record);
    },
    findById: async (id) => rows.get(id) ?? null,
    listByRelationship: async (relationshipId) =>
      [...rows.values()]
        .filter((row) => row.relationshipId === relationshipId)
        .sort(oldestFirst((row) => row.createdAt)),
    listByRelationships: async (relationshipIds) => {
      const wanted = new Set(relationshipIds);
      return [...rows.values()]
        .filter((row) => wanted.has(row.relationshipId))
        .sort(oldestFirst((row) => row.createdAt));
    },
  };
}

/**
 * In-memory fakes of the mentorship ports, for service tests. Every method runs without an
 * await between its check and its write, so each is atomic as the database transactions are.
 */
export function createInMemoryMentorshipPorts() {
  const mentors = new Map<string, MentorProfileRecord>();
  const preferences = new Map<string, MenteePreferencesRecord>();
  const goals = new Map<string, GoalRecord>();
  const requests = new Map<string, RequestRecord>();
  const relationships = new Map<string, RelationshipRecord>();
  const waitlist = new Map<string, WaitlistRecord>();
  const comments = new Map<string, CommentRecord>();
  const reports: MentorReportRecord[] = [];
  const blocks = new Map<string, Set<string>>();
  const profileShares = createInMemoryProfileShares();
  const tracker = {
    meetings: new Map<string, MeetingRecord>(),
    actionItems: new Map<string, ActionItemRecord>(),
    milestones: new Map<string, MilestoneRecord>(),
    shares: new Map<string, ShareRecord>(),
  } as const;

  /** Another meeting of the mentor (any mentee) overlaps `meeting`'s time; itself excluded. */
  const mentorBusy = (meeting: MeetingRecord, mentorId: string): boolean => {
    const mine = new Set(
      [...relationships.values()].filter((r) => r.mentorId === mentorId).map((r) => r.id),
    );
    const start = Date.parse(meeting.scheduledAt);
    const end = start + meeting.minutes * 60_000;
    return [...tracker.meetings.values()].some((m) => {
      if (m.id === meeting.id || !mine.has(m.relationshipId)) return false;
      const s = Date.parse(m.scheduledAt);
      return s < end && start < s + m.minutes * 60_000;
    });
  };

  const activeOf = (mentorId: string) =>
    [...relationships.values()].filter((r) => r.mentorId === mentorId && r.status === 'active')
      .length;

  const startWithinCapacity = (relationship: RelationshipRecord): 'created' | 'full' => {
    const profile = mentors.get(relationship.mentorId);
    if (!profile || activeOf(relationship.mentorId) >= profile.capacity) return 'full';
    relationships.set(relationship.id, relationship);
    return 'created';
  };

  const relationshipRepository: RelationshipRepository = {
    createWithinCapacity: async (relationship) => startWithinCapacity(relationship),
    createFromProgram: async (relationship) => {
      const active = [...relationships.values()].some(
        (r) =>
          r.menteeId === relationship.menteeId &&
          r.mentorId === relationship.mentorId &&
          r.status === 'active',
      );
      if (active) return 'exists';
      relationships.set(relationship.id, relationship);
      return 'created';
    },
    findById: async (id) => relationships.get(id) ?? null,
    listByMentee: async (menteeId) =>
      [...relationships.values()]
        .filter((r) => r.menteeId === menteeId)
        .sort(newestFirst((r) => r.startedAt)),
    listByProgram: async (programId) =>
      [...relationships.values()]
        .filter((r) => r.programId === programId)
        .sort(newestFirst((r) => r.startedAt)),
    listByMentor: async (mentorId) =>
      [...relationships.values()]
        .filter((r) => r.mentorId === mentorId)
        .sort(newestFirst((r) => r.startedAt)),
    update: async (relationship) => {
      const row = relationships.get(relationship.id);
      if (row)
        relationships.set(row.id, {
          ...row,
          cadenceWeeks: relationship.cadenceWeeks,
          nextMeetingAt: relationship.nextMeetingAt,
          updatedAt: relationship.updatedAt,
        });
    },
    end: async (id, endedBy, exitNote, at) => {
      const row = relationships.get(id);
      if (row?.status !== 'active') return false;
      relationships.set(id, {
        ...row,
        status: 'ended',
        endedBy,
        exitNote,
        endedAt: at,
        updatedAt: at,
      });
      return true;
    },
  };

  const mentorship: MentorshipPorts = {
    mentors: {
      find: async (userId) => mentors.get(userId) ?? null,
      save: async (profile) => {
        const existing = mentors.get(profile.userId);
        mentors.set(
          profile.userId,
          existing ? { ...profile, createdAt: existing.createdAt } : profile,
        );
      },
      list: async () => [...mentors.values()].sort((a, b) => cmp(a.userId, b.userId)),
      activeCounts: async () => {
        const counts = new Map<string, number>();
        for (const r of relationships.values())
          if (r.status === 'active') counts.set(r.mentorId, (counts.get(r.mentorId) ?? 0) + 1);
        return counts;
      },
    },
    mentees: {
      findPreferences: async (userId) => preferences.get(userId) ?? null,
      savePreferences: async (p) => {
        preferences.set(p.userId, p);
      },
      createGoal: async (goal) => {
        goals.set(goal.id, goal);
      },
      // Synchronous between the count and the write, so parallel calls cannot interleave.
      createGoalWithinLimit: async (goal, limit) => {
        const held = [...goals.values()].filter((g) => g.menteeId === goal.menteeId).length;
        if (held >= limit) return 'limit';
        goals.set(goal.id, goal);
        return 'created';
      },
      updateGoal: async (goal) => {
        const row = goals.get(goal.id);
        if (row) goals.set(goal.id, { ...goal, menteeId: row.menteeId, createdAt: row.createdAt });
      },
      findGoal: async (id) => goals.get(id) ?? null,
      listGoals: async (menteeId) =>
        [...goals.values()]
          .filter((g) => g.menteeId === menteeId)
          .sort(oldestFirst((g) => g.createdAt)),
    },
    requests: {
      createOpen: async (request, limit, now) => {
        const open = [...requests.values()].filter(
          (r) => r.menteeId === request.menteeId && r.status === 'pending' && r.expiresAt > now,
        );
        if (open.some((r) => r.mentorId === request.mentorId)) return 'duplicate';
        if (open.length >= limit) return 'limit';
        requests.set(request.id, request);
        return 'created';
      },
      findById: async (id) => requests.get(id) ?? null,
      listByMentee: async (menteeId) =>
        [...requests.values()]
          .filter((r) => r.menteeId === menteeId)
          .sort(newestFirst((r) => r.createdAt)),
      listByMentor: async (mentorId) =>
        [...requests.values()]
          .filter((r) => r.mentorId === mentorId)
          .sort(newestFirst((r) => r.createdAt)),
      listPending: async () =>
        [...requests.values()]
          .filter((r) => r.status === 'pending')
          .sort(oldestFirst((r) => r.createdAt)),
      close: async (id, status, note, at) => {
        const row = requests.get(id);
        if (row?.status !== 'pending') return false;
        requests.set(id, { ...row, status, note, respondedAt: status === 'declined' ? at : null });
        return true;
      },
      markNudged: async (id, at) => {
        const row = requests.get(id);
        if (row) requests.set(id, { ...row, nudgedAt: at });
      },
      accept: async (id, relationship, note, at) => {
        const row = requests.get(id);
        if (row?.status !== 'pending' || row.expiresAt <= at) return 'not-open';
        if (startWithinCapacity(relationship) === 'full') return 'full';
        requests.set(id, {
          ...row,
          status: 'accepted',
          note,
          respondedAt: at,
          relationshipId: relationship.id,
        });
        return 'accepted';
      },
    },
    relationships: relationshipRepository,
    meetings: {
      ...withoutUpdate(children(tracker.meetings)),
      patch: async (id, changes) => {
        const stored = tracker.meetings.get(id);
        if (!stored) return;
        const defined = Object.entries(changes).filter(([, value]) => value !== undefined);
        tracker.meetings.set(id, { ...stored, ...Object.fromEntries(defined) });
      },
      bookIfFree: async (meeting, mentorId, max) => {
        if (mentorBusy(meeting, mentorId)) return 'taken';
        if (countFor(tracker.meetings, meeting.relationshipId) >= max) return 'limit';
        tracker.meetings.set(meeting.id, meeting);
        return 'booked';
      },
      moveIfFree: async (meeting, mentorId) => {
        const stored = tracker.meetings.get(meeting.id);
        if (!stored) return 'missing';
        if (mentorBusy(meeting, mentorId)) return 'taken';
        tracker.meetings.set(meeting.id, {
          ...stored,
          scheduledAt: meeting.scheduledAt,
          minutes: meeting.minutes,
          sequence: stored.sequence + 1,
        });
        return 'moved';
      },
    },
    actionItems: children(tracker.actionItems),
    milestones: children(tracker.milestones),
    shares: children(tracker.shares),
    comments: {
      create: async (comment) => {
        comments.set(comment.id, comment);
      },
      listByShare: async (shareId) =>
        [...comments.values()]
          .filter((c) => c.shareId === shareId)
          .sort(oldestFirst((c) => c.createdAt)),
    },
    waitlist: {
      add: async (entry) => {
        const taken = [...waitlist.values()].some(
          (w) => w.mentorId === entry.mentorId && w.menteeId === entry.menteeId,
        );
        if (taken) return 'duplicate';
        waitlist.set(entry.id, entry);
        return 'added';
      },
      findById: async (id) => waitlist.get(id) ?? null,
      listByMentor: async (mentorId) =>
        [...waitlist.values()]
          .filter((w) => w.mentorId === mentorId)
          .sort(oldestFirst((w) => w.joinedAt)),
      listByMentee: async (menteeId) =>
        [...waitlist.values()]
          .filter((w) => w.menteeId === menteeId)
          .sort(oldestFirst((w) => w.joinedAt)),
      remove: async (id) => {
        waitlist.delete(id);
      },
      markOffered: async (id, at) => {
        const row = waitlist.get(id);
        if (row) waitlist.set(id, { ...row, offeredAt: at });
      },
    },
    trust: {
      addReport: async (report) => {
        reports.push(report);
      },
      listReports: async () => [...reports].sort(newestFirst((r) => r.createdAt)),
      block: async (menteeId, mentorId) => {
        const set = blocks.get(menteeId) ?? new Set<string>();
        set.add(mentorId);
        blocks.set(menteeId, set);
      },
      unblock: async (menteeId, mentorId) => {
        blocks.get(menteeId)?.delete(mentorId);
      },
      blockedBy: async (menteeId) => new Set(blocks.get(menteeId) ?? []),
    },
    profileShares: profileShares.repository,
  };

  return {
    mentorship,
    /** Mirrors ON DELETE CASCADE when a user is deleted. */
    deleteUser(id: string) {
      mentors.delete(id);
      preferences.delete(id);
      for (const [key, g] of goals) if (g.menteeId === id) goals.delete(key);
      for (const [key, r] of requests)
        if (r.menteeId === id || r.mentorId === id) requests.delete(key);
      for (const [key, r] of relationships) {
        if (r.menteeId !== id && r.mentorId !== id) continue;
        relationships.delete(key);
        for (const rows of Object.values(tracker) as Map<string, RelationshipChild>[])
          for (const [childKey, child] of rows)
            if (child.relationshipId === key) rows.delete(childKey);
      }
      for (const [key, w] of waitlist)
        if (w.menteeId === id || w.mentorId === id) waitlist.delete(key);
      for (const [key, c] of comments) if (c.authorId === id) comments.delete(key);
      blocks.delete(id);
      for (const set of blocks.values()) set.delete(id);
      profileShares.forget((row) => row.sharedBy !== id && relationships.has(row.relationshipId));
      for (let i = reports.length - 1; i >= 0; i -= 1) {
        const report = reports[i] as MentorReportRecord;
        if (report.mentorId === id || report.reporterId === id) reports.splice(i, 1);
      }
    },
  };
}
