import {
  attemptRecord,
  interviewRepositorySuite,
  newUser,
  practiceCardRecord,
} from '@matchready/services/testing';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';

describeEachDatabase('interview repositories', (fixture) => {
  interviewRepositorySuite(() => fixture().repos);

  // The database's own guarantee (a fake has no failing write to roll back): a rating whose
  // card breaks a constraint leaves nothing behind.
  it('leaves the attempt unrated when the card cannot be saved (one transaction)', async () => {
    const { users, interviewAttempts, practiceCards } = fixture().repos;
    const u1 = newUser(1).id;
    await users.create(newUser(1));
    await interviewAttempts.create(attemptRecord('a1', u1, '2025-01-01T10:00:00.000Z'));
    const orphan = practiceCardRecord(
      'no-such-user',
      '2025-01-01T10:05:00.000Z',
      '2025-01-01T10:15:00.000Z',
    );
    await expect(
      interviewAttempts.rate({
        attemptId: 'a1',
        rating: 'good',
        ratedAt: '2025-01-01T10:05:00.000Z',
        card: orphan,
      }),
    ).rejects.toThrow();
    expect((await interviewAttempts.findById('a1'))?.rating).toBeNull();
    expect(await practiceCards.find('no-such-user', 'img-why-us')).toBeNull();
  });
});
