import { z } from 'zod';
import { idSchema, roleSchema, signUpRoleSchema, timestampSchema } from './common.schema.ts';

/** Long enough to resist guessing; capped so hashing stays cheap (argon2 hashes the whole input). */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(
    z.email('Enter a valid email address').max(254, 'Email addresses are at most 254 characters'),
  );

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Passwords need at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Passwords are at most ${PASSWORD_MAX_LENGTH} characters`);

const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter your name')
  .max(80, 'Names are at most 80 characters');

export const userSchema = z
  .object({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    role: roleSchema,
    createdAt: timestampSchema,
    /** The organisation the user belongs to (organisation admins always have one). */
    organisationId: idSchema.nullable(),
    /** Demo accounts are seeded by `--demo`; the app labels them. */
    isDemo: z.boolean(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const userResponseSchema = z.object({ user: userSchema });
export type UserResponse = z.infer<typeof userResponseSchema>;

/** The web app's start-up question "who is signed in?": null when nobody is, never a 401. */
export const sessionResponseSchema = z.object({ user: userSchema.nullable() });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const signUpRequestSchema = z
  .object({
    email: emailSchema,
    password: passwordSchema,
    displayName: displayNameSchema,
    role: signUpRoleSchema,
    organisationName: z
      .string()
      .trim()
      .min(1, 'Enter the organisation name')
      .max(120, 'Organisation names are at most 120 characters')
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'organisation-admin' && value.organisationName === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationName'],
        message: 'Organisation admins need an organisation name',
      });
    }
    if (value.role !== 'organisation-admin' && value.organisationName !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['organisationName'],
        message: 'Only organisation admins create an organisation',
      });
    }
  });
export type SignUpRequest = z.infer<typeof signUpRequestSchema>;

export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX_LENGTH),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;
