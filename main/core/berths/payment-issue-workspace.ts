import type { Customer } from '../../../domain/berths/entities.ts';
import type { PaymentIssueRow } from '../../../domain/berths/payment-issue-contract.ts';
import { PAYMENT_ISSUE_DECIDERS, paymentIssueAggregate } from '../../../domain/berths/payment-issue-decider.ts';
import type { MarkPaymentRefundedPayload } from '../../../domain/berths/payment-issue-commands.ts';
import type { BerthPaymentIssue } from '../../../domain/berths/payment-issue-entity.ts';
import type { Method, ParsedInput } from '../../../domain/contract.ts';
import { ok } from '../../../domain/result.ts';
import type { EntityTableSpec } from '../cache/entity-table.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { CacheWorkspace, CommandSpec } from '../cache/workspace.ts';
import type { SqliteDatabase } from '../db/open-database.ts';

const paymentIssue: EntityTableSpec<BerthPaymentIssue> = {
  entity: 'berth_payment_issue',
  table: 'berth_payment_issue',
  columns: ['customer_id', 'status', 'received_ms'],
  values: (i) => [i.customerId, i.status, Date.parse(i.receivedAt)],
};

type ListedRow = { data: string; pending: number; customer: string | null };

const LISTED = 'SELECT i.data, i.pending, c.data AS customer FROM berth_payment_issue i LEFT JOIN customer c ON c.id = i.customer_id';
// Open ones first: they are the work; within each, the newest first.
const OPEN_FIRST = "ORDER BY i.status = 'open' DESC, i.received_ms DESC, i.id";

const statements = preparedFor((db: SqliteDatabase) => ({
  one: db.prepare<[string], VersionedData>('SELECT version, data FROM berth_payment_issue WHERE id = ?'),
  all: db.prepare<[], ListedRow>(`${LISTED} ${OPEN_FIRST} LIMIT 500`),
  // One customer's, every one of them: a customer has a handful at most (berth_payment_issue_customer).
  ofCustomer: db.prepare<[string], ListedRow>(`${LISTED} WHERE i.customer_id = ? ${OPEN_FIRST}`),
}));

function listed(r: ListedRow): PaymentIssueRow {
  const c = r.customer ? (JSON.parse(r.customer) as Customer) : null;
  const customerName = c ? (c.companyName ?? `${c.lastName} ${c.firstName}`.trim()) : '';
  return { issue: JSON.parse(r.data) as BerthPaymentIssue, customerName, customerErased: Boolean(c?.erasedAt), pending: r.pending !== 0 };
}

/** Every unapplied payment this desk holds (or one customer's), open ones first, with its customer's name. */
export function listPaymentIssues(db: SqliteDatabase, customerId?: string): PaymentIssueRow[] {
  const s = statements(db);
  return (customerId === undefined ? s.all.all() : s.ofCustomer.all(customerId)).map(listed);
}

/**
 * Unapplied payments in the cache: their table, the list staff refund from, and the mark that
 * they did, decided on the local row by the decider the central runs.
 */
export const PAYMENT_ISSUE_CACHE: CacheWorkspace = {
  tables: [paymentIssue],
  queries: {
    'berths.listPaymentIssues': { permission: 'berths.cases.read', run: ({ db }, input) => ok(listPaymentIssues(db, (input as ParsedInput<'berths.listPaymentIssues'>).customerId)) },
  },
  commands: {
    'berths.markPaymentRefunded': { type: 'berths.markPaymentRefunded', payload: (input) => input },
  } satisfies Partial<Record<Method, CommandSpec>>,
  aggregateOf: (_type, payload) => paymentIssueAggregate(payload),
  decide: ({ db }, _type, payload, ctx) => {
    const row = statements(db).one.get((payload as MarkPaymentRefundedPayload).issueId);
    const issue = row ? { record: JSON.parse(row.data) as BerthPaymentIssue, version: row.version } : null;
    return PAYMENT_ISSUE_DECIDERS['berths.markPaymentRefunded']({ issue }, payload as MarkPaymentRefundedPayload, ctx);
  },
  describeAggregate: ({ db }, id) => {
    const row = statements(db).one.get(id);
    return row ? (JSON.parse(row.data) as BerthPaymentIssue).payableNumber : null;
  },
};
