import {
  mentorProfileRecord,
  mentorshipPeople,
  mentorshipRepositorySuite,
  mentorshipRequestRecord,
  relationshipRecord,
} from '@matchready/services/testing';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('mentorship repositories', (fixture) => {
  mentorshipRepositorySuite(() => fixture().repos);

  // The databases' own guarantees under real concurrency (decision 025).
  it('lets exactly one of two parallel accepts take the last place', async () => {
    const { repos } = fixture();
    const { mentees, mentors } = await mentorshipPeople(repos);
    const { mentorship } = repos;
    await mentorship.mentors.save(mentorProfileRecord(mentors[0], { capacity: 1 }));
    for (let round = 0; round < 5; round += 1) {
      const mentor = mentors[0];
      const [a, b] = [mentees[0], mentees[1]];
      await mentorship.requests.createOpen(
        mentorshipRequestRecord(`a${round}`, a, mentor),
        3,
        '2026-01-10T09:00:00.000Z',
      );
      await mentorship.requests.createOpen(
        mentorshipRequestRecord(`b${round}`, b, mentor),
        3,
        '2026-01-10T09:00:00.000Z',
      );
      const at = '2026-01-11T09:00:00.000Z';
      const outcomes = await Promise.all([
        mentorship.requests.accept(
          `a${round}`,
          relationshipRecord(`ra${round}`, a, mentor),
          null,
          at,
        ),
        mentorship.requests.accept(
          `b${round}`,
          relationshipRecord(`rb${round}`, b, mentor),
          null,
          at,
        ),
      ]);
      expect([...outcomes].sort()).toEqual(['accepted', 'full']);
      expect((await mentorship.mentors.activeCounts()).get(mentor)).toBe(1);
      // Free the place again for the next round.
      const winner = outcomes[0] === 'accepted' ? `ra${round}` : `rb${round}`;
      await mentorship.relationships.end(winner, mentor, 'next round', at);
      const loser = outcomes[0] === 'accepted' ? `b${round}` : `a${round}`;
      await mentorship.requests.close(loser, 'withdrawn', null, at);
    }
  });

  it('never opens more than the limit when one mentee sends requests in parallel', async () => {
    const { repos } = fixture();
    const { mentees, mentors } = await mentorshipPeople(repos);
    const now = '2026-01-10T09:00:00.000Z';
    const outcomes = await Promise.all(
      mentors.map((mentor, i) =>
        repos.mentorship.requests.createOpen(
          mentorshipRequestRecord(`q${i}`, mentees[0], mentor),
          2,
          now,
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'limit')).toHaveLength(1);
  });
});
