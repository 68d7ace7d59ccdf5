import nodemailer from 'nodemailer';
import type { OutgoingMessage } from '../message.ts';
import { messageIdHeader, TransportError, type NotificationTransport } from './transport.ts';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 or smtps://host:465 (nodemailer's connection URL). */
  url: string;
  /** The From address, e.g. `KuVa <no-reply@hel.fi>`. */
  from: string;
  /** Upper bound of one delivery, below the sender's lease so a slow server cannot outlive it. */
  timeoutMs?: number;
}

/** Email over SMTP with a small connection pool, so a bulk send does not reconnect per message. */
export class SmtpTransport implements NotificationTransport {
  readonly channel = 'email' as const;
  readonly #mailer;
  readonly #from: string;

  constructor(opts: SmtpOptions) {
    const timeout = opts.timeoutMs ?? 20_000;
    this.#from = opts.from;
    this.#mailer = nodemailer.createTransport({
      url: opts.url,
      pool: true,
      maxConnections: 8,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    try {
      await this.#mailer.sendMail({
        from: this.#from,
        to: message.recipient,
        subject: message.subject,
        text: message.text,
        messageId: messageIdHeader(message.id),
        headers: { 'Content-Language': message.language },
      });
    } catch (error) {
      const e = error as { responseCode?: unknown; message?: unknown };
      const code = typeof e.responseCode === 'number' ? e.responseCode : null;
      const text = typeof e.message === 'string' ? e.message : String(error);
      // 5xx is the server's final word (no such mailbox, refused); 4xx and network trouble pass.
      throw new TransportError(code === null ? text : `SMTP ${code}: ${text}`, code !== null && code >= 500 && code < 600);
    }
  }

  async close(): Promise<void> {
    this.#mailer.close();
  }
}
