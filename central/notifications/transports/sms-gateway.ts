import type { OutgoingMessage } from '../message.ts';
import { TransportError, type NotificationTransport } from './transport.ts';

export interface SmsGatewayOptions {
  /** The gateway's send endpoint, e.g. https://sms.example/api/v1/messages. */
  url: string;
  token: string;
  timeoutMs?: number;
}

/** How many characters of a gateway's error answer are kept with the message. */
const ANSWER_KEPT = 300;

/**
 * SMS through an HTTP gateway: POST {id, to, text} as JSON with a bearer token and the outbox id
 * as Idempotency-Key, so a repeated delivery after a crash is one SMS at a gateway that honours it.
 */
export class HttpSmsGateway implements NotificationTransport {
  readonly channel = 'sms' as const;
  readonly #opts: SmsGatewayOptions;

  constructor(opts: SmsGatewayOptions) {
    this.#opts = opts;
  }

  async send(message: OutgoingMessage): Promise<void> {
    let res: Response;
    try {
      res = await fetch(this.#opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.#opts.token}`, 'idempotency-key': message.id },
        body: JSON.stringify({ id: message.id, to: message.recipient, text: message.text }),
        redirect: 'error',
        signal: AbortSignal.timeout(this.#opts.timeoutMs ?? 20_000),
      });
    } catch (error) {
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
      throw new TransportError(`SMS gateway unreachable: ${reason}`, false);
    }
    const answer = (await res.text().catch(() => '')).slice(0, ANSWER_KEPT);
    if (res.ok) return;
    // A 4xx refuses this message for good, except "too many" and "timeout", which pass.
    const permanent = res.status >= 400 && res.status < 500 && res.status !== 408 && res.status !== 429;
    throw new TransportError(`SMS gateway answered ${res.status}${answer ? `: ${answer}` : ''}`, permanent);
  }

  async close(): Promise<void> {}
}
