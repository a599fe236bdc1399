import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import { requireApprovedOrganisation } from '../organisations/organisation-approval.ts';
import { forbidden, notFound } from '../shared/app-error.ts';
import type { MentorshipProgramRecord } from './mentorship-program-domain.ts';
import type { MentorshipProgramRepository } from './mentorship-program-ports.ts';

/** The organisation an admin acts for; an admin without one cannot run programs. */
export function organisationOf(user: User): string {
  if (user.role !== 'organisation-admin' || user.organisationId === null)
    throw forbidden('Only organisation admins run mentorship programs');
  return user.organisationId;
}

/**
 * The program when it belongs to the admin's organisation; any other program is not-found,
 * exactly like an id that does not exist, so other organisations' ids are not leaked.
 */
export async function ownProgram(
  repo: MentorshipProgramRepository,
  user: User,
  id: string,
): Promise<MentorshipProgramRecord> {
  const organisationId = organisationOf(user);
  const program = await repo.findProgram(id);
  if (!program || program.organisationId !== organisationId) throw notFound('Mentorship program');
  return program;
}

/** Who may change programs: admins of an approved organisation (decision 040). */
export type ApprovalReader = Pick<OrganisationRepository, 'findApproval'>;

/**
 * `ownProgram` for a change (settings, people, rules, solve, swap, publish): the admin's
 * organisation must be approved first; reading stays open so a revoked organisation keeps
 * its records.
 */
export async function ownProgramToChange(
  repo: MentorshipProgramRepository,
  organisations: ApprovalReader,
  user: User,
  id: string,
): Promise<MentorshipProgramRecord> {
  await requireApprovedOrganisation(organisations, user);
  return ownProgram(repo, user, id);
}
