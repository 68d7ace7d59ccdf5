import type { Customer, Lease } from '../../domain/berths/entities.ts';
import type { MessagePayload } from '../../domain/berths/message-commands.ts';
import { MESSAGE_DECIDERS } from '../../domain/berths/message-decider.ts';
import type { BerthMessage } from '../../domain/berths/message-entity.ts';
import { inAudience, messageContacts, messageDeliveries, textIn } from '../../domain/berths/message-recipients.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import type { NotificationInput } from '../notifications/message.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { customerName } from './customer-page/offer-store.ts';

type Payload = MessagePayload<'berths.sendCustomerMessage'>;

const groupKey = (commandId: string) => `berths.message-group:${commandId}`;

/** The customers the message's group holds now: the season's leases narrowed by the domain's own rule. */
async function groupCustomers(tx: Queryable, p: Payload): Promise<Customer[]> {
  const res = await tx.query<{ status: Lease['status']; harbour_id: string; customer: Customer }>(
    `SELECT l.status, b.harbour_id::text AS harbour_id, c.data AS customer
     FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer c ON c.id = l.customer_id
     WHERE l.season = $1 AND l.status = ANY($2::text[])
     ORDER BY c.id`,
    [p.audience.season, p.audience.leaseStatuses],
    'berths_message_group',
  );
  const byId = new Map<string, Customer>();
  for (const r of res.rows) {
    if (inAudience({ season: p.audience.season, status: r.status, harbourId: r.harbour_id, customerKind: r.customer.kind }, p.audience)) byId.set(r.customer.id, r.customer);
  }
  return [...byId.values()];
}

/**
 * A message to a group of customers on the central: the group is counted from the central's
 * leases when the command is decided, and every email and text message is queued in the same
 * savepoint as the message's record, so either both exist or neither does.
 */
export const messageCommandHandler: CommandHandler = {
  async decide(tx, command, ctx, cache) {
    const p = command.payload as Payload;
    const existing = await tx.query<{ data: BerthMessage }>('SELECT data FROM berth_message WHERE id = $1', [p.messageId], 'berths_message_by_id');
    const customers = await groupCustomers(tx, p);
    cache.set(groupKey(command.id), customers);
    return MESSAGE_DECIDERS['berths.sendCustomerMessage']({ existing: existing.rows[0]?.data ?? null, customers }, p, ctx);
  },

  async written(tx, command, puts, cache) {
    const message = puts.find((put) => put.entity === 'berth_message')?.data as BerthMessage | undefined;
    const customers = cache.get(groupKey(command.id)) as Customer[] | undefined;
    cache.delete(groupKey(command.id));
    if (!message || !customers) return;
    const byId = new Map(customers.map((c) => [c.id, c]));
    const out: NotificationInput[] = [];
    for (const d of messageDeliveries(messageContacts(customers, message.channels))) {
      out.push({
        channel: d.channel,
        recipient: d.recipient,
        language: d.language,
        template: 'berths.customer_message',
        workspace: 'berths',
        entityId: message.id,
        params: { name: customerName(byId.get(d.customerId) ?? null), subject: textIn(message.subject, d.language), message: textIn(message.body, d.language) },
      });
    }
    await enqueueNotifications(tx, out);
  },

  async explainViolation() {
    return null;
  },
};
