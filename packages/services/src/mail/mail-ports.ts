import type { OutgoingMail } from '../shared/ports.ts';

/** A message kept in the database outbox (no SMTP server configured). */
export interface OutboxMessage extends OutgoingMail {
  readonly id: string;
  readonly createdAt: string;
}

/** The outbox: mail written to the database instead of sent, shown to its recipient in the app. */
export interface OutboxRepository {
  add(message: OutboxMessage): Promise<void>;
  /** Messages to the (lower-cased) address, newest first, at most `limit`. */
  listForRecipient(address: string, limit: number): Promise<OutboxMessage[]>;
}
