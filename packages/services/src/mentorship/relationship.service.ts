import { listBookableSlots, SLOT_MINUTES } from '@matchready/core/mentorship';
import type { ActionItemOwner, MentorshipMilestoneKind } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { LoginAttemptRepository } from '../account/account-ports.ts';
import { createAttemptLimiter } from '../account/attempt-limits.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import { meetingInvite, pairNames } from './meeting-invite.ts';
import type { ActionItemRecord, MeetingRecord, MilestoneRecord } from './mentorship-domain.ts';
import { offerFreePlace } from './mentorship-places.ts';
import type { MeetingChanges } from './mentorship-ports.ts';
import {
  createPeople,
  type MentorshipDeps,
  notify,
  type PairSide,
  relationshipOf,
  requireActive,
  touchMentor,
} from './mentorship-support.ts';
import {
  actionItemView,
  meetingView,
  milestoneView,
  pairTimeZone,
  relationshipDetail,
  relationshipSummary,
} from './relationship-view.ts';

export interface MeetingInput {
  readonly scheduledAt: string;
  readonly minutes?: number | undefined;
  readonly agenda?: string | undefined;
  readonly fromAvailability?: boolean | undefined;
}

export interface MeetingUpdate {
  /** Moves a meeting not yet held (either side; the mentor must be free then). */
  readonly scheduledAt?: string | undefined;
  readonly minutes?: number | undefined;
  readonly agenda?: string | undefined;
  readonly sharedNotes?: string | undefined;
  readonly privateNotes?: string | undefined;
  readonly held?: boolean | undefined;
  readonly thankYou?: 'thanked' | 'dismissed' | undefined;
}

const thank = (choice: 'thanked' | 'dismissed' | undefined, side: PairSide, at: string) =>
  choice === undefined || side !== 'mentee'
    ? {}
    : choice === 'thanked'
      ? { thankedAt: at }
      : { dismissedAt: at };

/**
 * Meeting mail (planned, moved) one person gets from one relationship: at most this many an hour.
 * Past it the change is saved and shown on the relationship page, but not mailed, so a partner
 * moving a call back and forth cannot fill the other's inbox. Counted in the attempt table
 * (one atomic upsert per mail, decision 032), so parallel requests and several servers share it.
 */
export const MEETING_MAIL_LIMIT = { maxFailures: 6, windowMs: 60 * 60 * 1000 } as const;

/**
 * Records one relationship may hold: a weekly call for ten years, and as many action items. Only
 * the pair can add them, but a loop of requests should not grow a table without bound.
 */
export const MAX_MEETINGS = 500;
export const MAX_ACTION_ITEMS = 500;

const tooMany = (what: string, max: number) =>
  new AppError(
    'conflict',
    `This relationship already has ${max} ${what}, the most one relationship can keep.`,
  );

/** The tracker of a pair: cadence, meetings, action items, milestones, ending gracefully. */
export function createRelationshipService(
  deps: MentorshipDeps & { readonly loginAttempts: LoginAttemptRepository },
) {
  const { mentorship, clock, ids } = deps;
  const counters = createAttemptLimiter(deps.loginAttempts, clock);

  /**
   * Mails a meeting change to `userId` unless this relationship already sent them the hour's
   * share; false when the mail was held back for that reason (the caller tells the user).
   */
  async function notifyMeeting(
    relationshipId: string,
    userId: string,
    mail: Parameters<typeof notify>[2],
  ): Promise<boolean> {
    const key = `mentorship-meeting-mail:${relationshipId}:${userId}`;
    if ((await counters.hit(key, MEETING_MAIL_LIMIT)) !== null) return false;
    await notify(deps, userId, mail);
    return true;
  }

  async function detail(user: User, id: string) {
    const { relationship, side } = await relationshipOf(deps, user, id);
    return relationshipDetail(deps, relationship, side, createPeople(deps.users));
  }

  /** A child record of a relationship the user is part of (404 for anyone else). */
  async function childOf<T extends { relationshipId: string }>(
    user: User,
    record: T | null,
    what: string,
  ) {
    if (!record) throw notFound(what);
    try {
      return { record, ...(await relationshipOf(deps, user, record.relationshipId)) };
    } catch {
      throw notFound(what);
    }
  }

  async function touchIfMentor(user: User) {
    if (user.role === 'mentor') await touchMentor(deps, user.id);
  }

  /**
   * Moves a meeting not yet held to a new time or length, if the mentor has no other meeting
   * then (checked where it is written). Its invite keeps its UID and raises SEQUENCE, and the
   * other side gets the moved invite by mail. Returns the meeting as stored after the move, and
   * whether the other side was emailed (undefined when nothing moved).
   */
  async function moveMeeting(
    user: User,
    { record, side, relationship }: Awaited<ReturnType<typeof childOf<MeetingRecord>>>,
    input: MeetingUpdate,
  ): Promise<{ record: MeetingRecord; partnerEmailed?: boolean }> {
    const scheduledAt =
      input.scheduledAt === undefined
        ? record.scheduledAt
        : new Date(Date.parse(input.scheduledAt)).toISOString();
    const minutes = input.minutes ?? record.minutes;
    if (scheduledAt === record.scheduledAt && minutes === record.minutes) return { record };
    if (input.held === true)
      throw invalidInput('Move the meeting or mark it as held, not both at once', [
        {
          code: 'invalid-value',
          path: ['held'],
          message: 'Mark it as held once it has taken place',
        },
      ]);
    requireActive(relationship);
    if (record.heldAt !== null)
      throw new AppError('conflict', 'This meeting is marked as held, so it cannot be moved.');
    const outcome = await mentorship.meetings.moveIfFree(
      { ...record, scheduledAt, minutes },
      relationship.mentorId,
    );
    if (outcome === 'taken')
      throw new AppError(
        'conflict',
        'The mentor has another meeting at that time; pick another time.',
        {
          issues: [
            { code: 'taken', path: ['scheduledAt'], message: 'The mentor is busy at that time' },
          ],
        },
      );
    const moved = await mentorship.meetings.findById(record.id);
    if (outcome === 'missing' || !moved) throw notFound('Meeting');
    const now = clock.now().toISOString();
    if (relationship.nextMeetingAt === record.scheduledAt)
      await mentorship.relationships.update({
        ...relationship,
        nextMeetingAt: moved.scheduledAt > now ? moved.scheduledAt : null,
        updatedAt: now,
      });
    const invite = deps.meetingInvite
      ? deps.meetingInvite(meetingInvite(moved, await pairNames(deps, relationship)))
      : null;
    const other = side === 'mentee' ? relationship.mentorId : relationship.menteeId;
    const partnerEmailed = await notifyMeeting(relationship.id, other, {
      kind: 'mentorship-meeting-moved',
      subject: `${user.displayName} moved your mentoring meeting`,
      text: `The meeting planned for ${record.scheduledAt} (UTC, ${record.minutes} minutes) is now at ${moved.scheduledAt} (UTC, ${moved.minutes} minutes).${
        invite
          ? ' The updated calendar invite is attached: importing it replaces the old event.'
          : ''
      }`,
      ...(invite ? { attachments: [invite] } : {}),
    });
    return { record: moved, partnerEmailed };
  }

  return {
    async list(user: User) {
      const people = createPeople(deps.users);
      const relationships =
        user.role === 'mentor'
          ? await mentorship.relationships.listByMentor(user.id)
          : await mentorship.relationships.listByMentee(user.id);
      const summaries = await Promise.all(
        relationships.map((r) => relationshipSummary(deps, r, people)),
      );
      return {
        relationships: summaries,
        overdue: {
          meetings: summaries.filter((s) => s.standing.status === 'overdue').length,
          actionItems: summaries.reduce((sum, s) => sum + s.overdueActionItems, 0),
        },
      };
    },

    get: detail,

    async update(
      user: User,
      id: string,
      input: { cadenceWeeks?: number | undefined; nextMeetingAt?: string | null | undefined },
    ) {
      const { relationship } = await relationshipOf(deps, user, id);
      requireActive(relationship);
      await mentorship.relationships.update({
        ...relationship,
        cadenceWeeks: input.cadenceWeeks ?? relationship.cadenceWeeks,
        nextMeetingAt:
          input.nextMeetingAt === undefined ? relationship.nextMeetingAt : input.nextMeetingAt,
        updatedAt: clock.now().toISOString(),
      });
      await touchIfMentor(user);
      return detail(user, id);
    },

    async end(user: User, id: string, exitNote: string) {
      const { relationship, side } = await relationshipOf(deps, user, id);
      if (!(await mentorship.relationships.end(id, user.id, exitNote, clock.now().toISOString())))
        throw new AppError('conflict', 'This relationship has already ended');
      await notify(deps, side === 'mentee' ? relationship.mentorId : relationship.menteeId, {
        kind: 'mentorship-ended',
        subject: `${user.displayName} ended your mentoring relationship`,
        text: `${user.displayName} wrote: ${exitNote}`,
      });
      await offerFreePlace(deps, relationship.mentorId);
      return detail(user, id);
    },

    async createMeeting(user: User, id: string, input: MeetingInput) {
      const { relationship, side } = await relationshipOf(deps, user, id);
      requireActive(relationship);
      const minutes = input.minutes ?? SLOT_MINUTES.default;
      if (input.fromAvailability) {
        // A booked first call must be one of the slots the mentee was shown; whether it is still
        // free is checked where it is written (bookIfFree), so two bookings cannot both win.
        const profile = await mentorship.mentors.find(relationship.mentorId);
        const slots = profile
          ? listBookableSlots({
              availability: { timeZone: profile.timeZone, windows: profile.availability },
              menteeTimeZone: await pairTimeZone(deps, relationship),
              now: clock.now(),
              count: 50,
              slotMinutes: Math.min(Math.max(minutes, SLOT_MINUTES.min), SLOT_MINUTES.max),
            })
          : null;
        const at = Date.parse(input.scheduledAt);
        if (!slots?.ok || !slots.value.some((s) => Date.parse(s.start) === at))
          throw invalidInput('That time is not in the mentor’s published availability', [
            {
              code: 'invalid-value',
              path: ['scheduledAt'],
              message: 'Pick one of the listed slots',
            },
          ]);
      }
      const now = clock.now().toISOString();
      const meeting: MeetingRecord = {
        id: ids.newId(),
        relationshipId: id,
        scheduledAt: new Date(Date.parse(input.scheduledAt)).toISOString(),
        minutes,
        agenda: input.agenda ?? '',
        sharedNotes: '',
        menteePrivateNotes: '',
        mentorPrivateNotes: '',
        heldAt: null,
        thankedAt: null,
        dismissedAt: null,
        sequence: 0,
        createdBy: user.id,
        createdAt: now,
      };
      // A booked call is written only if the mentor is still free then (one transaction).
      const outcome = input.fromAvailability
        ? await mentorship.meetings.bookIfFree(meeting, relationship.mentorId, MAX_MEETINGS)
        : await mentorship.meetings.createWithinLimit(meeting, MAX_MEETINGS);
      if (outcome === 'taken')
        throw new AppError('conflict', 'That time was just taken; pick another one.');
      if (outcome === 'limit') throw tooMany('meetings', MAX_MEETINGS);
      if (meeting.scheduledAt > now)
        await mentorship.relationships.update({
          ...relationship,
          nextMeetingAt: meeting.scheduledAt,
          updatedAt: now,
        });
      await touchIfMentor(user);
      // A booked call carries its calendar invite (the same UID as the download).
      const invite =
        input.fromAvailability && deps.meetingInvite
          ? deps.meetingInvite(meetingInvite(meeting, await pairNames(deps, relationship)))
          : null;
      const other = side === 'mentee' ? relationship.mentorId : relationship.menteeId;
      const partnerEmailed = await notifyMeeting(relationship.id, other, {
        kind: 'mentorship-meeting',
        subject: `${user.displayName} planned a mentoring meeting`,
        text: `A ${minutes}-minute meeting was planned for ${meeting.scheduledAt} (UTC).${
          invite ? ' The calendar invite is attached; it is also on the relationship page.' : ''
        }`,
        ...(invite ? { attachments: [invite] } : {}),
      });
      return { meeting: meetingView(meeting, side), partnerEmailed };
    },

    async updateMeeting(user: User, meetingId: string, input: MeetingUpdate) {
      const found = await childOf(user, await mentorship.meetings.findById(meetingId), 'Meeting');
      const { side, relationship } = found;
      const { record, partnerEmailed } = await moveMeeting(user, found, input);
      const now = clock.now().toISOString();
      // Only what this request sets is written: the other side may be saving other fields.
      const changes: MeetingChanges = {
        ...(input.agenda === undefined ? {} : { agenda: input.agenda }),
        ...(input.sharedNotes === undefined ? {} : { sharedNotes: input.sharedNotes }),
        ...(input.privateNotes === undefined
          ? {}
          : side === 'mentee'
            ? { menteePrivateNotes: input.privateNotes }
            : { mentorPrivateNotes: input.privateNotes }),
        ...(input.held === undefined ? {} : { heldAt: input.held ? (record.heldAt ?? now) : null }),
        ...thank(input.thankYou, side, now),
      };
      await mentorship.meetings.patch(record.id, changes);
      const updated: MeetingRecord = { ...record, ...changes };
      if (input.held && relationship.nextMeetingAt === record.scheduledAt)
        await mentorship.relationships.update({
          ...relationship,
          nextMeetingAt: null,
          updatedAt: now,
        });
      await touchIfMentor(user);
      return {
        meeting: meetingView(updated, side),
        ...(partnerEmailed === undefined ? {} : { partnerEmailed }),
      };
    },

    async createActionItem(
      user: User,
      id: string,
      input: {
        owner: ActionItemOwner;
        text: string;
        dueOn?: string | null | undefined;
        goalId?: string | null | undefined;
      },
    ) {
      const { relationship } = await relationshipOf(deps, user, id);
      requireActive(relationship);
      if (input.goalId) {
        const goal = await mentorship.mentees.findGoal(input.goalId);
        if (!goal || goal.menteeId !== relationship.menteeId) throw notFound('Goal');
      }
      const item: ActionItemRecord = {
        id: ids.newId(),
        relationshipId: id,
        owner: input.owner,
        text: input.text,
        dueOn: input.dueOn ?? null,
        doneAt: null,
        goalId: input.goalId ?? null,
        createdAt: clock.now().toISOString(),
      };
      if ((await mentorship.actionItems.createWithinLimit(item, MAX_ACTION_ITEMS)) === 'limit')
        throw tooMany('action items', MAX_ACTION_ITEMS);
      await touchIfMentor(user);
      return actionItemView(item, clock.now(), await pairTimeZone(deps, relationship));
    },

    async updateActionItem(
      user: User,
      itemId: string,
      input: {
        text?: string | undefined;
        dueOn?: string | null | undefined;
        done?: boolean | undefined;
      },
    ) {
      const { record, relationship } = await childOf(
        user,
        await mentorship.actionItems.findById(itemId),
        'Action item',
      );
      const now = clock.now();
      const updated: ActionItemRecord = {
        ...record,
        text: input.text ?? record.text,
        dueOn: input.dueOn === undefined ? record.dueOn : input.dueOn,
        doneAt:
          input.done === undefined
            ? record.doneAt
            : input.done
              ? (record.doneAt ?? now.toISOString())
              : null,
      };
      await mentorship.actionItems.update(updated);
      await touchIfMentor(user);
      return actionItemView(updated, now, await pairTimeZone(deps, relationship));
    },

    async createMilestone(
      user: User,
      id: string,
      input: { kind: MentorshipMilestoneKind; note?: string | undefined; achievedOn: string },
    ) {
      const { relationship, side } = await relationshipOf(deps, user, id);
      requireActive(relationship);
      const milestone: MilestoneRecord = {
        id: ids.newId(),
        relationshipId: id,
        kind: input.kind,
        note: input.note ?? '',
        achievedOn: input.achievedOn,
        thankedAt: null,
        dismissedAt: null,
        createdAt: clock.now().toISOString(),
      };
      await mentorship.milestones.create(milestone);
      await notify(deps, side === 'mentee' ? relationship.mentorId : relationship.menteeId, {
        kind: 'mentorship-milestone',
        subject: 'A milestone was recorded',
        text: `${user.displayName} recorded a milestone: ${input.kind}${input.note ? ` (${input.note})` : ''}.`,
      });
      return milestoneView(milestone);
    },

    async updateMilestone(
      user: User,
      milestoneId: string,
      input: { note?: string | undefined; thankYou?: 'thanked' | 'dismissed' | undefined },
    ) {
      const { record, side } = await childOf(
        user,
        await mentorship.milestones.findById(milestoneId),
        'Milestone',
      );
      const updated: MilestoneRecord = {
        ...record,
        note: input.note ?? record.note,
        ...thank(input.thankYou, side, clock.now().toISOString()),
      };
      await mentorship.milestones.update(updated);
      return milestoneView(updated);
    },
  };
}
