import type { Mailer, OutgoingMail } from '../shared/ports.ts';

/** A Mailer for service tests: keeps every message, in order, for the test to read. */
export function createMemoryMailer(): Mailer & { readonly sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}
