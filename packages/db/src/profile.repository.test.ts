import type { ApplicantProfile } from '@matchready/services';
import { expect, it } from 'vitest';
import { describeEachDatabase } from './each-database.ts';
import { newUser, profile } from './fixtures.ts';

describeEachDatabase('profile repository', (fixture) => {
  it('has no profile until one is saved, then round-trips every field', async () => {
    const { users, profiles } = fixture().repos;
    await users.create(newUser(1));
    expect(await profiles.find(newUser(1).id)).toBeNull();
    await profiles.save(newUser(1).id, profile);
    expect(await profiles.find(newUser(1).id)).toEqual(profile);
  });

  it('replaces the profile on a second save, nulls and empty lists included', async () => {
    const { users, profiles } = fixture().repos;
    await users.create(newUser(1));
    await profiles.save(newUser(1).id, profile);
    const cleared: ApplicantProfile = {
      ...profile,
      countryOfTraining: null,
      step2Score: null,
      visaNeed: null,
      specialties: [],
      preferredStates: ['CA'],
      isDemo: true,
      updatedAt: '2025-02-02T00:00:00.000Z',
    };
    await profiles.save(newUser(1).id, cleared);
    expect(await profiles.find(newUser(1).id)).toEqual(cleared);
  });
});
