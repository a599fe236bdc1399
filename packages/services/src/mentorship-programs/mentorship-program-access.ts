import type { User } from '../account/account-domain.ts';
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
