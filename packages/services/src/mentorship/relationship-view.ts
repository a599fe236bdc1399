import {
  isActionItemOverdue,
  meetingStanding,
  overdueActionItems,
  thankYouPrompts,
} from '@matchready/core/mentorship';
import { goalView, itemsOfMentee } from './mentee-goals.ts';
import type {
  ActionItemRecord,
  MeetingRecord,
  MilestoneRecord,
  RelationshipRecord,
  ShareRecord,
} from './mentorship-domain.ts';
import type { MentorshipDeps, PairSide, People } from './mentorship-support.ts';
import type {
  ActionItemView,
  MeetingView,
  RelationshipDetailView,
  RelationshipSummaryView,
  ShareView,
} from './mentorship-views.ts';

/** The zone "today" is read in for due dates: the mentee's, else the mentor's, else UTC. */
export async function pairTimeZone(
  deps: Pick<MentorshipDeps, 'mentorship'>,
  r: RelationshipRecord,
): Promise<string> {
  const prefs = await deps.mentorship.mentees.findPreferences(r.menteeId);
  if (prefs) return prefs.timeZone;
  return (await deps.mentorship.mentors.find(r.mentorId))?.timeZone ?? 'UTC';
}

export const meetingView = (m: MeetingRecord, side: PairSide): MeetingView => ({
  id: m.id,
  scheduledAt: m.scheduledAt,
  minutes: m.minutes,
  agenda: m.agenda,
  sharedNotes: m.sharedNotes,
  // Private notes never cross to the other side of the pair.
  myPrivateNotes: side === 'mentee' ? m.menteePrivateNotes : m.mentorPrivateNotes,
  heldAt: m.heldAt,
  createdAt: m.createdAt,
});

export const actionItemView = (a: ActionItemRecord, now: Date, zone: string): ActionItemView => ({
  id: a.id,
  owner: a.owner,
  text: a.text,
  dueOn: a.dueOn,
  doneAt: a.doneAt,
  goalId: a.goalId,
  overdue: isActionItemOverdue(a, now, zone),
});

export const milestoneView = (m: MilestoneRecord) => ({
  id: m.id,
  kind: m.kind,
  note: m.note,
  achievedOn: m.achievedOn,
  createdAt: m.createdAt,
});

export async function shareView(deps: MentorshipDeps, share: ShareRecord): Promise<ShareView> {
  const [attempt, comments] = await Promise.all([
    deps.interviewAttempts.findById(share.attemptId),
    deps.mentorship.comments.listByShare(share.id),
  ]);
  return {
    id: share.id,
    attemptId: share.attemptId,
    questionId: attempt?.questionId ?? 'unknown',
    sharedAt: share.createdAt,
    revokedAt: share.revokedAt,
    comments: comments.length,
  };
}

/** When the pair last met: the latest held meeting. */
export const lastMeetingAt = (meetings: readonly MeetingRecord[]): string | null =>
  meetings.reduce<string | null>(
    (latest, m) =>
      m.heldAt !== null && (latest === null || m.scheduledAt > latest) ? m.scheduledAt : latest,
    null,
  );

export async function relationshipSummary(
  deps: MentorshipDeps,
  r: RelationshipRecord,
  people: People,
  loaded?: { meetings: MeetingRecord[]; items: ActionItemRecord[]; zone: string },
): Promise<RelationshipSummaryView> {
  const now = deps.clock.now();
  const [meetings, items, zone] = loaded
    ? [loaded.meetings, loaded.items, loaded.zone]
    : await Promise.all([
        deps.mentorship.meetings.listByRelationship(r.id),
        deps.mentorship.actionItems.listByRelationship(r.id),
        pairTimeZone(deps, r),
      ]);
  return {
    id: r.id,
    mentee: await people.person(r.menteeId),
    mentor: await people.person(r.mentorId),
    status: r.status,
    source: r.source,
    programId: r.programId,
    cadenceWeeks: r.cadenceWeeks,
    startedAt: r.startedAt,
    nextMeetingAt: r.nextMeetingAt,
    standing: meetingStanding(
      {
        status: r.status,
        startedAt: r.startedAt,
        cadenceWeeks: r.cadenceWeeks,
        lastMeetingAt: lastMeetingAt(meetings),
        nextMeetingAt: r.nextMeetingAt,
      },
      now,
    ),
    overdueActionItems: r.status === 'active' ? overdueActionItems(items, now, zone).length : 0,
    endedAt: r.endedAt,
    exitNote: r.exitNote,
  };
}

/** The tracker for one side of the pair. */
export async function relationshipDetail(
  deps: MentorshipDeps,
  r: RelationshipRecord,
  side: PairSide,
  people: People,
): Promise<RelationshipDetailView> {
  const now = deps.clock.now();
  const { mentorship } = deps;
  const [meetings, items, milestones, shares, goals, menteeItems, zone] = await Promise.all([
    mentorship.meetings.listByRelationship(r.id),
    mentorship.actionItems.listByRelationship(r.id),
    mentorship.milestones.listByRelationship(r.id),
    mentorship.shares.listByRelationship(r.id),
    mentorship.mentees.listGoals(r.menteeId),
    itemsOfMentee(deps, r.menteeId),
    pairTimeZone(deps, r),
  ]);
  const visibleShares = side === 'mentee' ? shares : shares.filter((s) => s.revokedAt === null);
  const thankable = [
    ...meetings
      .filter((m) => m.heldAt !== null)
      .map((m) => ({
        kind: 'meeting' as const,
        id: m.id,
        at: m.heldAt as string,
        thankedAt: m.thankedAt,
        dismissedAt: m.dismissedAt,
      })),
    ...milestones.map((m) => ({
      kind: 'milestone' as const,
      id: m.id,
      at: m.createdAt,
      thankedAt: m.thankedAt,
      dismissedAt: m.dismissedAt,
    })),
  ];
  return {
    relationship: await relationshipSummary(deps, r, people, { meetings, items, zone }),
    meetings: [...meetings]
      .sort((a, b) => (a.scheduledAt < b.scheduledAt ? -1 : a.scheduledAt > b.scheduledAt ? 1 : 0))
      .map((m) => meetingView(m, side)),
    actionItems: items.map((a) => actionItemView(a, now, zone)),
    milestones: milestones.map(milestoneView),
    goals: goals.map((g) => goalView(g, menteeItems)),
    thankYouPrompts:
      side === 'mentee' && r.status !== 'ended'
        ? thankYouPrompts(thankable, now).map(({ kind, id, at }) => ({ kind, id, at }))
        : [],
    shares: await Promise.all(visibleShares.map((s) => shareView(deps, s))),
  };
}
