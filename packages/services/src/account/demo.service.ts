import type { MatchProblem } from '@matchready/core';
import type { MatchInstanceRepository } from '../match/match-ports.ts';
import { summarise } from '../match/match-problem.ts';
import { seedMentorshipDemo } from '../mentorship/mentorship-demo.ts';
import type { MentorshipPorts } from '../mentorship/mentorship-ports.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type { ApplicantProfileFields, Role, User } from './account-domain.ts';
import type {
  OrganisationRepository,
  PasswordHasher,
  ProfileRepository,
  UserRepository,
} from './account-ports.ts';

/** Printed on start with --demo; demo accounts are flagged and labelled in the app. */
export const DEMO_PASSWORD = 'matchready-demo';

export const DEMO_ACCOUNTS: readonly { email: string; displayName: string; role: Role }[] = [
  { email: 'demo-applicant@matchready.local', displayName: 'Demo Applicant', role: 'applicant' },
  { email: 'demo-mentor@matchready.local', displayName: 'Demo Mentor', role: 'mentor' },
  {
    email: 'demo-org-admin@matchready.local',
    displayName: 'Demo Organisation Admin',
    role: 'organisation-admin',
  },
  { email: 'demo-admin@matchready.local', displayName: 'Demo Site Admin', role: 'site-admin' },
];

const DEMO_ORGANISATION = 'Demo IMG Mentorship Network';
export const DEMO_INSTANCE_NAME = 'Sample instance (demo)';

/** A plausible (fictional) non-US IMG, so every screen has something to show. */
const DEMO_PROFILE: ApplicantProfileFields = {
  countryOfTraining: 'Nigeria',
  medicalSchool: 'University of Lagos College of Medicine (demo)',
  graduationYear: 2021,
  applicantType: 'non-us-img',
  step1: 'passed',
  step1Attempts: 1,
  step2Score: 246,
  step2Attempts: 1,
  step3: 'not-taken',
  ecfmgStatus: 'certified',
  pathway: 'not-needed',
  oetStatus: 'passed',
  visaNeed: 'j1',
  usceMonths: 4,
  researchItems: 3,
  specialties: ['Internal Medicine', 'Family Medicine'],
  preferredStates: ['NY', 'NJ', 'PA', 'MI'],
};

export interface DemoServiceDeps {
  readonly users: UserRepository;
  readonly profiles: ProfileRepository;
  readonly instances: MatchInstanceRepository;
  readonly passwords: PasswordHasher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Demo mentors and a demo relationship (issue 9), when given. */
  readonly mentorship?: MentorshipPorts | undefined;
  /** Approves the demo organisation (decision 040), when given. */
  readonly organisations?: Pick<OrganisationRepository, 'findApproval' | 'setApproval'> | undefined;
}

export interface DemoSeedResult {
  readonly accounts: readonly { email: string; role: Role; created: boolean }[];
  readonly password: string;
}

/** Creates whatever part of the demo data is missing; running it twice changes nothing. */
export async function seedDemo(
  deps: DemoServiceDeps,
  sample: MatchProblem,
): Promise<DemoSeedResult> {
  const now = deps.clock.now().toISOString();
  const accounts: { email: string; role: Role; created: boolean }[] = [];
  const passwordHash = await deps.passwords.hash(DEMO_PASSWORD);
  const users: User[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await deps.users.findCredentials(account.email);
    let user = existing?.user;
    if (!user) {
      const organisation =
        account.role === 'organisation-admin'
          ? { id: deps.ids.newId(), name: DEMO_ORGANISATION, createdAt: now }
          : undefined;
      const created = await deps.users.create(
        { ...account, id: deps.ids.newId(), createdAt: now, isDemo: true, passwordHash },
        organisation,
      );
      if (created === 'email-taken') continue;
      user = created;
    }
    if (user.organisationId !== null && deps.organisations) {
      // The demo organisation is approved at seed, so the demo admin can show every capability.
      const approval = await deps.organisations.findApproval(user.organisationId);
      if (approval?.approvedAt === null)
        await deps.organisations.setApproval(user.organisationId, {
          approvedAt: now,
          approvedBy: null,
          revokedAt: null,
          revokedReason: null,
        });
    }
    users.push(user);
    accounts.push({ email: account.email, role: account.role, created: !existing });
  }
  const applicant = users.find((user) => user.role === 'applicant' && user.isDemo);
  if (applicant) {
    if (!(await deps.profiles.find(applicant.id))) {
      await deps.profiles.save(applicant.id, { ...DEMO_PROFILE, isDemo: true, updatedAt: now });
    }
    const saved = await deps.instances.listByOwner(applicant.id);
    if (!saved.some((instance) => instance.name === DEMO_INSTANCE_NAME)) {
      await deps.instances.create({
        id: deps.ids.newId(),
        ownerId: applicant.id,
        name: DEMO_INSTANCE_NAME,
        createdAt: now,
        updatedAt: now,
        summary: summarise(sample),
        problem: sample,
      });
    }
  }
  if (deps.mentorship)
    await seedMentorshipDemo(
      { ...deps, mentorship: deps.mentorship },
      {
        applicant,
        mentor: users.find((user) => user.role === 'mentor' && user.isDemo),
        passwordHash,
      },
    );
  return { accounts, password: DEMO_PASSWORD };
}
