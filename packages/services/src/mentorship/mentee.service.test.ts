import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/app-error.ts';
import { createInMemoryServices } from '../testing/in-memory-services.ts';
import { MAX_GOALS } from './mentee.service.ts';

async function mentee() {
  const { services } = createInMemoryServices('2026-06-01T12:00:00.000Z');
  const { user } = await services.auth.signUp({
    email: 'mentee@example.org',
    password: 'a long password',
    displayName: 'Mentee',
    role: 'applicant',
  });
  return { goals: services.mentorship.mentees, user };
}

describe('mentee goals: the cap', () => {
  it(`refuses goal ${MAX_GOALS + 1} with a conflict, in parallel too`, async () => {
    const { goals, user } = await mentee();
    for (let n = 1; n < MAX_GOALS; n += 1) await goals.createGoal(user, { text: `Goal ${n}` });
    // Two adds race for the last place: one is created, the other refused, nothing more kept.
    const race = await Promise.allSettled([
      goals.createGoal(user, { text: 'Last A' }),
      goals.createGoal(user, { text: 'Last B' }),
    ]);
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = race.find((r) => r.status === 'rejected');
    if (!refused) throw new Error('both parallel adds were accepted');
    expect(refused.reason).toBeInstanceOf(AppError);
    expect((refused.reason as AppError).code).toBe('conflict');
    expect((await goals.get(user)).goals).toHaveLength(MAX_GOALS);
  });
});
