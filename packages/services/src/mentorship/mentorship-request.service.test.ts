import { describe, expect, it } from 'vitest';
import { createInMemoryServices } from '../testing/in-memory-services.ts';

const DAY = 86_400_000;
const PROFILE = {
  specialties: ['Pediatrics'],
  institution: 'Example Children’s Hospital',
  state: 'TX',
  role: 'fellow' as const,
  mentorTypes: ['clinical' as const],
  imgCountry: null,
  languages: ['English'],
  timeZone: 'America/Chicago',
  capacity: 2,
  acceptingRequests: true,
  helpsWith: 'Research',
  availability: [],
};

async function setup() {
  const { ports, services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  const mailer = ports.mailer;
  let n = 0;
  const user = async (role: 'applicant' | 'mentor') =>
    (
      await services.auth.signUp({
        email: `person${++n}@example.org`,
        password: 'a long password',
        displayName: `Person ${n}`,
        role,
      })
    ).user;
  return { ports, mailer, services, user };
}

describe('mentorship requests: expiry and nudges (the scheduler calls these)', () => {
  it('nudges the mentor once from day 5 and expires the request at day 14', async () => {
    const { ports, mailer, services, user } = await setup();
    const [mentee, mentor] = [await user('applicant'), await user('mentor')];
    await services.mentorship.mentors.save(mentor, PROFILE);
    const request = await services.mentorship.requests.create(mentee, {
      mentorId: mentor.id,
      message: 'Hello',
    });
    mailer.sent.length = 0;
    const start = ports.clock.now().getTime();
    const at = (days: number) => new Date(start + days * DAY);

    expect(await services.mentorship.requests.sendNudges(at(4.9))).toBe(0);
    expect(await services.mentorship.requests.sendNudges(at(5))).toBe(1);
    expect(await services.mentorship.requests.sendNudges(at(6))).toBe(0);
    expect(mailer.sent.map((m) => [m.to, m.kind])).toEqual([
      [mentor.email, 'mentorship-request-nudge'],
    ]);

    expect(await services.mentorship.requests.expireDueRequests(at(13.9))).toBe(0);
    expect(await services.mentorship.requests.expireDueRequests(at(14))).toBe(1);
    expect(await services.mentorship.requests.expireDueRequests(at(15))).toBe(0);
    expect((await ports.mentorship.requests.findById(request.id))?.status).toBe('expired');
    expect(mailer.sent.at(-1)).toMatchObject({
      to: mentee.email,
      kind: 'mentorship-request-expired',
    });
  });

  it('offers a freed place to a waiting mentee with no mentor before one who has a mentor', async () => {
    const { services, user, mailer } = await setup();
    const [full, other] = [await user('mentor'), await user('mentor')];
    await services.mentorship.mentors.save(full, { ...PROFILE, capacity: 1 });
    await services.mentorship.mentors.save(other, PROFILE);
    const [first, hasMentor, noMentor] = [
      await user('applicant'),
      await user('applicant'),
      await user('applicant'),
    ];
    const r1 = await services.mentorship.requests.create(first, {
      mentorId: full.id,
      message: 'Hi',
    });
    const accepted = await services.mentorship.requests.accept(full, r1.id);
    const r2 = await services.mentorship.requests.create(hasMentor, {
      mentorId: other.id,
      message: 'Hi',
    });
    await services.mentorship.requests.accept(other, r2.id);
    // hasMentor joins first, but noMentor has no mentor yet: noMentor goes first.
    const a = await services.mentorship.requests.joinWaitlist(hasMentor, full.id);
    const b = await services.mentorship.requests.joinWaitlist(noMentor, full.id);
    expect([a.position, b.position]).toEqual([1, 1]);
    expect((await services.mentorship.requests.listWaitlist(hasMentor))[0]?.position).toBe(2);
    mailer.sent.length = 0;
    await services.mentorship.relationships.end(
      first,
      accepted.relationshipId as string,
      'Thanks!',
    );
    expect(mailer.sent.map((m) => m.kind)).toContain('mentorship-waitlist-offer');
    expect(
      (await services.mentorship.requests.listWaitlist(noMentor))[0]?.offeredAt,
    ).not.toBeNull();
    expect((await services.mentorship.requests.listWaitlist(hasMentor))[0]?.offeredAt).toBeNull();
  });
});
