import {
  decideAccept,
  effectiveRequestStatus,
  hasFreePlace,
  isNudgeDue,
  OPEN_REQUEST_LIMIT,
  openRequestAllowance,
  requestExpiresAt,
  waitlistPosition,
} from '@matchready/core/mentorship';
import type { User } from '../account/account-domain.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import {
  DEFAULT_CADENCE_WEEKS,
  type RelationshipRecord,
  type RequestRecord,
  type WaitlistRecord,
} from './mentorship-domain.ts';
import { declineIfClosed } from './mentorship-places.ts';
import {
  createPeople,
  type MentorshipDeps,
  notify,
  type People,
  touchMentor,
} from './mentorship-support.ts';
import type { RequestListView, RequestView, WaitlistEntryView } from './mentorship-views.ts';

const conflict = (message: string) => new AppError('conflict', message);

async function requestView(
  request: RequestRecord,
  people: People,
  now: Date,
): Promise<RequestView> {
  return {
    id: request.id,
    mentee: await people.person(request.menteeId),
    mentor: await people.person(request.mentorId),
    status: effectiveRequestStatus(request, now),
    message: request.message,
    note: request.note,
    createdAt: request.createdAt,
    respondedAt: request.respondedAt,
    expiresAt: request.expiresAt,
    nudgedAt: request.nudgedAt,
    relationshipId: request.relationshipId,
  };
}

/**
 * Requests from mentees to mentors (≤ 3 open per mentee, 14-day expiry, capacity enforced in one
 * transaction), the daily expiry and nudge sweeps, and the waitlist.
 */
export function createMentorshipRequestService(deps: MentorshipDeps) {
  const { mentorship, clock, ids } = deps;

  async function own(user: User, id: string, side: 'menteeId' | 'mentorId') {
    const request = await mentorship.requests.findById(id);
    if (!request || request[side] !== user.id) throw notFound('Request');
    return request;
  }

  async function reload(id: string): Promise<RequestView> {
    const request = (await mentorship.requests.findById(id)) as RequestRecord;
    return requestView(request, createPeople(deps.users), clock.now());
  }

  async function waitlistView(entry: WaitlistRecord, people: People): Promise<WaitlistEntryView> {
    const all = await mentorship.waitlist.listByMentor(entry.mentorId);
    const withMentor = await Promise.all(
      all.map(async (e) => ({
        ...e,
        hasMentor: (await mentorship.relationships.listByMentee(e.menteeId)).some(
          (r) => r.status === 'active',
        ),
      })),
    );
    return {
      id: entry.id,
      mentor: await people.person(entry.mentorId),
      joinedAt: entry.joinedAt,
      position: waitlistPosition(withMentor, entry.menteeId) ?? all.length,
      offeredAt: entry.offeredAt,
    };
  }

  async function mentorState(mentorId: string) {
    const profile = await mentorship.mentors.find(mentorId);
    if (!profile) throw notFound('Mentor');
    const active = (await mentorship.mentors.activeCounts()).get(mentorId) ?? 0;
    return { profile, active };
  }

  return {
    async list(user: User): Promise<RequestListView> {
      const now = clock.now();
      const people = createPeople(deps.users);
      const requests =
        user.role === 'mentor'
          ? await mentorship.requests.listByMentor(user.id)
          : await mentorship.requests.listByMentee(user.id);
      return {
        requests: await Promise.all(requests.map((r) => requestView(r, people, now))),
        allowance: user.role === 'mentor' ? null : openRequestAllowance(requests, now),
      };
    },

    async create(user: User, input: { mentorId: string; message: string }): Promise<RequestView> {
      if (input.mentorId === user.id) throw notFound('Mentor');
      const { profile, active } = await mentorState(input.mentorId);
      if ((await mentorship.trust.blockedBy(user.id)).has(input.mentorId))
        throw conflict('You blocked this mentor; unblock them first');
      if (!profile.acceptingRequests)
        throw conflict('This mentor has paused new requests; join their waitlist instead');
      if (
        !hasFreePlace({
          capacity: profile.capacity,
          activeMentees: active,
          acceptingRequests: true,
        })
      )
        throw conflict('This mentor has no free place; join their waitlist instead');
      const pairs = await mentorship.relationships.listByMentee(user.id);
      if (pairs.some((r) => r.mentorId === input.mentorId && r.status === 'active'))
        throw conflict('This mentor is already your mentor');
      const now = clock.now().toISOString();
      const request: RequestRecord = {
        id: ids.newId(),
        menteeId: user.id,
        mentorId: input.mentorId,
        status: 'pending',
        message: input.message,
        note: null,
        createdAt: now,
        expiresAt: requestExpiresAt({ createdAt: now }),
        respondedAt: null,
        nudgedAt: null,
        relationshipId: null,
      };
      const outcome = await mentorship.requests.createOpen(request, OPEN_REQUEST_LIMIT, now);
      if (outcome === 'limit')
        throw conflict(
          `You have ${OPEN_REQUEST_LIMIT} open requests; wait for an answer or withdraw one first`,
        );
      if (outcome === 'duplicate')
        throw conflict('You already have an open request to this mentor');
      const entry = (await mentorship.waitlist.listByMentee(user.id)).find(
        (w) => w.mentorId === input.mentorId,
      );
      if (entry) await mentorship.waitlist.remove(entry.id);
      await notify(deps, input.mentorId, {
        kind: 'mentorship-request',
        subject: `New mentorship request from ${user.displayName}`,
        text: `${user.displayName} asked you to be their mentor. Open MatchReady to read the message and accept or decline (it expires in 14 days).`,
      });
      return reload(request.id);
    },

    async withdraw(user: User, id: string): Promise<RequestView> {
      const request = await own(user, id, 'menteeId');
      if (
        !(await mentorship.requests.close(request.id, 'withdrawn', null, clock.now().toISOString()))
      )
        throw conflict('This request is no longer open');
      return reload(id);
    },

    async accept(user: User, id: string, note?: string): Promise<RequestView> {
      const request = await own(user, id, 'mentorId');
      const now = clock.now();
      if (effectiveRequestStatus(request, now) !== 'pending')
        throw conflict('This request is no longer open');
      const at = now.toISOString();
      const relationship: RelationshipRecord = {
        id: ids.newId(),
        menteeId: request.menteeId,
        mentorId: user.id,
        status: 'active',
        cadenceWeeks: DEFAULT_CADENCE_WEEKS,
        startedAt: at,
        nextMeetingAt: null,
        source: 'request',
        programId: null,
        endedAt: null,
        endedBy: null,
        exitNote: null,
        updatedAt: at,
      };
      const pairs = await mentorship.relationships.listByMentee(request.menteeId);
      if (pairs.some((r) => r.mentorId === user.id && r.status === 'active'))
        throw conflict('You already mentor this mentee');
      const outcome = await mentorship.requests.accept(id, relationship, note?.trim() || null, at);
      if (outcome === 'not-open') throw conflict('This request is no longer open');
      if (outcome === 'full') {
        const { profile, active } = await mentorState(user.id);
        const decision = decideAccept({ capacity: profile.capacity, activeMentees: active });
        throw conflict(decision.allowed ? 'Your places just filled up' : decision.message);
      }
      await touchMentor(deps, user.id);
      await notify(deps, request.menteeId, {
        kind: 'mentorship-request-accepted',
        subject: `${user.displayName} accepted your mentorship request`,
        text: `${user.displayName} accepted your request.${note ? ` Their note: ${note}` : ''} Open MatchReady to book your first call.`,
      });
      await declineIfClosed(deps, user.id);
      return reload(id);
    },

    async decline(user: User, id: string, note?: string): Promise<RequestView> {
      const request = await own(user, id, 'mentorId');
      const text = note?.trim() || null;
      if (
        !(await mentorship.requests.close(request.id, 'declined', text, clock.now().toISOString()))
      )
        throw conflict('This request is no longer open');
      await touchMentor(deps, user.id);
      await notify(deps, request.menteeId, {
        kind: 'mentorship-request-declined',
        subject: `${user.displayName} declined your mentorship request`,
        text: text ?? 'The mentor could not take you on this time. You can ask another mentor.',
      });
      return reload(id);
    },

    /** Marks pending requests past 14 days expired (the scheduler calls it); returns how many. */
    async expireDueRequests(now: Date): Promise<number> {
      let expired = 0;
      for (const request of await mentorship.requests.listPending()) {
        if (effectiveRequestStatus(request, now) !== 'expired') continue;
        if (!(await mentorship.requests.close(request.id, 'expired', null, now.toISOString())))
          continue;
        expired += 1;
        await notify(deps, request.menteeId, {
          kind: 'mentorship-request-expired',
          subject: 'Your mentorship request expired',
          text: 'A mentor did not answer within 14 days, so the request closed. You can ask another mentor now.',
        });
      }
      return expired;
    },

    /** Reminds mentors once of requests open for 5 days (the scheduler calls it). */
    async sendNudges(now: Date): Promise<number> {
      let nudged = 0;
      for (const request of await mentorship.requests.listPending()) {
        if (!isNudgeDue(request, now)) continue;
        await mentorship.requests.markNudged(request.id, now.toISOString());
        nudged += 1;
        await notify(deps, request.mentorId, {
          kind: 'mentorship-request-nudge',
          subject: 'A mentee is waiting for your answer',
          text: 'A mentorship request has been waiting for 5 days. Please accept or decline it: a short "not now" helps the mentee move on.',
        });
      }
      return nudged;
    },

    async listWaitlist(user: User): Promise<WaitlistEntryView[]> {
      const people = createPeople(deps.users);
      const entries = await mentorship.waitlist.listByMentee(user.id);
      return Promise.all(entries.map((entry) => waitlistView(entry, people)));
    },

    async joinWaitlist(user: User, mentorId: string): Promise<WaitlistEntryView> {
      if (mentorId === user.id) throw notFound('Mentor');
      const { profile, active } = await mentorState(mentorId);
      if (
        hasFreePlace({
          capacity: profile.capacity,
          activeMentees: active,
          acceptingRequests: profile.acceptingRequests,
        })
      )
        throw conflict('This mentor has a free place: send a request instead');
      const entry: WaitlistRecord = {
        id: ids.newId(),
        mentorId,
        menteeId: user.id,
        joinedAt: clock.now().toISOString(),
        offeredAt: null,
      };
      if ((await mentorship.waitlist.add(entry)) === 'duplicate')
        throw conflict("You are already on this mentor's waitlist");
      return waitlistView(entry, createPeople(deps.users));
    },

    async leaveWaitlist(user: User, id: string): Promise<void> {
      const entry = await mentorship.waitlist.findById(id);
      if (!entry || entry.menteeId !== user.id) throw notFound('Waitlist entry');
      await mentorship.waitlist.remove(id);
    },
  };
}
