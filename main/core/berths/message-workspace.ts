import type { ParsedInput } from '../../../domain/contract.ts';
import type { Application, Customer, Harbour, Lease } from '../../../domain/berths/entities.ts';
import type { MessagePayload } from '../../../domain/berths/message-commands.ts';
import type { MessageReachView, SentCustomerMessage } from '../../../domain/berths/message-contract.ts';
import { MESSAGE_DECIDERS } from '../../../domain/berths/message-decider.ts';
import type { BerthMessage, MessageAudience } from '../../../domain/berths/message-entity.ts';
import { inApplicationAudience, inAudience, messageContacts, messageReach } from '../../../domain/berths/message-recipients.ts';
import { ok } from '../../../domain/result.ts';
import type { EntityTableSpec } from '../cache/entity-table.ts';
import { preparedFor } from '../cache/prepared.ts';
import type { CacheWorkspace } from '../cache/workspace.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  seasonLeases: db.prepare<[number], { status: Lease['status']; harbour_id: string; customer: string }>(
    `SELECT l.status, b.harbour_id, c.data AS customer
     FROM lease l JOIN berth b ON b.id = l.berth_id JOIN customer c ON c.id = json_extract(l.data, '$.customerId')
     WHERE l.season = ?`,
  ),
  seasonApplications: db.prepare<[number], { status: Application['status']; choices: string; customer: string }>(
    `SELECT a.status, json_extract(a.data, '$.harbourChoices') AS choices, c.data AS customer
     FROM application a JOIN customer c ON c.id = a.customer_id
     WHERE a.season = ?`,
  ),
  message: db.prepare<[string], { data: string }>('SELECT data FROM berth_message WHERE id = ?'),
  messages: db.prepare<[], { data: string; pending: number }>('SELECT data, pending FROM berth_message ORDER BY sent_ms DESC LIMIT 200'),
  harbours: db.prepare<[], { data: string }>('SELECT data FROM harbour'),
}));

/** The group's customers as this desk holds them, by the same rules the central decides with, in the central's order. */
function groupCustomers(db: SqliteDatabase, audience: MessageAudience): Customer[] {
  const s = statements(db);
  const byId = new Map<string, Customer>();
  if (audience.leaseStatuses.length > 0) {
    for (const r of s.seasonLeases.all(audience.season)) {
      const customer = JSON.parse(r.customer) as Customer;
      if (inAudience({ season: audience.season, status: r.status, harbourId: r.harbour_id, customerKind: customer.kind }, audience)) byId.set(customer.id, customer);
    }
  }
  if (audience.applicationStatuses && audience.applicationStatuses.length > 0) {
    for (const r of s.seasonApplications.all(audience.season)) {
      if (!(audience.applicationStatuses as readonly string[]).includes(r.status)) continue;
      const customer = JSON.parse(r.customer) as Customer;
      const app = { season: audience.season, status: r.status, harbourChoices: JSON.parse(r.choices) as string[], customerKind: customer.kind };
      if (inApplicationAudience(app, audience)) byId.set(customer.id, customer);
    }
  }
  return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

function sentMessages(db: SqliteDatabase): SentCustomerMessage[] {
  const s = statements(db);
  const harbours = new Map(s.harbours.all().map((r) => JSON.parse(r.data) as Harbour).map((h) => [h.id, h.name]));
  return s.messages.all().map((r) => {
    const message = JSON.parse(r.data) as BerthMessage;
    return { message, pending: r.pending !== 0, harbours: message.audience.harbourIds.flatMap((id) => harbours.get(id) ?? []) };
  });
}

const berthMessage: EntityTableSpec<BerthMessage> = {
  entity: 'berth_message',
  table: 'berth_message',
  columns: ['sent_ms'],
  values: (m) => [Date.parse(m.sentAt)],
};

/**
 * Messages to groups of customers in the cache: who a message would reach (counted from the
 * cache's leases as the handler chooses, the central counts again when it decides), the send, and
 * the messages sent, which every berth case reader's desk keeps.
 */
export const BERTH_MESSAGE_CACHE: CacheWorkspace = {
  tables: [berthMessage],
  queries: {
    'berths.messageReach': {
      permission: 'berths.cases.write',
      run: ({ db }, input) => {
        const i = input as ParsedInput<'berths.messageReach'>;
        return ok(messageReach(messageContacts(groupCustomers(db, i.audience), i.channels)) satisfies MessageReachView);
      },
    },
    'berths.customerMessages': { permission: 'berths.cases.read', run: ({ db }) => ok(sentMessages(db)) },
  },
  commands: {
    'berths.sendCustomerMessage': {
      type: 'berths.sendCustomerMessage',
      payload: (input, _today, newId): MessagePayload<'berths.sendCustomerMessage'> => ({ ...(input as ParsedInput<'berths.sendCustomerMessage'>), messageId: newId() }),
    },
  },
  aggregateOf: (_type, payload) => ({ entity: 'berth_message', id: (payload as MessagePayload<'berths.sendCustomerMessage'>).messageId }),
  decide: ({ db }, _type, payload, ctx) => {
    const p = payload as MessagePayload<'berths.sendCustomerMessage'>;
    const existing = statements(db).message.get(p.messageId);
    return MESSAGE_DECIDERS['berths.sendCustomerMessage']({ existing: existing ? (JSON.parse(existing.data) as BerthMessage) : null, customers: groupCustomers(db, p.audience) }, p, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const row = statements(db).message.get(id);
    if (!row) return null;
    const m = JSON.parse(row.data) as BerthMessage;
    return m.subject.fi || m.body.fi.slice(0, 60);
  },
};
