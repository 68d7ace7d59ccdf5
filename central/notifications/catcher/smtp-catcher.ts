import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { CaughtMessage } from '../caught-store.ts';
import { parseMail } from './mime.ts';

/** Bigger than any notification; keeps a stray client from filling the memory. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

export interface CatcherOptions {
  /** Where each received message goes (the caught_message table in the central). */
  store(message: CaughtMessage): Promise<void>;
  /**
   * Runs before a message is stored. Throwing an error with a `responseCode` answers that code
   * (451: try later, 550: refused); a promise that never settles holds the client mid-send.
   * What demos and tests use to play a troubled mail server.
   */
  intercept?(message: CaughtMessage): Promise<void>;
  port?: number;
}

/**
 * The demo mail server: real SMTP on 127.0.0.1, no authentication, no TLS (loopback only).
 * It keeps what it receives instead of delivering it, so the demo sends real mail to no one.
 */
export class SmtpCatcher {
  readonly #opts: CatcherOptions;
  readonly #server: SMTPServer;
  #port = 0;

  constructor(opts: CatcherOptions) {
    this.#opts = opts;
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      hideSTARTTLS: true,
      size: MAX_MESSAGE_BYTES,
      rejectOversized: true,
      logger: false,
      banner: 'KuVa Desk demo catcher: messages are kept, not delivered',
      onData: (stream, session, callback) => {
        this.#receive(stream, session).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
    // A client that misbehaves must not take the central down.
    this.#server.on('error', () => {});
  }

  async #receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) return;
    const mail = parseMail(Buffer.concat(chunks));
    const from = session.envelope.mailFrom;
    const message: CaughtMessage = {
      channel: 'email',
      messageId: mail.messageId,
      sender: from ? from.address : '',
      recipients: session.envelope.rcptTo.map((r) => r.address),
      subject: mail.subject,
      body: mail.body,
    };
    await this.#opts.intercept?.(message);
    await this.#opts.store(message);
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.#server.server.once('error', reject);
      this.#server.listen(this.#opts.port ?? 0, '127.0.0.1', () => {
        this.#server.server.off('error', reject);
        resolve();
      });
    });
    this.#port = (this.#server.server.address() as AddressInfo).port;
    return this;
  }

  /** smtp://127.0.0.1:<port>, what the SMTP transport sends to in demo mode. */
  get url(): string {
    return `smtp://127.0.0.1:${this.#port}`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#server.close(() => resolve()));
  }
}
