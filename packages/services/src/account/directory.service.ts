import {
  type ApprovalStatus,
  approvalStatus,
  type OrganisationApproval,
  PENDING_APPROVAL,
} from '../organisations/organisation-domain.ts';
import { AppError, forbidden, notFound } from '../shared/app-error.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import { emailTaken, type Organisation, type User } from './account-domain.ts';
import type { OrganisationRepository, PasswordHasher, UserRepository } from './account-ports.ts';

export interface DirectoryServiceDeps {
  readonly users: UserRepository;
  readonly organisations: OrganisationRepository;
  readonly passwords: PasswordHasher;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

/** What a site admin may see of a user: no profile data. */
export interface UserListing {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: User['role'];
  readonly createdAt: string;
}

export type DirectoryService = ReturnType<typeof createDirectoryService>;

/** Users and organisations as administrators see them. */
export function createDirectoryService(deps: DirectoryServiceDeps) {
  return {
    async listUsers(actor: User): Promise<UserListing[]> {
      if (actor.role !== 'site-admin') throw forbidden('Only site admins can list users');
      const users = await deps.users.list();
      return users.map(({ id, email, displayName, role, createdAt }) => ({
        id,
        email,
        displayName,
        role,
        createdAt,
      }));
    },

    async myOrganisation(actor: User): Promise<{
      organisation: Organisation;
      members: number;
      approval: Omit<OrganisationApproval, 'approvedBy'> & { status: ApprovalStatus };
    }> {
      if (actor.role !== 'organisation-admin') {
        throw forbidden('Only organisation admins can see their organisation');
      }
      const membership = await deps.organisations.findMembership(actor.id);
      if (membership?.role !== 'admin') throw notFound('Your organisation');
      const [members, approval] = await Promise.all([
        deps.organisations.countMembers(membership.organisation.id),
        deps.organisations.findApproval(membership.organisation.id),
      ]);
      // The admins see whether they may act yet (decision 040).
      const known = approval ?? PENDING_APPROVAL;
      return {
        organisation: membership.organisation,
        members,
        approval: {
          status: approvalStatus(known),
          approvedAt: known.approvedAt,
          revokedAt: known.revokedAt,
          revokedReason: known.revokedReason,
        },
      };
    },

    /** For the operator (CLI): site admins cannot sign up over HTTP. */
    async createSiteAdmin(input: {
      email: string;
      password: string;
      displayName?: string;
    }): Promise<User> {
      const email = input.email.trim().toLowerCase();
      if (!email.includes('@')) {
        throw new AppError('invalid-input', 'Enter a valid email address', {
          issues: [{ code: 'email', path: ['email'], message: 'Enter a valid email address' }],
        });
      }
      const user = await deps.users.create({
        id: deps.ids.newId(),
        email,
        displayName: input.displayName?.trim() || 'Site admin',
        role: 'site-admin',
        createdAt: deps.clock.now().toISOString(),
        isDemo: false,
        passwordHash: await deps.passwords.hash(input.password),
      });
      if (user === 'email-taken') throw emailTaken();
      return user;
    },
  };
}
