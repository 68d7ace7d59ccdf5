import type { Application, Customer, Lease } from '../../domain/berths/entities.ts';
import type { MessagePayload } from '../../domain/berths/message-commands.ts';
import { MESSAGE_DECIDERS } from '../../domain/berths/message-decider.ts';
import type { BerthMessage } from '../../domain/berths/message-entity.ts';
import { inApplicationAudience, inAudience, messageContacts, messageDeliveries, textIn } from '../../domain/berths/message-recipients.ts';
import type { Queryable } from '../db/db.ts';
import { enqueueNotifications } from '../notifications/enqueue.ts';
import type { NotificationInput } from '../notifications/message.ts';
import type { CommandHandler } from '../sync/handler.ts';
import { customerName } from './customer-page/offer-store.ts';

type Payload = MessagePayload<'berths.sendCustomerMessage'>;

const groupKey = (commandId: string) => `berths.message-group:${commandId}`;

/**
 * The customers the message's group holds now: the season's leases and waiting applications
 * narrowed by the domain's own rules, each customer once, in id order.
 */
async function groupCustomers(tx: Queryable, p: Payload): Promise<Customer[]> {
  const byId = new Map<string, Customer>();
  const a = p.audience;
  if (a.leaseStatuses.length > 0) {
    const res = await tx.query<{ status: Lease['status']; harbour_id: string; customer: Customer }>(
      `SELECT l.status, b.harbour_id::text AS harbour_id, c.data AS customer
       FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer c ON c.id = l.customer_id
       WHERE l.season = $1 AND l.status = ANY($2::text[])`,
      [a.season, a.leaseStatuses],
      'berths_message_group',
    );
    for (const r of res.rows) {
      if (inAudience({ season: a.season, status: r.status, harbourId: r.harbour_id, customerKind: r.customer.kind }, a)) byId.set(r.customer.id, r.customer);
    }
  }
  if (a.applicationStatuses && a.applicationStatuses.length > 0) {
    const res = await tx.query<{ status: Application['status']; choices: string[]; customer: Customer }>(
      `SELECT a.status, a.data->'harbourChoices' AS choices, c.data AS customer
       FROM application a JOIN customer c ON c.id = a.customer_id
       WHERE a.season = $1 AND a.status = ANY($2::text[])`,
      [a.season, a.applicationStatuses],
      'berths_message_group_applicants',
    );
    for (const r of res.rows) {
      if (inApplicationAudience({ season: a.season, status: r.status, harbourChoices: r.choices, customerKind: r.customer.kind }, a)) byId.set(r.customer.id, r.customer);
    }
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
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
