import { expect, it } from 'vitest';
import type { ProgramInvitationRecord } from '../mentorship-programs/program-invitation-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { newUser } from './repository-fixtures.ts';

const AT = '2026-03-01T10:00:00.000Z';
const LATER = '2026-03-02T10:00:00.000Z';

const invitation = (
  tokenHash: string,
  personId: string,
  overrides: Partial<ProgramInvitationRecord> = {},
): ProgramInvitationRecord => ({
  tokenHash,
  programId: 'p1',
  role: 'mentee',
  personId,
  email: `${personId.toLowerCase()}@example.org`,
  createdAt: AT,
  expiresAt: '2026-03-31T10:00:00.000Z',
  usedAt: null,
  ...overrides,
});

/**
 * Invitations, linking, self-edits and pulse answers (decisions 046, 047). Runs inside the
 * program suite, after `setup` made program p1 with mentors M1, M2 and mentees E1, E2.
 */
export function programInvitationsRepositorySuite(
  ports: () => RepositoryPorts,
  setup: () => Promise<void>,
): void {
  it('stores invitations, stamps invitedAt, and a new link voids the unused old one', async () => {
    await setup();
    const repo = ports().mentorshipPrograms;
    await repo.createInvitations([invitation('h1', 'E1'), invitation('h2', 'E2')]);
    expect(await repo.findInvitation('h1')).toEqual(invitation('h1', 'E1'));
    expect(await repo.findInvitation('nope')).toBeNull();
    await repo.createInvitations([invitation('h3', 'E1', { createdAt: LATER })]);
    expect(await repo.findInvitation('h1')).toBeNull();
    const people = await repo.listParticipants('p1');
    expect(people.find((p) => p.personId === 'E1')?.invitedAt).toBe(LATER);
    expect(people.find((p) => p.personId === 'E2')?.invitedAt).toBe(AT);
    expect(people.find((p) => p.personId === 'M1')?.invitedAt).toBeNull();
  });

  it('accepts a link once, links the person, and refuses used, expired or taken links', async () => {
    await setup();
    const p = ports();
    await p.users.create(newUser(2));
    await p.users.create(newUser(3));
    const [u2, u3] = [newUser(2).id, newUser(3).id];
    const repo = p.mentorshipPrograms;
    await repo.createInvitations([
      invitation('h1', 'E1'),
      invitation('h2', 'E2'),
      invitation('old', 'M1', { role: 'mentor', expiresAt: AT }),
    ]);
    const accepted = await repo.acceptInvitation('h1', u2, LATER);
    expect(accepted.status).toBe('accepted');
    if (accepted.status === 'accepted')
      expect([accepted.person.personId, accepted.person.userId]).toEqual(['E1', u2]);
    expect(await repo.acceptInvitation('h1', u2, LATER)).toEqual({ status: 'invalid' });
    expect(await repo.acceptInvitation('old', u3, LATER)).toEqual({ status: 'invalid' });
    expect(await repo.acceptInvitation('unknown', u3, LATER)).toEqual({ status: 'invalid' });
    // The same account cannot be a second mentee of the program; the link stays usable.
    expect(await repo.acceptInvitation('h2', u2, LATER)).toEqual({ status: 'taken' });
    expect((await repo.findInvitation('h2'))?.usedAt).toBeNull();
    expect((await repo.acceptInvitation('h2', u3, LATER)).status).toBe('accepted');
    expect((await repo.listLinkedPeople(u2)).map((x) => x.personId)).toEqual(['E1']);
    expect((await repo.listLinkedPeople(u3)).map((x) => x.personId)).toEqual(['E2']);
    expect(await repo.listLinkedPeople(newUser(1).id)).toEqual([]);
  });

  it('links an account to one mentee of a program even when two accepts race', async () => {
    await setup();
    const p = ports();
    await p.users.create(newUser(2));
    const repo = p.mentorshipPrograms;
    await repo.createInvitations([invitation('h1', 'E1'), invitation('h2', 'E2')]);
    const outcomes = await Promise.all([
      repo.acceptInvitation('h1', newUser(2).id, LATER),
      repo.acceptInvitation('h2', newUser(2).id, LATER),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['accepted', 'taken']);
    expect(await repo.listLinkedPeople(newUser(2).id)).toHaveLength(1);
  });

  it('replaces a person’s details, stamps editedAt and keeps the rest as imported', async () => {
    await setup();
    const repo = ports().mentorshipPrograms;
    const ref = { programId: 'p1', role: 'mentor' as const, personId: 'M1' };
    const details = {
      role: 'mentor' as const,
      specialties: ['Pediatrics'],
      mentorTypes: ['research' as const],
      languages: ['French'],
      timeZone: 'Europe/Paris',
      imgCountry: 'Morocco',
      capacity: 4,
    };
    expect(await repo.updateDetails(ref, details, LATER)).toBe(true);
    expect(await repo.updateDetails({ ...ref, personId: 'M9' }, details, LATER)).toBe(false);
    const m1 = (await repo.listParticipants('p1')).find((x) => x.personId === 'M1');
    const { role: _r, ...fields } = details;
    expect(m1).toMatchObject({ ...fields, name: 'Mentor M1', editedAt: LATER, position: 1 });
    const m2 = (await repo.listParticipants('p1')).find((x) => x.personId === 'M2');
    expect(m2).toMatchObject({ capacity: 2, editedAt: null, specialties: ['Internal Medicine'] });
  });

  it('keeps one pulse answer per person and lists them oldest first', async () => {
    await setup();
    const repo = ports().mentorshipPrograms;
    const answer = (id: string, personId: string, answeredAt: string) => ({
      id,
      programId: 'p1',
      role: 'mentee' as const,
      personId,
      scores: { helpful: 4, fit: 5, communication: 3 },
      comment: id === 'a2' ? null : '=SUM(A1) but kind',
      answeredAt,
    });
    expect(await repo.addPulseAnswer(answer('a1', 'E1', LATER))).toBe('ok');
    expect(await repo.addPulseAnswer(answer('a2', 'E2', AT))).toBe('ok');
    expect(await repo.addPulseAnswer(answer('a3', 'E1', LATER))).toBe('duplicate');
    expect(await repo.listPulseAnswers('p1')).toEqual([
      answer('a2', 'E2', AT),
      answer('a1', 'E1', LATER),
    ]);
    expect(await repo.listPulseAnswers('p2')).toEqual([]);
  });

  it('lists linked people whose pulse survey may be open, until they answer or are told', async () => {
    await setup();
    const p = ports();
    for (const n of [2, 4]) await p.users.create(newUser(n));
    const repo = p.mentorshipPrograms;
    await repo.createInvitations([
      invitation('h1', 'E1'),
      invitation('h2', 'E2'),
      invitation('hm', 'M1', { role: 'mentor' }),
    ]);
    expect((await repo.acceptInvitation('h1', newUser(2).id, LATER)).status).toBe('accepted');
    expect((await repo.acceptInvitation('hm', newUser(4).id, LATER)).status).toBe('accepted');
    const published = '2026-01-05T12:00:00.000Z';
    const pair = (mentee: string, mentor: string) => ({
      programId: 'p1',
      mentee,
      mentor,
      score: 70,
      draftId: 'd1',
      publishedAt: published,
    });
    await repo.publish('p1', [pair('E1', 'M1'), pair('E2', 'M2')], { id: 'd1', createdAt: AT });

    expect(await repo.listPulseReminderCandidates('2026-01-05T11:59:59.999Z', 10)).toEqual([]);
    const candidate = (role: 'mentee' | 'mentor', personId: string, user: number) => ({
      programId: 'p1',
      role,
      personId,
      programName: expect.any(String),
      userId: newUser(user).id,
      firstPublishedAt: published,
    });
    // E2 and M2 never accepted an invitation: no account to tell.
    expect(await repo.listPulseReminderCandidates(published, 10)).toEqual([
      candidate('mentee', 'E1', 2),
      candidate('mentor', 'M1', 4),
    ]);
    expect(await repo.listPulseReminderCandidates(published, 1)).toEqual([
      candidate('mentee', 'E1', 2),
    ]);
    await repo.addPulseAnswer({
      id: 'a1',
      programId: 'p1',
      role: 'mentee',
      personId: 'E1',
      scores: { helpful: 4, fit: 4, communication: 4 },
      comment: null,
      answeredAt: LATER,
    });
    const m1 = { programId: 'p1', role: 'mentor' as const, personId: 'M1' };
    expect(await repo.claimPulseReminder(m1, LATER)).toBe(true);
    expect(await repo.claimPulseReminder(m1, LATER)).toBe(false);
    expect(await repo.listPulseReminderCandidates('2027-01-01T00:00:00.000Z', 10)).toEqual([]);
  });
}
