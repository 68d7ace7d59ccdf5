import type { Channel, OutgoingMessage } from '../message.ts';

/** How a rendered message leaves the central. One per channel; a real and a demo one look alike. */
export interface NotificationTransport {
  readonly channel: Channel;
  /** Resolves once the receiving server has taken the message; throws a TransportError otherwise. */
  send(message: OutgoingMessage): Promise<void>;
  close(): Promise<void>;
}

/**
 * A refused or failed delivery. `permanent`: trying again cannot help (a 5xx from the SMTP
 * server, a 4xx from a gateway), so the message fails at once instead of after every retry.
 */
export class TransportError extends Error {
  readonly permanent: boolean;
  constructor(message: string, permanent: boolean) {
    super(message);
    this.name = 'TransportError';
    this.permanent = permanent;
  }
}

/** Message-ID header value for an outbox id: the receiver dedupes repeated deliveries by it. */
export function messageIdHeader(id: string): string {
  return `<${id}@kuva-desk>`;
}
