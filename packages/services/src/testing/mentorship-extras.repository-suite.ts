import { expect, it } from 'vitest';
import type { GoalRecord } from '../mentorship/mentorship-domain.ts';
import type { RepositoryPorts } from '../services.ts';
import { mentorProfile, mentorshipPeople, relationship } from './mentorship.repository-suite.ts';

const T0 = '2026-01-10T09:00:00.000Z';
const T1 = '2026-01-11T09:00:00.000Z';
const T2 = '2026-01-12T09:00:00.000Z';

const goal = (id: string, menteeId: string): GoalRecord => ({
  id,
  menteeId,
  text: `Goal ${id}`,
  status: 'not-started',
  targetOn: null,
  createdAt: T0,
  updatedAt: T0,
});

/** Sequential ids for the shares a `replace` adds. */
const counter = (prefix: string) => {
  let n = 0;
  return () => {
    n += 1;
    return `${prefix}${n}`;
  };
};

/** Decision 048: the goal cap in the insert's transaction, and field-by-field profile shares. */
export function mentorshipExtrasRepositorySuite(ports: () => RepositoryPorts): void {
  it('adds goals up to the limit, per mentee', async () => {
    const { mentorship } = ports();
    const { mentees } = await mentorshipPeople(ports());
    expect(await mentorship.mentees.createGoalWithinLimit(goal('g1', mentees[0]), 2)).toBe(
      'created',
    );
    expect(await mentorship.mentees.createGoalWithinLimit(goal('g2', mentees[0]), 2)).toBe(
      'created',
    );
    expect(await mentorship.mentees.createGoalWithinLimit(goal('g3', mentees[0]), 2)).toBe('limit');
    expect(await mentorship.mentees.findGoal('g3')).toBeNull();
    // Another mentee's goals do not count.
    expect(await mentorship.mentees.createGoalWithinLimit(goal('h1', mentees[1]), 2)).toBe(
      'created',
    );
    expect((await mentorship.mentees.listGoals(mentees[0])).map((g) => g.id).sort()).toEqual([
      'g1',
      'g2',
    ]);
  });

  it('lets parallel adds fill the last places but never pass the limit', async () => {
    const { mentorship } = ports();
    const { mentees } = await mentorshipPeople(ports());
    await mentorship.mentees.createGoalWithinLimit(goal('g0', mentees[0]), 3);
    const outcomes = await Promise.all(
      ['p1', 'p2', 'p3', 'p4', 'p5'].map((id) =>
        mentorship.mentees.createGoalWithinLimit(goal(id, mentees[0]), 3),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'limit')).toHaveLength(3);
    expect(await mentorship.mentees.listGoals(mentees[0])).toHaveLength(3);
  });

  it('replaces the shared profile fields of a relationship, keeping the history', async () => {
    const { mentorship } = ports();
    const { mentees, mentors } = await mentorshipPeople(ports());
    await mentorship.mentors.save(mentorProfile(mentors[0]));
    await mentorship.relationships.createWithinCapacity(relationship('r1', mentees[0], mentors[0]));
    await mentorship.relationships.createWithinCapacity(relationship('r2', mentees[1], mentors[0]));
    const ids = counter('s');
    expect(await mentorship.profileShares.listByRelationship('r1')).toEqual([]);

    await mentorship.profileShares.replace('r1', ['visaNeed', 'step2Score'], mentees[0], T0, ids);
    await mentorship.profileShares.replace(
      'r1',
      ['step2Score', 'graduationYear'],
      mentees[0],
      T1,
      ids,
    );
    await mentorship.profileShares.replace('r1', ['visaNeed', 'step2Score'], mentees[0], T2, ids);
    const shares = await mentorship.profileShares.listByRelationship('r1');
    const byId = new Map(shares.map((s) => [s.id, s]));
    // step2Score stayed shared throughout: one record from T0.
    expect(shares.filter((s) => s.field === 'step2Score')).toEqual([
      {
        id: expect.any(String),
        relationshipId: 'r1',
        field: 'step2Score',
        sharedBy: mentees[0],
        sharedAt: T0,
        revokedAt: null,
      },
    ]);
    // visaNeed: shared at T0, revoked at T1, shared again at T2.
    const visa = shares.filter((s) => s.field === 'visaNeed');
    expect(visa.map((s) => [s.sharedAt, s.revokedAt])).toEqual([
      [T0, T1],
      [T2, null],
    ]);
    // graduationYear: shared at T1, revoked at T2.
    expect(
      shares.filter((s) => s.field === 'graduationYear').map((s) => [s.sharedAt, s.revokedAt]),
    ).toEqual([[T1, T2]]);
    expect(byId.size).toBe(4);
    // Oldest first.
    expect(shares.map((s) => s.sharedAt)).toEqual([...shares.map((s) => s.sharedAt)].sort());
    expect(await mentorship.profileShares.listByRelationship('r2')).toEqual([]);

    // Sharing nothing revokes everything.
    await mentorship.profileShares.replace('r1', [], mentees[0], T2, ids);
    const after = await mentorship.profileShares.listByRelationship('r1');
    expect(after.filter((s) => s.revokedAt === null)).toEqual([]);
    expect(after).toHaveLength(4);
  });
}
