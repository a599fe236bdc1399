import { autoDeclines, freePlaces, nextForPlace } from '@matchready/core/mentorship';
import { type MentorshipDeps, notify } from './mentorship-support.ts';

/**
 * What happens when a mentor's places change (shared by the request, profile and relationship
 * services): no place or paused → open requests are declined politely; a place freed → the
 * first fitting mentee on the waitlist is offered it (mentees with no mentor first).
 */

/** Declines open requests politely when the mentor is paused or full; returns how many. */
export async function declineIfClosed(deps: MentorshipDeps, mentorId: string): Promise<number> {
  const { mentorship, clock } = deps;
  const profile = await mentorship.mentors.find(mentorId);
  if (!profile) return 0;
  const now = clock.now();
  const active = (await mentorship.mentors.activeCounts()).get(mentorId) ?? 0;
  const requests = await mentorship.requests.listByMentor(mentorId);
  const decline = autoDeclines(
    {
      capacity: profile.capacity,
      activeMentees: active,
      acceptingRequests: profile.acceptingRequests,
    },
    requests,
    now,
  );
  if (!decline) return 0;
  let declined = 0;
  for (const request of decline.requests) {
    if (!(await mentorship.requests.close(request.id, 'declined', decline.note, now.toISOString())))
      continue;
    declined += 1;
    await notify(deps, request.menteeId, {
      kind: 'mentorship-request-declined',
      subject: 'Your mentorship request was closed',
      text: decline.note,
    });
  }
  return declined;
}

/** Offers a freed place to the first mentee on the mentor's waitlist not yet offered one. */
export async function offerFreePlace(
  deps: MentorshipDeps,
  mentorId: string,
): Promise<string | null> {
  const { mentorship, clock } = deps;
  const profile = await mentorship.mentors.find(mentorId);
  if (!profile?.acceptingRequests) return null;
  const active = (await mentorship.mentors.activeCounts()).get(mentorId) ?? 0;
  if (freePlaces({ capacity: profile.capacity, activeMentees: active }) === 0) return null;
  const entries = await mentorship.waitlist.listByMentor(mentorId);
  const withMentor = await Promise.all(
    entries.map(async (entry) => ({
      ...entry,
      hasMentor: (await mentorship.relationships.listByMentee(entry.menteeId)).some(
        (r) => r.status === 'active',
      ),
    })),
  );
  const next = nextForPlace(withMentor, (entry) => entry.offeredAt === null);
  if (!next) return null;
  await mentorship.waitlist.markOffered(next.id, clock.now().toISOString());
  await notify(deps, next.menteeId, {
    kind: 'mentorship-waitlist-offer',
    subject: 'A mentor you waited for has a free place',
    text: 'A place opened up with a mentor whose waitlist you joined. Open MatchReady to send them a request; the place goes to whoever is accepted first.',
  });
  return next.menteeId;
}
