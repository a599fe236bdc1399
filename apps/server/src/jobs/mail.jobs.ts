// Mail through the job queue on PostgreSQL (decision 044): a use case stores the mail as a job
// (one insert) instead of talking to SMTP, and a worker in any server process sends it, with
// retries. A crash after the use case committed no longer loses the mail once it is queued.
import type { Mailer, OutgoingMail } from '@matchready/services';
import { z } from 'zod';
import type { JobQueue, OneOffJob } from './job-queue.ts';

export const SEND_MAIL_JOB = 'send-mail';

/**
 * Sent at once, never stored in the job table: a reset link is a credential (only its hash is
 * kept, decision 030), it expires in an hour and the user can simply ask again.
 */
export const DIRECT_MAIL_KINDS: ReadonlySet<string> = new Set(['password-reset']);

const queuedMailSchema = z.strictObject({
  to: z.string().min(1),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  kind: z.string().min(1),
  attachments: z
    .array(z.strictObject({ filename: z.string(), contentType: z.string(), content: z.string() }))
    .optional(),
});

/** The worker side: a queued mail, checked, handed to the configured adapter (SMTP or outbox). */
export function sendMailJob(mailer: Mailer): OneOffJob<OutgoingMail> {
  return {
    name: SEND_MAIL_JOB,
    // With backoff from 30 s: about 15 minutes of SMTP trouble before the mail is given up.
    retryLimit: 5,
    parse: (data) => queuedMailSchema.parse(data),
    run: (mail) => mailer.send(mail),
  };
}

/** The use-case side: every mail but the direct kinds becomes a queued job. */
export function createQueuedMailer(queue: JobQueue, direct: Mailer): Mailer {
  return {
    send(mail) {
      if (DIRECT_MAIL_KINDS.has(mail.kind)) return direct.send(mail);
      const { to, subject, text, html, kind, attachments } = mail;
      return queue.enqueue(SEND_MAIL_JOB, {
        to,
        subject,
        text,
        kind,
        ...(html ? { html } : {}),
        // A meeting's .ics invite travels with its mail (decision 048).
        ...(attachments?.length ? { attachments } : {}),
      });
    },
  };
}

/**
 * The Mailer services get: queued when the queue keeps jobs (pg-boss), else the adapter itself.
 * The in-process queue would only add a way to lose mail (a crash before the send), so on SQLite
 * mail goes out as before.
 */
export async function mailerFor(queue: JobQueue, direct: Mailer): Promise<Mailer> {
  if (queue.kind === 'in-process') return direct;
  await queue.handle(sendMailJob(direct));
  return createQueuedMailer(queue, direct);
}
