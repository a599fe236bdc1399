/** Tables of migration 0010-mentorship-extras (decision 048). */

export interface ProfileFieldSharesTable {
  id: string;
  relationship_id: string;
  /** One of SHAREABLE_PROFILE_FIELDS. */
  field: string;
  shared_by: string;
  shared_at: string;
  revoked_at: string | null;
}

export interface MentorshipExtrasTables {
  profile_field_shares: ProfileFieldSharesTable;
}
