import type { CommandContext } from '../sync/command-context.ts';
import { reject, type Decision } from './decision.ts';
import type { Customer } from './entities.ts';
import type { MessagePayload } from './message-commands.ts';
import type { BerthMessage } from './message-entity.ts';
import { messageContacts, messageReach } from './message-recipients.ts';

export interface SendMessageState {
  /** A message with the payload's id, if one was sent. */
  existing: BerthMessage | null;
  /** The group's customers as the deciding side holds them (inAudience over its leases). */
  customers: readonly Pick<Customer, 'id' | 'email' | 'phone' | 'language'>[];
}

/**
 * A message is recorded and sent at once; its counts are what the deciding side found. A message
 * nobody would receive is refused, so the handler is not told "sent" about nothing.
 */
export function decideSendCustomerMessage(s: SendMessageState, p: MessagePayload<'berths.sendCustomerMessage'>, ctx: CommandContext): Decision {
  if (s.existing) return reject('message_already_sent', `The message ${p.messageId} was sent at ${s.existing.sentAt}.`);
  const reach = messageReach(messageContacts(s.customers, p.channels));
  if (reach.emails + reach.sms === 0) return reject('message_no_recipients', 'Nobody in the chosen group can be reached by the chosen channels.');
  const record: BerthMessage = {
    id: p.messageId,
    audience: p.audience,
    channels: [...p.channels],
    subject: p.subject,
    body: p.body,
    sentAt: ctx.now,
    sentById: ctx.actor.id,
    sentByName: ctx.actor.name,
    customerCount: reach.customers,
    messageCount: reach.emails + reach.sms,
  };
  return { ok: true, puts: [{ entity: 'berth_message', record, version: 1 }] };
}

export const MESSAGE_DECIDERS = {
  'berths.sendCustomerMessage': decideSendCustomerMessage,
} as const;
