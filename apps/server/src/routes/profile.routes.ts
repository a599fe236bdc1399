import { api, applicantProfileSchema } from '@matchready/contract';
import type { ApplicantProfile } from '@matchready/services';
import type { RouteDeps } from './deps.ts';

/**
 * The stored profile in the contract's types: services keep state codes as plain strings (they
 * were checked on the way in), so they are narrowed here by the contract's own schema.
 */
export const profileToContract = (profile: ApplicantProfile | null) =>
  profile === null ? null : applicantProfileSchema.parse(profile);

export function registerProfileRoutes({ router, services }: RouteDeps): void {
  router.mount(api.getProfile, async ({ auth }) => ({
    profile: profileToContract(await services.profile.get(auth.user)),
  }));

  router.mount(api.putProfile, async ({ auth, body }) => ({
    profile: applicantProfileSchema.parse(await services.profile.save(auth.user, body)),
  }));
}
