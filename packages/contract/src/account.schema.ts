import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, passwordSchema, userSchema } from './auth.schema.ts';
import { timestampSchema } from './common.schema.ts';
import { interviewAttemptSchema, practiceCardSchema } from './interview.schema.ts';
import { matchInstanceSchema, matchRunSchema } from './match.schema.ts';
import { mockInterviewSchema } from './mock-interview.schema.ts';
import { organisationSchema } from './organisation.schema.ts';
import { applicantProfileSchema } from './profile.schema.ts';
import { programDataExportSchema } from './program-ranking.schema.ts';
import { timelineExportSchema } from './timeline.schema.ts';

const currentPassword = z.string().min(1, 'Enter your current password').max(PASSWORD_MAX_LENGTH);

export const changePasswordRequestSchema = z
  .object({ currentPassword, newPassword: passwordSchema })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one',
  });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;

export const deleteAccountRequestSchema = z.object({
  password: z.string().min(1, 'Enter your password to confirm').max(PASSWORD_MAX_LENGTH),
});
export type DeleteAccountRequest = z.infer<typeof deleteAccountRequestSchema>;

/** Everything MatchReady stores about the signed-in user. Later features add keys. */
export const accountExportSchema = z
  .object({
    exportedAt: timestampSchema,
    user: userSchema,
    organisation: organisationSchema.nullable(),
    profile: applicantProfileSchema.nullable(),
    matchInstances: z.array(matchInstanceSchema),
    matchRuns: z.array(matchRunSchema),
    interviewAttempts: z.array(interviewAttemptSchema),
    practiceCards: z.array(practiceCardSchema),
    mockInterviews: z.array(mockInterviewSchema),
    programs: programDataExportSchema,
    timeline: timelineExportSchema,
  })
  .meta({ id: 'AccountExport' });
export type AccountExport = z.infer<typeof accountExportSchema>;
