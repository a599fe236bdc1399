import { MAX_MENTOR_CAPACITY } from '@matchready/core/mentorship';
import type { AvailabilityWindow, MentorRole, MentorType } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { OrganisationRepository } from '../account/account-ports.ts';
import { requireApprovedOrganisation } from '../organisations/organisation-approval.ts';
import { forbidden, invalidInput, notFound } from '../shared/app-error.ts';
import type { MentorProfileRecord } from './mentorship-domain.ts';
import { declineIfClosed, offerFreePlace } from './mentorship-places.ts';
import {
  checkedAvailability,
  checkedTimeZone,
  loadMentorCard,
  type MentorshipDeps,
} from './mentorship-support.ts';
import type { MentorCardView } from './mentorship-views.ts';

export interface MentorProfileInput {
  readonly specialties: readonly string[];
  readonly institution: string;
  readonly state: string;
  readonly role: MentorRole;
  readonly mentorTypes: readonly MentorType[];
  readonly imgCountry: string | null;
  readonly languages: readonly string[];
  readonly timeZone: string;
  readonly capacity: number;
  readonly acceptingRequests: boolean;
  readonly helpsWith: string;
  readonly availability: readonly AvailabilityWindow[];
}

const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];

/** A mentor's own profile, pausing, and verification by organisation or site admins. */
export function createMentorProfileService(
  deps: MentorshipDeps & { readonly organisations: OrganisationRepository },
) {
  const { mentorship, clock } = deps;

  async function mine(user: User): Promise<MentorCardView | null> {
    const profile = await mentorship.mentors.find(user.id);
    return profile ? (await loadMentorCard(deps, user.id)).card : null;
  }

  return {
    get: mine,

    async save(user: User, input: MentorProfileInput): Promise<MentorCardView> {
      const timeZone = checkedTimeZone(input.timeZone, 'timeZone');
      if (input.capacity > MAX_MENTOR_CAPACITY)
        throw invalidInput('Capacity is too high', [
          {
            code: 'too-large',
            path: ['capacity'],
            message: `At most ${MAX_MENTOR_CAPACITY} mentees at once`,
          },
        ]);
      const now = clock.now().toISOString();
      const existing = await mentorship.mentors.find(user.id);
      const profile: MentorProfileRecord = {
        userId: user.id,
        specialties: unique(input.specialties),
        institution: input.institution,
        state: input.state,
        role: input.role,
        mentorTypes: unique(input.mentorTypes),
        imgCountry: input.imgCountry,
        languages: unique(input.languages),
        timeZone,
        capacity: input.capacity,
        acceptingRequests: input.acceptingRequests,
        helpsWith: input.helpsWith,
        availability: checkedAvailability(timeZone, input.availability),
        verifiedBy: existing?.verifiedBy ?? null,
        verifiedAt: existing?.verifiedAt ?? null,
        lastActiveAt: now,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      };
      await mentorship.mentors.save(profile);
      await declineIfClosed(deps, user.id);
      await offerFreePlace(deps, user.id);
      return (await loadMentorCard(deps, user.id)).card;
    },

    async setAccepting(
      user: User,
      acceptingRequests: boolean,
    ): Promise<{ profile: MentorCardView; declinedRequests: number }> {
      const profile = await mentorship.mentors.find(user.id);
      if (!profile) throw notFound('Mentor profile');
      const now = clock.now().toISOString();
      await mentorship.mentors.save({
        ...profile,
        acceptingRequests,
        lastActiveAt: now,
        updatedAt: now,
      });
      const declinedRequests = acceptingRequests ? 0 : await declineIfClosed(deps, user.id);
      await offerFreePlace(deps, user.id);
      return { profile: (await loadMentorCard(deps, user.id)).card, declinedRequests };
    },

    /**
     * Site admins vouch for anyone; organisation admins only for mentors who are members of
     * their organisation (anyone else is "not found" to them, as for an unknown id).
     */
    async verify(admin: User, mentorId: string, verified: boolean): Promise<MentorCardView> {
      const profile = await mentorship.mentors.find(mentorId);
      if (!profile) throw notFound('Mentor');
      if (admin.role === 'organisation-admin') {
        await requireApprovedOrganisation(deps.organisations, admin);
        const [mine, theirs] = await Promise.all([
          deps.organisations.findMembership(admin.id),
          deps.organisations.findMembership(mentorId),
        ]);
        if (!mine || mine.organisation.id !== theirs?.organisation.id) throw notFound('Mentor');
      } else if (admin.role !== 'site-admin') {
        throw forbidden();
      }
      const now = clock.now().toISOString();
      await mentorship.mentors.save({
        ...profile,
        verifiedBy: verified ? admin.id : null,
        verifiedAt: verified ? now : null,
      });
      return (await loadMentorCard(deps, mentorId)).card;
    },
  };
}
