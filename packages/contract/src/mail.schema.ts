import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.schema.ts';
import { timestampSchema } from './common.schema.ts';

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetConfirmSchema = z.object({
  token: z.string().min(1, 'The reset link has no token').max(200),
  password: passwordSchema,
});
export type PasswordResetConfirm = z.infer<typeof passwordResetConfirmSchema>;

export const outboxMessageSchema = z
  .object({
    id: z.string(),
    to: z.string(),
    kind: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: timestampSchema,
  })
  .meta({ id: 'OutboxMessage' });
export type OutboxMessage = z.infer<typeof outboxMessageSchema>;

export const outboxResponseSchema = z.object({
  /** `outbox`: no SMTP server, mail is kept here; `smtp`: mail is sent (the list stays empty). */
  delivery: z.enum(['outbox', 'smtp']),
  messages: z.array(outboxMessageSchema),
});
export type OutboxResponse = z.infer<typeof outboxResponseSchema>;

/** Demo mode without SMTP only: anyone may read the mail to an address (decision 030). */
export const demoOutboxQuerySchema = z.object({ to: emailSchema.optional() });
export const demoOutboxResponseSchema = z.object({
  /** False outside demo mode, or with an SMTP server: then `messages` is always empty. */
  enabled: z.boolean(),
  messages: z.array(outboxMessageSchema),
});
export type DemoOutboxResponse = z.infer<typeof demoOutboxResponseSchema>;
