import type { Mailer } from '@matchready/services';
import { createTransport } from 'nodemailer';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  readonly url: string;
  /** The From header, e.g. `MatchReady <no-reply@match.example.org>`. */
  readonly from: string;
}

/** Sends mail through an SMTP server with nodemailer; `close()` ends pooled connections. */
export function createSmtpMailer(options: SmtpOptions): Mailer & { close(): void } {
  const transport = createTransport(options.url);
  return {
    async send(mail) {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html === undefined ? {} : { html: mail.html }),
        ...(mail.attachments?.length
          ? {
              attachments: mail.attachments.map((a) => ({
                filename: a.filename,
                contentType: a.contentType,
                content: a.content,
              })),
            }
          : {}),
        headers: { 'X-MatchReady-Kind': mail.kind },
      });
    },
    close: () => transport.close(),
  };
}
