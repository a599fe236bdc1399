import { forbidden } from '../shared/app-error.ts';
import type { Clock } from '../shared/ports.ts';
import type {
  ApplicantProfile,
  ApplicantProfileFields,
  ApplicantProfileInput,
  User,
} from './account-domain.ts';
import type { ProfileRepository } from './account-ports.ts';

export interface ProfileServiceDeps {
  readonly profiles: ProfileRepository;
  readonly clock: Clock;
}

export type ProfileService = ReturnType<typeof createProfileService>;

/** Turns "left out" into "not answered" so a save always replaces the whole profile. */
export function normaliseProfile(input: ApplicantProfileInput): ApplicantProfileFields {
  return {
    countryOfTraining: input.countryOfTraining ?? null,
    medicalSchool: input.medicalSchool ?? null,
    graduationYear: input.graduationYear ?? null,
    applicantType: input.applicantType ?? null,
    step1: input.step1 ?? null,
    step1Attempts: input.step1Attempts ?? null,
    step2Score: input.step2Score ?? null,
    step2Attempts: input.step2Attempts ?? null,
    step3: input.step3 ?? null,
    ecfmgStatus: input.ecfmgStatus ?? null,
    pathway: input.pathway ?? null,
    oetStatus: input.oetStatus ?? null,
    visaNeed: input.visaNeed ?? null,
    usceMonths: input.usceMonths ?? null,
    researchItems: input.researchItems ?? null,
    specialties: [...(input.specialties ?? [])],
    preferredStates: [...(input.preferredStates ?? [])],
  };
}

export function createProfileService(deps: ProfileServiceDeps) {
  return {
    /** The user's own profile. Only applicants have one; there is no way to read someone else's. */
    async get(user: User): Promise<ApplicantProfile | null> {
      if (user.role !== 'applicant') return null;
      return deps.profiles.find(user.id);
    },

    async save(user: User, input: ApplicantProfileInput): Promise<ApplicantProfile> {
      if (user.role !== 'applicant') throw forbidden('Only applicants have a profile');
      const profile: ApplicantProfile = {
        ...normaliseProfile(input),
        isDemo: user.isDemo,
        updatedAt: deps.clock.now().toISOString(),
      };
      await deps.profiles.save(user.id, profile);
      return profile;
    },
  };
}
