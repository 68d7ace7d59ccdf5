import { orderLineChanges } from './order-line-changes.ts';
import type { z } from 'zod';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { ApplicationEvent, Lease } from './entities.ts';
import type { BerthOrder, OrderLine, OrderLogEntry } from './order-entity.ts';
import type { BERTH_ORDER_COMMANDS } from './order-commands.ts';
import { berthNotPriced, event, moved, reject, type BerthCommandState, type Decision, type Put } from './decision.ts';
import { cascadeOrder, refundAccepted } from './cascades.ts';
import { canMoveOrder, orderActionAllowed, orderMoveProblem, type OrderAction, type OrderStatus } from './order-machine.ts';
import { canMoveRefund, refundProblem } from './refund-machine.ts';
import { canTerminateLease, terminationEndDate } from './lease-machine.ts';
import { dueDateProblem } from './due-date.ts';
import { berthLine, fixedPriceCents, orderTotals, pricedServiceLine, withPercentLinesPriced } from './order-lines.ts';
import { berthPrice } from './pricing.ts';
import { invoiceContactProblem } from './renewal.ts';

type OrderCommandType = keyof typeof BERTH_ORDER_COMMANDS;
type Payload<T extends OrderCommandType> = z.infer<(typeof BERTH_ORDER_COMMANDS)[T]['payload']>;

interface Loaded {
  order: Versioned<BerthOrder>;
  lease: Versioned<Lease>;
}

function loaded(state: BerthCommandState): Loaded | Decision {
  if (!state.order) return reject('not_found', 'The order does not exist.');
  if (!state.lease || state.lease.record.id !== state.order.record.leaseId) return reject('not_found', "The order's lease does not exist.");
  return { order: state.order, lease: state.lease };
}

/**
 * An order whose lease has no application keeps its own history (decision 41): the entry the
 * application's history would have got. An order of an application is left as it is.
 */
function logged(state: BerthCommandState, order: BerthOrder, kind: OrderLogEntry['kind'], ctx: CommandContext, extra: Pick<OrderLogEntry, 'lineChanges'> = {}): BerthOrder {
  if (state.application) return order;
  return { ...order, log: [...(order.log ?? []), { kind, at: ctx.now, actorName: ctx.actor.name, ...extra }] };
}

function wrongState(order: BerthOrder, action: string): Decision {
  return reject('invalid_transition', `The order is ${order.status}; it cannot be ${action}.`);
}

/** The order moves, and the lease and the application follow it (cascades.ts), or nothing moves. */
function cascade(
  state: BerthCommandState,
  { order, lease }: Loaded,
  to: OrderStatus,
  patch: Partial<BerthOrder>,
  ctx: CommandContext,
  eventKind: ApplicationEvent['kind'] & OrderLogEntry['kind'],
  leasePatch: Partial<Lease> = {},
  history: Pick<OrderLogEntry, 'lineChanges'> = {},
): Decision {
  const app = state.application;
  const c = cascadeOrder({ order: order.record.status, lease: lease.record.status, application: app?.record.status ?? null }, to);
  if (!c.ok) return reject('invalid_transition', `The ${c.record} is ${c.from} and cannot become ${c.to}.`);
  const puts: Put[] = [{ entity: 'berth_order', version: order.version + 1, record: logged(state, { ...order.record, ...patch, status: to }, eventKind, ctx, history) }];
  if (c.lease || Object.keys(leasePatch).length > 0) {
    puts.push({ entity: 'lease', version: lease.version + 1, record: { ...lease.record, ...leasePatch, ...(c.lease ? { status: c.lease as Lease['status'] } : {}) } });
  }
  if (app) {
    if (c.application) puts.push(moved(app, { status: c.application as typeof app.record.status }));
    puts.push(event(ctx, app.record, eventKind, { fromStatus: app.record.status, toStatus: c.application as typeof app.record.status ?? app.record.status, berthId: lease.record.berthId, leaseId: lease.record.id, ...history }));
  }
  return { ok: true, puts };
}

function allowed(l: Loaded, action: OrderAction, words: string): Decision | null {
  return orderActionAllowed(action, l.order.record.status) ? null : wrongState(l.order.record, words);
}

/**
 * The order's lines priced again from its berth as it now is (brief 4.5: a wider berth may fall
 * in another product), with the same price list, customer group and lease day an offer uses; its
 * percentage lines follow the berth line (decision 48), its amount lines stay. The lines as they
 * are when the berth costs what it did, or when the order has no berth line (not a berth lease's).
 */
function resendLines(state: BerthCommandState, { order, lease }: Loaded): OrderLine[] | Decision {
  const lines = order.record.lines;
  const old = lines.find((x) => x.product === 'berth');
  if (!old) return lines;
  const berth = state.berth?.record;
  if (!berth || berth.id !== lease.record.berthId || !state.pier || !state.harbour) return reject('not_found', "The order's berth does not exist.");
  const pricing = berthPrice(berth, state.pier, state.harbour, state.products ?? [], state.customer?.kind ?? 'private', lease.record.startDate);
  if (!pricing.ok) return berthNotPriced(berth, pricing.category);
  const now = berthLine(berth, state.harbour, pricing.price);
  if (now.totalCents === old.totalCents && now.vatPercent === old.vatPercent) return lines;
  return withPercentLinesPriced(lines.map((x) => (x.product === 'berth' ? now : x)));
}

/** What a resend changes beyond the due date when it repriced: the lines and totals, the lease's price, and the history's line changes. */
function repricing(before: readonly OrderLine[], lines: OrderLine[]): { order: Partial<BerthOrder>; lease: Partial<Lease>; history: Pick<OrderLogEntry, 'lineChanges'> } {
  if (lines === before) return { order: {}, lease: {}, history: {} };
  const berth = lines.find((x) => x.product === 'berth');
  return {
    order: { lines, ...orderTotals(lines) },
    lease: berth ? { priceCents: berth.totalCents, vatPercent: berth.vatPercent } : {},
    history: { lineChanges: orderLineChanges(before, lines, { withBerth: true }) },
  };
}

/**
 * Send the offer (again) with a due date: a drafted, errored or cancelled order is offered, an
 * offered one gets its new due date. A paper-invoice customer's order is never sent digitally.
 * A berth lease's order is priced again from the berth as it now is (resendLines).
 */
export function decideResendOffer(state: BerthCommandState, p: Payload<'berths.resendOffer'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const order = l.order.record;
  const refused = allowed(l, 'send', 'sent');
  if (refused) return refused;
  if (order.invoicingType === 'paper_invoice') return reject('order_paper_invoice', 'The customer is invoiced on paper: the offer is not sent digitally. Mark it paid once paid.');
  // A renewal in error for want of an address is sent again only once the address is fixed.
  const contact = state.customer ? invoiceContactProblem(state.customer) : null;
  if (contact) return reject(contact, "The customer has no email address an invoice could be sent to: fix the customer's contact details first.");
  const problem = dueDateProblem(p.dueDate, ctx.today, order.season);
  if (problem) {
    const range = problem.kind === 'no_window' ? `no due date is possible for season ${order.season} any more` : `it must be from ${problem.earliest} to ${problem.latest}`;
    return reject('due_date_out_of_range', `The due date ${p.dueDate} is out of range: ${range}.`);
  }
  const lines = resendLines(state, l);
  if (!Array.isArray(lines)) return lines;
  const priced = repricing(order.lines, lines);
  const patch = { ...priced.order, dueDate: p.dueDate, sentAt: ctx.now, problem: null };
  if (orderMoveProblem({ ...order, ...patch }, 'offered') === 'due_date_required') return reject('due_date_required', 'An order cannot be offered without a due date.');
  const leasePatch = { ...priced.lease, dueDate: p.dueDate };
  if (order.status === 'offered') {
    const puts: Put[] = [
      { entity: 'berth_order', version: l.order.version + 1, record: logged(state, { ...order, ...patch }, 'offer_resent', ctx, priced.history) },
      { entity: 'lease', version: l.lease.version + 1, record: { ...l.lease.record, ...leasePatch } },
    ];
    const app = state.application;
    if (app) puts.push(event(ctx, app.record, 'offer_resent', { fromStatus: app.record.status, toStatus: app.record.status, berthId: l.lease.record.berthId, leaseId: l.lease.record.id, ...priced.history }));
    return { ok: true, puts };
  }
  return cascade(state, l, 'offered', patch, ctx, 'offer_resent', leasePatch, priced.history);
}

/** Replace the additional service lines of a waiting order, each an amount or a percentage of the berth line; the berth line stays as offered. */
export function decideEditOrderLines(state: BerthCommandState, p: Payload<'berths.editOrderLines'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const refused = allowed(l, 'editLines', 'edited');
  if (refused) return refused;
  const order = l.order.record;
  const berthLines = order.lines.filter((x) => x.product === 'berth');
  // A percentage line keeps its percent and is priced from the berth line as the order holds it (decision 48).
  const fixed = fixedPriceCents(berthLines);
  const lines = [...berthLines, ...p.services.map((s) => pricedServiceLine(s, fixed))];
  // The history says which lines changed and how (issue 10), on the application's event or, for a direct lease, the order's log.
  const lineChanges = orderLineChanges(order.lines, lines);
  const puts: Put[] = [{ entity: 'berth_order', version: l.order.version + 1, record: logged(state, { ...order, lines, ...orderTotals(lines) }, 'order_lines_edited', ctx, { lineChanges }) }];
  const app = state.application;
  if (app) puts.push(event(ctx, app.record, 'order_lines_edited', { berthId: l.lease.record.berthId, leaseId: l.lease.record.id, lineChanges }));
  return { ok: true, puts };
}

/** Paid outside the system (a paper invoice, a bank transfer): the lease is paid and the application handled. */
export function decideMarkOrderPaidElsewhere(state: BerthCommandState, _p: Payload<'berths.markOrderPaidElsewhere'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const refused = allowed(l, 'markPaidElsewhere', 'marked paid elsewhere');
  if (refused) return refused;
  return cascade(state, l, 'paid_man', { paidAt: ctx.now, paidVia: 'elsewhere' }, ctx, 'order_paid');
}

/** Cancelling the invoice leaves the lease as it is (brief 3.2): the handler resends or terminates it. */
export function decideCancelOrder(state: BerthCommandState, _p: Payload<'berths.cancelOrder'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const refused = allowed(l, 'cancel', 'cancelled');
  if (refused) return refused;
  return cascade(state, l, 'cancelled', {}, ctx, 'order_cancelled');
}

/**
 * Refund an order paid online, in full: the refund is asked (pending) and, with the demo
 * provider answering at once, accepted; the order is refunded and the lease terminated.
 */
export function decideRefundOrder(state: BerthCommandState, _p: Payload<'berths.refundOrder'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const order = l.order.record;
  const problem = refundProblem({ orderStatus: order.status, leaseStatus: l.lease.record.status, refunds: order.refund ? [order.refund] : [], activePaymentToken: false });
  if (problem === 'refund_pending' || problem === 'payment_in_progress') return reject('refund_pending', 'A refund of this order is already waiting for the payment provider.');
  if (problem) return reject('order_not_paid', `The order is ${order.status} and its lease ${l.lease.record.status}: only an order paid online, with its lease paid, is refunded.`);
  if (!canMoveRefund('pending', 'accepted')) return wrongState(order, 'refunded');
  const c = refundAccepted({ order: order.status, lease: l.lease.record.status }, true);
  if (!c.ok) return reject('invalid_transition', `The ${c.record} is ${c.from} and cannot become ${c.to}.`);
  const puts: Put[] = [
    { entity: 'berth_order', version: l.order.version + 1, record: logged(state, { ...order, status: 'refunded', refund: { status: 'accepted', amountCents: order.totalCents, at: ctx.now } }, 'order_refunded', ctx) },
    { entity: 'lease', version: l.lease.version + 1, record: { ...l.lease.record, status: 'terminated', endDate: terminationEndDate(l.lease.record, ctx.today) } },
  ];
  const app = state.application;
  if (app) puts.push(event(ctx, app.record, 'order_refunded', { berthId: l.lease.record.berthId, leaseId: l.lease.record.id }));
  return { ok: true, puts };
}

/**
 * Terminate an offered, errored or paid lease on the day the handler chooses (within the lease);
 * its waiting orders are cancelled. A lease without an application is terminated the same way.
 */
export function decideTerminateLease(state: BerthCommandState, p: Payload<'berths.terminateLease'>, ctx: CommandContext): Decision {
  const lease = state.lease;
  if (!lease || lease.record.id !== p.leaseId) return reject('not_found', 'The lease does not exist.');
  if (!canTerminateLease(lease.record.status)) return reject('invalid_transition', `The lease is ${lease.record.status} and cannot be terminated.`);
  if (p.endDate < lease.record.startDate || p.endDate > lease.record.endDate) {
    return reject('end_date_out_of_range', `The end date ${p.endDate} is out of range: it must be from ${lease.record.startDate} to ${lease.record.endDate}.`);
  }
  const puts: Put[] = [{ entity: 'lease', version: lease.version + 1, record: { ...lease.record, status: 'terminated', endDate: terminationEndDate(lease.record, ctx.today, p.endDate) } }];
  for (const o of state.leaseOrders ?? []) {
    const waiting = o.record.status === 'drafted' || o.record.status === 'offered';
    const cancelled = waiting && canMoveOrder(o.record.status, 'cancelled');
    // Without an application, each of the lease's orders keeps the termination in its own history.
    if (cancelled || !state.application) {
      puts.push({ entity: 'berth_order', version: o.version + 1, record: logged(state, cancelled ? { ...o.record, status: 'cancelled' } : o.record, 'lease_terminated', ctx) });
    }
  }
  const app = state.application;
  if (app) puts.push(event(ctx, app.record, 'lease_terminated', { berthId: lease.record.berthId, leaseId: lease.record.id, note: p.endDate }));
  return { ok: true, puts };
}

/** The payment provider confirmed the customer's payment: the order, its lease and the application follow. */
export function decideRecordPayment(state: BerthCommandState, p: Payload<'berths.recordPayment'>, ctx: CommandContext): Decision {
  const l = loaded(state);
  if ('ok' in l) return l;
  const order = l.order.record;
  if (!canMoveOrder(order.status, 'paid')) return wrongState(order, 'paid');
  if (p.amountCents !== order.totalCents) return reject('payment_amount_mismatch', `The payment of ${p.amountCents} cents does not match the order's total of ${order.totalCents} cents.`);
  return cascade(state, l, 'paid', { paidAt: ctx.now, paidVia: 'online' }, ctx, 'order_paid');
}

type OrderDecider<T extends OrderCommandType> = (state: BerthCommandState, payload: Payload<T>, ctx: CommandContext) => Decision;

export const ORDER_DECIDERS: { [T in OrderCommandType]: OrderDecider<T> } = {
  'berths.resendOffer': decideResendOffer,
  'berths.editOrderLines': decideEditOrderLines,
  'berths.markOrderPaidElsewhere': decideMarkOrderPaidElsewhere,
  'berths.cancelOrder': decideCancelOrder,
  'berths.refundOrder': decideRefundOrder,
  'berths.terminateLease': decideTerminateLease,
  'berths.recordPayment': decideRecordPayment,
};

/** What an order command acts on: an order (and through it its lease), or for a termination a lease. */
export function orderCommandTarget(type: string, payload: unknown): { orderId: string } | { leaseId: string } | null {
  if (!(type in ORDER_DECIDERS)) return null;
  const p = payload as { orderId?: string; leaseId?: string };
  if (p.orderId) return { orderId: p.orderId };
  return p.leaseId ? { leaseId: p.leaseId } : null;
}
