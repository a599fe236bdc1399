import { z } from 'zod';
import { idSchema, roleSchema, timestampSchema } from './common.schema.ts';
import { organisationApprovalSchema } from './organisation-admin.schema.ts';

export const organisationSchema = z
  .object({ id: idSchema, name: z.string(), createdAt: timestampSchema })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationResponseSchema = z.object({
  organisation: organisationSchema,
  /** People in the organisation, the admin included. */
  members: z.int().min(0),
  /** Until a site admin approves, the admin's capabilities are refused (decision 040). */
  approval: organisationApprovalSchema,
});
export type OrganisationResponse = z.infer<typeof organisationResponseSchema>;

/** What a site admin sees of a user: never profile data (scores, visa status…). */
const adminUserSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    createdAt: timestampSchema,
  })
  .meta({ id: 'AdminUser' });

export const adminUsersResponseSchema = z.object({ users: z.array(adminUserSchema) });
