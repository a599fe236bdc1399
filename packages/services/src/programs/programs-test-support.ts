import type { User } from '../account/account-domain.ts';
import { createServices } from '../services.ts';
import type { AppError } from '../shared/app-error.ts';
import { approveOrganisationOf } from '../testing/approve-organisation.ts';
import { createInMemoryPorts } from '../testing/in-memory-ports.ts';
import type { SimulationRunner } from './program-ports.ts';

/** Shared set-up of the program service tests: in-memory ports, a 400-program sample. */
export const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as AppError,
  );

export async function setup(runner?: SimulationRunner) {
  const ports = createInMemoryPorts('2026-06-01T12:00:00.000Z');
  const services = createServices({
    ...ports,
    sessionTtlMs: 60 * 60 * 1000,
    signInLimit: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
    instanceLimits: { maxApplicants: 10, maxPrograms: 10 },
    elapsed: () => 0,
    ...(runner ? { simulationRunner: runner } : {}),
  });
  /** Organisation admins are approved by a site admin unless `pending` (decision 040). */
  const user = async (email: string, role: User['role'] = 'applicant', pending = false) => {
    const { user: created } = await services.auth.signUp({
      email,
      password: 'a long password',
      displayName: email,
      role: role === 'site-admin' ? 'mentor' : role,
      ...(role === 'organisation-admin' ? { organisationName: 'Org' } : {}),
    });
    if (role === 'organisation-admin' && !pending) await approveOrganisationOf(services, created);
    return created;
  };
  await services.programs.catalogue.seedSampleIfEmpty(400);
  return { ports, services, programs: services.programs, user };
}

export const J1_PROFILE = {
  applicantType: 'non-us-img' as const,
  graduationYear: 2018,
  visaNeed: 'j1' as const,
  step2Score: 238,
  step2Attempts: 1,
  step1: 'passed' as const,
  step1Attempts: 2,
  usceMonths: 2,
  specialties: ['Internal Medicine'],
  preferredStates: ['NY'],
};

export const LIST = {
  eligibility: 'all',
  dataset: 'all',
  sort: 'tier',
  page: 1,
  pageSize: 500,
} as const;
