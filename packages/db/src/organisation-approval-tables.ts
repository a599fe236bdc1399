/** Columns 0008-organisation-approval adds to `organisations` (decision 040). */
export interface OrganisationApprovalColumns {
  /** ISO-8601; NULL = waiting for approval, or revoked. */
  approved_at: string | null;
  /** The site admin who approved; NULL for the migration's backfill, the demo seed and the CLI. */
  approved_by: string | null;
  revoked_at: string | null;
  revoked_reason: string | null;
}
