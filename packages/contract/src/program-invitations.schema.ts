import {
  MENTOR_TYPES,
  PROGRAM_INVITATION_STATUSES,
  PROGRAM_PARTICIPANT_ROLES,
  PULSE_QUESTIONS,
  type PulseQuestion,
} from '@matchready/core/vocabulary';
import { z } from 'zod';
import { idSchema, timestampSchema } from './common.schema.ts';
import { programMenteeRowSchema, programMentorRowSchema } from './files/program-people.schema.ts';

/**
 * Program invitations, "My program details" and the pulse survey (issue 10, decisions 046 and
 * 047; docs/mentorship-programs.md).
 */

/** Invitation tokens are 256-bit secrets in base64url (43 characters); anything longer is not one. */
const tokenSchema = z.string().trim().min(1, 'The link has no token').max(200);
export const invitationTokenRequestSchema = z.object({ token: tokenSchema });

export const inviteProgramPeopleRequestSchema = z.object({
  /** Only mentors or only mentees; both when left out. */
  role: z.enum(PROGRAM_PARTICIPANT_ROLES).optional(),
  /** Only these people (ids from the imported files); everyone not yet accepted when left out. */
  personIds: z.array(z.string().min(1).max(64)).min(1).max(10_000).optional(),
});
export const inviteProgramPeopleResponseSchema = z.object({
  invited: z.int().min(0),
  /** People left out because the organisation has no email address for them. */
  withoutEmail: z.int().min(0),
});

export const addProgramPersonRequestSchema = z.object({
  role: z.enum(PROGRAM_PARTICIPANT_ROLES),
  name: z.string().trim().min(1, 'Give the person’s name').max(120),
  email: z.email('Give a valid email address').max(254),
});
export const addProgramPersonResponseSchema = z.object({ personId: z.string() });

export const invitationPreviewResponseSchema = z.object({
  programName: z.string(),
  role: z.enum(PROGRAM_PARTICIPANT_ROLES),
  name: z.string(),
  /** False when the signed-in account is not of the kind this role needs (applicant / mentor). */
  accountFits: z.boolean(),
});
export const acceptInvitationResponseSchema = z.object({
  programId: idSchema,
  role: z.enum(PROGRAM_PARTICIPANT_ROLES),
  /** Published pairs of this person that became relationships now (the other side accepted). */
  relationships: z.int().min(0),
});

/** What a person may correct about themselves: the import's fields, minus id, name and email. */
const mentorDetails = programMentorRowSchema
  .omit({ id: true, name: true, email: true })
  .extend({ role: z.literal('mentor') });
const menteeDetails = programMenteeRowSchema
  .omit({ id: true, name: true, email: true })
  .extend({ role: z.literal('mentee') });
export const programDetailsRequestSchema = z.discriminatedUnion('role', [
  mentorDetails,
  menteeDetails,
]);
export type ProgramDetailsRequest = z.infer<typeof programDetailsRequestSchema>;

const personSchema = z.object({
  role: z.enum(PROGRAM_PARTICIPANT_ROLES),
  personId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  specialties: z.array(z.string()),
  mentorTypes: z.array(z.enum(MENTOR_TYPES)),
  languages: z.array(z.string()),
  timeZone: z.string(),
  imgCountry: z.string().nullable().optional(),
  capacity: z.int().min(0).optional(),
  country: z.string().optional(),
  wantsImgMentor: z.boolean().optional(),
  goals: z.array(z.string()).optional(),
  editedAt: timestampSchema.nullable(),
});
export const myProgramPersonResponseSchema = z.object({ person: personSchema });

export const myProgramsResponseSchema = z.object({
  programs: z.array(
    z.object({
      program: z.object({
        id: idSchema,
        name: z.string(),
        startsOn: z.string().nullable(),
        endsOn: z.string().nullable(),
      }),
      person: personSchema,
      /** Names of the people this person was published with (empty until pairs are published). */
      pairedWith: z.array(z.string()),
      pulse: z.object({ opensAt: timestampSchema.nullable(), answered: z.boolean() }),
    }),
  ),
});

const score = z.int('Answer with a whole number from 1 to 5').min(1).max(5);
export const pulseRequestSchema = z.object({
  scores: z.object(
    Object.fromEntries(PULSE_QUESTIONS.map((q) => [q, score])) as Record<
      PulseQuestion,
      typeof score
    >,
  ),
  comment: z
    .string()
    .trim()
    .max(1000, 'Keep the comment under 1,000 characters')
    .nullable()
    .optional(),
});
export const pulseResponseSchema = z.object({ answeredAt: timestampSchema });

export const invitationStatusSchema = z.enum(PROGRAM_INVITATION_STATUSES);

export type InvitationPreviewResponse = z.infer<typeof invitationPreviewResponseSchema>;
export type AcceptInvitationResponse = z.infer<typeof acceptInvitationResponseSchema>;
export type MyProgramsResponse = z.infer<typeof myProgramsResponseSchema>;
export type PulseRequest = z.infer<typeof pulseRequestSchema>;
