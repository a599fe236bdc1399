import { ERROR_CODES, type ErrorCode } from '@matchready/core/vocabulary';
import { z } from 'zod';

/** The core's one list of transport-neutral error codes: HTTP statuses in the server, exit codes in the CLI. */
export const errorCodeSchema = z.enum(ERROR_CODES);
export type { ErrorCode };

/** One problem with the input: a path into it (as zod reports it) and a human message. */
export const issueSchema = z.object({
  code: z.string().optional(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof issueSchema>;

/** Every non-2xx response body. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string(),
      issues: z.array(issueSchema).optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** ISO-8601 UTC timestamp, e.g. 2025-03-21T16:00:00.000Z. */
export const timestampSchema = z.iso.datetime();

/** Text UUIDs made by the server. */
export const idSchema = z.string().min(1).max(64);
export const idParamsSchema = z.object({ id: idSchema });

export const ROLES = ['applicant', 'mentor', 'organisation-admin', 'site-admin'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Roles a person may choose at sign-up; site admins are made with `matchready users create-admin`. */
export const SIGN_UP_ROLES = ['applicant', 'mentor', 'organisation-admin'] as const;
export const signUpRoleSchema = z.enum(SIGN_UP_ROLES);

/** What a `download: true` endpoint's handler returns; the server sends `content` as the file. */
export const fileResponseSchema = z.object({
  filename: z.string().min(1),
  contentType: z.string().min(1),
  content: z.string(),
});
export type FileResponse = z.infer<typeof fileResponseSchema>;

/** A real calendar date, YYYY-MM-DD (2027-02-30 is refused). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-01-12')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'This date does not exist');
