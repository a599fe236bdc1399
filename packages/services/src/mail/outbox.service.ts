import type { User } from '../account/account-domain.ts';
import type { OutboxMessage, OutboxRepository } from './mail-ports.ts';

/** The newest messages shown; older ones stay in the table. */
export const OUTBOX_PAGE_SIZE = 50;

export type OutboxService = ReturnType<typeof createOutboxService>;

export function createOutboxService(deps: { readonly outbox: OutboxRepository }) {
  return {
    /** Mail sent to the signed-in user's own address, newest first. */
    listMine(user: User): Promise<OutboxMessage[]> {
      return deps.outbox.listForRecipient(user.email, OUTBOX_PAGE_SIZE);
    },

    /**
     * Mail to any address, newest first: only for demo mode without SMTP, where the outbox is
     * how someone who forgot their password reads the reset link (the route checks the mode).
     */
    listForAddress(address: string): Promise<OutboxMessage[]> {
      return deps.outbox.listForRecipient(address.trim().toLowerCase(), OUTBOX_PAGE_SIZE);
    },
  };
}
