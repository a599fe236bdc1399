import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';

/** Approval of an organisation (decision 040): its admins act only once it is approved. */
export const APPROVAL_STATUSES = ['pending', 'approved', 'revoked'] as const;
export const approvalStatusSchema = z.enum(APPROVAL_STATUSES);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

/** Issue codes of the 403 an organisation admin gets before approval and after a revoke. */
export const ORGANISATION_APPROVAL_ISSUES = [
  'organisation-pending',
  'organisation-revoked',
] as const;

export const organisationApprovalSchema = z
  .object({
    status: approvalStatusSchema,
    approvedAt: timestampSchema.nullable(),
    revokedAt: timestampSchema.nullable(),
    /** The site admin's reason, shown to the organisation's admins. */
    revokedReason: z.string().nullable(),
  })
  .meta({ id: 'OrganisationApproval' });
export type OrganisationApprovalView = z.infer<typeof organisationApprovalSchema>;

/** What a site admin sees of an organisation: never its people's data beyond admin emails. */
export const adminOrganisationSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    createdAt: timestampSchema,
    approval: organisationApprovalSchema,
    /** The approving site admin's id; null for the migration's backfill, the demo seed, the CLI. */
    approvedBy: idSchema.nullable(),
    adminEmails: z.array(z.string()),
    members: z.int().min(0),
    /** Programs it imported into the shared catalogue. */
    programs: z.int().min(0),
    mentorshipPrograms: z.int().min(0),
  })
  .meta({ id: 'AdminOrganisation' });
export type AdminOrganisation = z.infer<typeof adminOrganisationSchema>;

export const adminOrganisationsResponseSchema = z.object({
  /** Waiting for approval first, then revoked, then approved; oldest first within each. */
  organisations: z.array(adminOrganisationSchema),
});
export const adminOrganisationResponseSchema = z.object({ organisation: adminOrganisationSchema });

export const MAX_REVOKE_REASON = 500;

/** Approve, or revoke with a reason the organisation's admins will read. */
export const organisationApprovalRequestSchema = z.discriminatedUnion('approved', [
  z.object({ approved: z.literal(true) }).strict(),
  z
    .object({
      approved: z.literal(false),
      reason: z
        .string()
        .trim()
        .min(1, 'Say why the approval is revoked')
        .max(MAX_REVOKE_REASON, `At most ${MAX_REVOKE_REASON} characters`),
    })
    .strict(),
]);
export type OrganisationApprovalRequest = z.infer<typeof organisationApprovalRequestSchema>;

/** A dataset the organisation imported into the shared catalogue. */
export const ownedDatasetSchema = z
  .object({
    dataset: z.string(),
    programs: z.int().min(0),
    firstImportedAt: timestampSchema,
    lastImportedAt: timestampSchema,
    /** Emails of the organisation's admins who imported it (deleted accounts left out). */
    importedBy: z.array(z.string()),
  })
  .meta({ id: 'OwnedDataset' });
export type OwnedDatasetView = z.infer<typeof ownedDatasetSchema>;

export const ownedDatasetsResponseSchema = z.object({ datasets: z.array(ownedDatasetSchema) });

export const datasetQuerySchema = z.object({ dataset: z.string().trim().min(1).max(120) });

export const deleteDatasetResponseSchema = z.object({ deleted: z.int().min(1) });
