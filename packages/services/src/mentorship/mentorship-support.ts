import {
  isKnownTimeZone,
  parseWeeklyAvailability,
  responseStats,
} from '@matchready/core/mentorship';
import type { User } from '../account/account-domain.ts';
import type { UserRepository } from '../account/account-ports.ts';
import type { InterviewAttemptRepository } from '../interview/interview-ports.ts';
import { AppError, invalidInput, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator, Mailer, OutgoingMail } from '../shared/ports.ts';
import type { MeetingInviteWriter } from './meeting-invite-writer.ts';
import type {
  MentorProfileRecord,
  RelationshipRecord,
  RequestRecord,
} from './mentorship-domain.ts';
import type { MentorshipPorts } from './mentorship-ports.ts';
import type { MentorCardView, PersonView } from './mentorship-views.ts';

/** What every mentorship service needs. */
export interface MentorshipDeps {
  readonly mentorship: MentorshipPorts;
  readonly users: UserRepository;
  readonly interviewAttempts: InterviewAttemptRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  readonly mailer?: Mailer | undefined;
  /** Writes meeting invites attached to booking mail (apps/server); none: no attachment. */
  readonly meetingInvite?: MeetingInviteWriter | undefined;
}

/** The people behind ids, loaded once per call. */
export function createPeople(users: UserRepository) {
  const cache = new Map<string, Promise<User | null>>();
  const load = (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = users.findById(id);
      cache.set(id, found);
    }
    return found;
  };
  return {
    load,
    async person(id: string): Promise<PersonView> {
      const user = await load(id);
      return {
        id,
        displayName: user?.displayName ?? 'Deleted account',
        isDemo: user?.isDemo ?? false,
      };
    },
  };
}
export type People = ReturnType<typeof createPeople>;

/**
 * The zone as the user wrote it when it is a known IANA zone, or a 400 naming the field. Not
 * canonicalised: ICU would turn "Asia/Kolkata" into the legacy "Asia/Calcutta".
 */
export function checkedTimeZone(zone: string, field: string): string {
  if (!isKnownTimeZone(zone))
    throw invalidInput(`${zone} is not a known time zone`, [
      {
        code: 'unknown-time-zone',
        path: [field],
        message: `${JSON.stringify(zone)} is not a known IANA time zone, e.g. "America/Chicago"`,
      },
    ]);
  return zone;
}

/** Availability windows checked by the core (start before end, no overlaps…). */
export function checkedAvailability(
  timeZone: string,
  windows: MentorProfileRecord['availability'],
): MentorProfileRecord['availability'] {
  const parsed = parseWeeklyAvailability({ timeZone, windows });
  if (!parsed.ok) throw invalidInput('The weekly availability is not valid', parsed.issues);
  return parsed.value.windows;
}

export function mentorCard(
  profile: MentorProfileRecord,
  user: User | null,
  activeMentees: number,
  requests: readonly RequestRecord[],
): MentorCardView {
  return {
    id: profile.userId,
    displayName: user?.displayName ?? 'Deleted account',
    isDemo: user?.isDemo ?? false,
    specialties: [...profile.specialties],
    institution: profile.institution,
    state: profile.state,
    role: profile.role,
    mentorTypes: [...profile.mentorTypes],
    imgCountry: profile.imgCountry,
    languages: [...profile.languages],
    timeZone: profile.timeZone,
    capacity: profile.capacity,
    activeMentees,
    freePlaces: Math.max(0, profile.capacity - activeMentees),
    acceptingRequests: profile.acceptingRequests,
    helpsWith: profile.helpsWith,
    availability: profile.availability.map((w) => ({ ...w })),
    lastActiveAt: profile.lastActiveAt,
    verified: profile.verifiedAt !== null,
    verifiedAt: profile.verifiedAt,
    responseTime: responseStats(requests),
  };
}

/** The card of one mentor, or 404 when they have no profile. */
export async function loadMentorCard(
  deps: MentorshipDeps,
  mentorId: string,
): Promise<{ profile: MentorProfileRecord; card: MentorCardView }> {
  const profile = await deps.mentorship.mentors.find(mentorId);
  if (!profile) throw notFound('Mentor');
  const [user, counts, requests] = await Promise.all([
    deps.users.findById(mentorId),
    deps.mentorship.mentors.activeCounts(),
    deps.mentorship.requests.listByMentor(mentorId),
  ]);
  return { profile, card: mentorCard(profile, user, counts.get(mentorId) ?? 0, requests) };
}

export type PairSide = 'mentee' | 'mentor';

/** The relationship when `user` is one of its pair (404 otherwise), and which side they are. */
export async function relationshipOf(
  deps: MentorshipDeps,
  user: User,
  relationshipId: string,
): Promise<{ relationship: RelationshipRecord; side: PairSide }> {
  const relationship = await deps.mentorship.relationships.findById(relationshipId);
  if (relationship && relationship.menteeId === user.id) return { relationship, side: 'mentee' };
  if (relationship && relationship.mentorId === user.id) return { relationship, side: 'mentor' };
  throw notFound('Relationship');
}

export function requireActive(relationship: RelationshipRecord): void {
  if (relationship.status !== 'active')
    throw new AppError('conflict', 'This relationship has ended');
}

/** Records the mentor's activity (shown as "last active" in the directory). */
export async function touchMentor(deps: MentorshipDeps, mentorId: string): Promise<void> {
  const profile = await deps.mentorship.mentors.find(mentorId);
  if (profile)
    await deps.mentorship.mentors.save({
      ...profile,
      lastActiveAt: deps.clock.now().toISOString(),
    });
}

/**
 * Sends a notification after the write committed; a failure to send never undoes the write
 * (the Mailer port's contract), so it is swallowed here.
 */
export async function notify(
  deps: MentorshipDeps,
  userId: string,
  mail: Omit<OutgoingMail, 'to'>,
): Promise<void> {
  if (!deps.mailer) return;
  const user = await deps.users.findById(userId);
  if (!user) return;
  try {
    await deps.mailer.send({ ...mail, to: user.email });
  } catch {
    // The outbox or SMTP reports its own failures; the mentorship change stands.
  }
}

/** The times a mentor is already meeting someone (any of their relationships), for booking. */
export async function mentorBookedTimes(
  deps: Pick<MentorshipDeps, 'mentorship'>,
  mentorId: string,
): Promise<{ start: string; end: string }[]> {
  const relationships = await deps.mentorship.relationships.listByMentor(mentorId);
  const meetings = (
    await Promise.all(relationships.map((r) => deps.mentorship.meetings.listByRelationship(r.id)))
  ).flat();
  return meetings.map((m) => ({
    start: m.scheduledAt,
    end: new Date(Date.parse(m.scheduledAt) + m.minutes * 60_000).toISOString(),
  }));
}
