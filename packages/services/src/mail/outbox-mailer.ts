import type { Clock, IdGenerator, Mailer } from '../shared/ports.ts';
import type { OutboxRepository } from './mail-ports.ts';

/**
 * The Mailer when no SMTP server is configured: every message goes to the outbox table, where its
 * recipient reads it in the app (decision 030). Addresses are stored lower-cased, like accounts.
 */
export function createOutboxMailer(deps: {
  readonly outbox: OutboxRepository;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}): Mailer {
  return {
    async send(mail) {
      await deps.outbox.add({
        id: deps.ids.newId(),
        to: mail.to.trim().toLowerCase(),
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        kind: mail.kind,
        createdAt: deps.clock.now().toISOString(),
      });
    },
  };
}
