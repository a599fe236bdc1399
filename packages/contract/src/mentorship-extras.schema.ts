import { SHAREABLE_PROFILE_FIELDS } from '@matchready/core/vocabulary';
import { z } from 'zod';
import { timestampSchema } from './common.schema.ts';
import { applicantProfileSchema } from './profile.schema.ts';

/** Decision 048: field-by-field profile sharing, meeting calendars, the zone slots are shown in. */

export const shareableProfileFieldSchema = z.enum(SHAREABLE_PROFILE_FIELDS, {
  error: `Use one of: ${SHAREABLE_PROFILE_FIELDS.join(', ')}`,
});

const pickMask = Object.fromEntries(SHAREABLE_PROFILE_FIELDS.map((f) => [f, true])) as {
  [K in (typeof SHAREABLE_PROFILE_FIELDS)[number]]: true;
};

/**
 * The values of the shared fields only. Strict: a response carrying any other key fails the
 * contract, so an unshared field cannot slip out through this schema.
 */
export const sharedProfileSchema = applicantProfileSchema.pick(pickMask).partial().strict();

export const profileSharesRequestSchema = z.object({
  /** Exactly the fields to share now; leaving one out revokes it; [] revokes everything. */
  fields: z
    .array(shareableProfileFieldSchema)
    .max(SHAREABLE_PROFILE_FIELDS.length)
    .refine((list) => new Set(list).size === list.length, 'Each field may appear once'),
});

export const profileSharesResponseSchema = z
  .object({
    side: z.enum(['mentee', 'mentor']),
    profileSaved: z.boolean(),
    shared: z.array(z.object({ field: shareableProfileFieldSchema, sharedAt: timestampSchema })),
    profile: sharedProfileSchema,
    /** The mentee's record of every share and revoke, oldest first; empty for the mentor. */
    history: z.array(
      z.object({
        field: shareableProfileFieldSchema,
        sharedAt: timestampSchema,
        revokedAt: timestampSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'ProfileShares' });
export type ProfileSharesResponse = z.infer<typeof profileSharesResponseSchema>;

/** GET …/slots?timeZone=…: the browser's zone, used only when the mentee saved none. */
export const slotsQuerySchema = z.object({
  timeZone: z.string().trim().min(1).max(100).optional(),
});

/** Which zone "your time" is in: saved preferences, else the browser's, else the mentor's. */
export const slotZoneSourceSchema = z.enum(['preferences', 'browser', 'mentor']);
