import { SHAREABLE_PROFILE_FIELDS, type ShareableProfileField } from '@matchready/core/vocabulary';
import type { ApplicantProfileFields, User } from '../account/account-domain.ts';
import type { ProfileRepository } from '../account/account-ports.ts';
import { AppError, notFound } from '../shared/app-error.ts';
import type { ProfileFieldShareRecord, RelationshipRecord } from './mentorship-domain.ts';
import { type MentorshipDeps, type PairSide, relationshipOf } from './mentorship-support.ts';

/** The values of the shared fields only: a field absent here was not shared. */
export type SharedProfileValues = Partial<Pick<ApplicantProfileFields, ShareableProfileField>>;

export interface ProfileSharesView {
  readonly side: PairSide;
  /** Whether the mentee has saved an applicant profile at all. */
  readonly profileSaved: boolean;
  /** Fields shared now, in SHAREABLE_PROFILE_FIELDS order. */
  readonly shared: readonly { field: ShareableProfileField; sharedAt: string }[];
  readonly profile: SharedProfileValues;
  /** Every share and revoke, oldest first: the mentee's record (empty for the mentor). */
  readonly history: readonly {
    field: ShareableProfileField;
    sharedAt: string;
    revokedAt: string | null;
  }[];
}

const order = new Map<string, number>(SHAREABLE_PROFILE_FIELDS.map((f, i) => [f, i]));

/** Copies exactly the listed fields' values, so nothing else can ride along. */
function pickShared(
  profile: ApplicantProfileFields,
  fields: readonly ShareableProfileField[],
): SharedProfileValues {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    const value = profile[field];
    values[field] = Array.isArray(value) ? [...value] : value;
  }
  return values as SharedProfileValues;
}

/**
 * Field-by-field sharing of the applicant profile with a relationship's mentor (decision 048).
 * The mentor sees the values of the fields shared now, and only while the relationship is
 * active; the mentee sees the same values (what the mentor sees) and the whole history.
 */
export function createProfileSharingService(
  deps: MentorshipDeps & { readonly profiles: ProfileRepository },
) {
  const { mentorship, clock, ids } = deps;

  async function view(
    relationship: RelationshipRecord,
    side: PairSide,
    shares: readonly ProfileFieldShareRecord[],
  ): Promise<ProfileSharesView> {
    const visible = side === 'mentee' || relationship.status === 'active';
    const active = visible
      ? shares
          .filter((s) => s.revokedAt === null)
          .sort((a, b) => (order.get(a.field) ?? 0) - (order.get(b.field) ?? 0))
      : [];
    const profile = await deps.profiles.find(relationship.menteeId);
    return {
      side,
      profileSaved: profile !== null,
      shared: active.map((s) => ({ field: s.field, sharedAt: s.sharedAt })),
      profile: profile
        ? pickShared(
            profile,
            active.map((s) => s.field),
          )
        : {},
      history:
        side === 'mentee'
          ? shares.map((s) => ({ field: s.field, sharedAt: s.sharedAt, revokedAt: s.revokedAt }))
          : [],
    };
  }

  return {
    async get(user: User, relationshipId: string) {
      const { relationship, side } = await relationshipOf(deps, user, relationshipId);
      return view(
        relationship,
        side,
        await mentorship.profileShares.listByRelationship(relationshipId),
      );
    },

    /** The mentee makes exactly `fields` shared (an empty list revokes everything). */
    async replace(user: User, relationshipId: string, fields: readonly ShareableProfileField[]) {
      const { relationship, side } = await relationshipOf(deps, user, relationshipId);
      if (side !== 'mentee') throw notFound('Relationship');
      if (relationship.status !== 'active' && fields.length > 0)
        throw new AppError('conflict', 'This relationship has ended; nothing more can be shared');
      await mentorship.profileShares.replace(
        relationshipId,
        [...new Set(fields)],
        user.id,
        clock.now().toISOString(),
        () => ids.newId(),
      );
      return view(
        relationship,
        side,
        await mentorship.profileShares.listByRelationship(relationshipId),
      );
    },
  };
}
export type ProfileSharingService = ReturnType<typeof createProfileSharingService>;
