import type { CaughtMessage } from '../caught-store.ts';
import type { OutgoingMessage } from '../message.ts';
import type { NotificationTransport } from './transport.ts';

/** The demo's SMS gateway: it keeps each message with the caught ones instead of sending it. */
export class DemoSmsGateway implements NotificationTransport {
  readonly channel = 'sms' as const;
  readonly #store: (message: CaughtMessage) => Promise<void>;

  constructor(store: (message: CaughtMessage) => Promise<void>) {
    this.#store = store;
  }

  async send(message: OutgoingMessage): Promise<void> {
    await this.#store({ channel: 'sms', messageId: message.id, sender: 'KuVa', recipients: [message.recipient], subject: '', body: message.text });
  }

  async close(): Promise<void> {}
}
