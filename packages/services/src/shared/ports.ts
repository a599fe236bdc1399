/** Ports every module uses; the apps implement them (system clock, random UUIDs). */

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  /** A new random UUID (text). */
  newId(): string;
}

/** A file sent with a mail (e.g. a meeting's .ics invite). */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** One email to one person; plain text always, HTML optional. */
export interface OutgoingMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string | undefined;
  /** What the mail is about (e.g. `password-reset`, `mentorship-request`), for the outbox view and logs. */
  readonly kind: string;
  /** Sent over SMTP; the database outbox keeps the text only. */
  readonly attachments?: readonly MailAttachment[] | undefined;
}

/**
 * Sends mail: over SMTP when `SMTP_URL` is set, otherwise into the database outbox the app shows
 * (issue 11). Services call it after their write has committed; a failure to send never undoes it.
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
}
