import type { Application, ApplicationStatus, Lease } from './entities.ts';
import { berthNotPriced, conflict, event, moved, reject, staleApplication, type BerthCommandState, type Decision, type Put } from './decision.ts';
import type { BerthCommandPayload, BerthCommandType } from './commands.ts';
import { berthOccupancy } from './availability.ts';
import { widthFits } from './matching.ts';
import { berthPrice } from './pricing.ts';
import { canMoveApplicationVia, canMoveLease, isActiveLease } from './statuses.ts';
import type { ApplicationMachineStatus } from './application-machine.ts';
import { canMoveOrder, initialOrderStatus, type OrderStatus } from './order-machine.ts';
import { ORDER_TO_APPLICATION, ORDER_TO_LEASE } from './cascades.ts';
import { defaultBerthLeaseDates } from './seasons.ts';
import { dueDateProblem } from './due-date.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import { berthLine, newLeaseOrder } from './order-lines.ts';
import { ORDER_DECIDERS } from './order-deciders.ts';
import { decideEditApplication } from './application-edit.ts';
import { decideCreateLease } from './lease-create.ts';
import { decideLinkApplicationCustomer } from './application-link.ts';

export type { BerthCommandState, Decision, Put } from './decision.ts';

/**
 * Version check and transition check shared by every status-changing command. `to` is the
 * status the command leaves the application in, or every status it passes on the way there
 * (an offer is drafted and sent in one command), each step checked against the machine.
 */
function guardApplication(
  state: BerthCommandState,
  ctx: CommandContext,
  to: ApplicationStatus | readonly ApplicationMachineStatus[],
  /** Only from this status, where several lead to `to` (back to the queue: withdrawn, extended, returned). */
  from?: ApplicationStatus,
): { app: Versioned<Application> } | { decision: Decision } {
  const path = typeof to === 'string' ? [to] : to;
  const target = path[path.length - 1];
  const app = state.application;
  if (!app) return { decision: reject('not_found', 'The application does not exist.') };
  const stale = staleApplication(app, ctx);
  if (stale) return { decision: stale };
  if (!canMoveApplicationVia(app.record.status, path) || (from !== undefined && app.record.status !== from)) {
    return {
      decision: reject(
        'invalid_transition',
        `The application ${app.record.reference} is ${app.record.status} and cannot become ${target}.`,
      ),
    };
  }
  return { app };
}


/**
 * Draft and send an offer in one command: the lease and its order are created (application
 * offer_generated) and sent (offer_sent). A paper-invoice customer's order is not sent: it stays
 * drafted for the paper invoice. A non-billable customer's order is paid at once (brief 3.1), so
 * their lease is paid and the application handled in the same command, with no invoice.
 */
export function decideOfferBerth(state: BerthCommandState, p: BerthCommandPayload<'berths.offerBerth'>, ctx: CommandContext): Decision {
  const kind = state.customer?.kind ?? 'private';
  const paper = state.customer?.invoicingType === 'paper_invoice';
  const initial = initialOrderStatus(kind);
  const paidAtOnce = initial !== 'drafted';
  const orderStatus = paidAtOnce || paper ? initial : 'offered';
  const appTo = (ORDER_TO_APPLICATION[orderStatus] ?? 'offer_generated') as ApplicationStatus;
  const g = guardApplication(state, ctx, appTo === 'offer_generated' ? ['offer_generated'] : ['offer_generated', appTo]);
  if ('decision' in g) return g.decision;
  const application = g.app.record;
  const berth = state.berth?.record;
  if (!berth || !state.pier || !state.harbour) return reject('not_found', 'The berth does not exist.');
  if (!application.harbourChoices.includes(berth.harbourId)) {
    return reject('harbour_not_chosen', `The applicant did not choose ${state.harbour.name.fi}.`);
  }
  if (!berth.isActive) return reject('berth_inactive', `Berth ${berth.number} is not in use.`);
  if (!widthFits(berth, application.boat.width)) {
    return reject('berth_too_narrow', `Berth ${berth.number} is ${berth.width} m wide; the boat is ${application.boat.width} m.`);
  }
  if (berth.length + 1e-9 < application.boat.length && !p.acceptShorter) {
    return reject('berth_too_short', `Berth ${berth.number} is shorter than the boat; confirm to offer it anyway.`);
  }
  const dueProblem = dueDateProblem(p.dueDate, ctx.today, application.season);
  if (dueProblem) {
    const allowed = dueProblem.kind === 'no_window' ? `no due date is possible for season ${application.season} any more` : `it must be from ${dueProblem.earliest} to ${dueProblem.latest}`;
    return reject('due_date_out_of_range', `The due date ${p.dueDate} is out of range: ${allowed}.`);
  }
  if (state.applicationLeases.some((l) => isActiveLease(l.record.status))) {
    return reject('application_has_offer', `The application ${application.reference} already has an offer.`);
  }
  const occupancy = berthOccupancy(berth, state.berthLeases ?? [], application.season);
  if (!occupancy.free) {
    return conflict('berth_taken', `Berth ${berth.number} in ${state.harbour.name.fi} is no longer free.`, {
      berth,
      occupancy,
    });
  }
  const dates = defaultBerthLeaseDates(ctx.today, application.season);
  const pricing = berthPrice(berth, state.pier, state.harbour, state.products ?? [], kind, dates.startDate);
  if (!pricing.ok) return berthNotPriced(berth, pricing.category);
  const price = pricing.price;
  const sent = orderStatus === 'offered';
  const lease: Lease = {
    id: p.leaseId,
    berthId: berth.id,
    customerId: application.customerId,
    boatId: application.boatId,
    applicationId: application.id,
    season: application.season,
    status: ORDER_TO_LEASE[orderStatus] as Lease['status'],
    ...dates,
    dueDate: sent ? p.dueDate : null,
    priceCents: price.cents,
    vatPercent: price.vatPercent,
    offeredAt: ctx.now,
    offeredBy: ctx.actor.name,
  };
  // A paper invoice carries the due date too; only a free order has none.
  const order = newLeaseOrder({
    id: p.orderId,
    lease,
    status: orderStatus,
    line: berthLine(berth, state.harbour, price),
    dueDate: p.dueDate,
    now: ctx.now,
    invoicingType: state.customer?.invoicingType ?? 'online_payment',
    language: application.applicant.language,
  });
  return {
    ok: true,
    puts: [
      { entity: 'lease', version: 1, record: lease },
      { entity: 'berth_order', version: 1, record: order },
      moved(g.app, { status: appTo }),
      event(ctx, application, 'offer_made', { fromStatus: application.status, toStatus: appTo, berthId: berth.id, leaseId: lease.id }),
    ],
  };
}

/** The offer's order follows a withdrawal (cancelled) or the customer's no (rejected), where its machine allows. */
function orderMoved(state: BerthCommandState, leaseId: string, to: OrderStatus): Put[] {
  const order = state.applicationOrders?.find((o) => o.record.leaseId === leaseId);
  if (!order || !canMoveOrder(order.record.status, to)) return [];
  return [{ entity: 'berth_order', version: order.version + 1, record: { ...order.record, status: to } }];
}

function findOffer(state: BerthCommandState, leaseId: string): Versioned<Lease> | undefined {
  return state.applicationLeases.find((l) => l.record.id === leaseId);
}

export function decideWithdrawOffer(state: BerthCommandState, p: BerthCommandPayload<'berths.withdrawOffer'>, ctx: CommandContext): Decision {
  const g = guardApplication(state, ctx, 'pending', 'offer_sent');
  if ('decision' in g) return g.decision;
  const offer = findOffer(state, p.leaseId);
  if (!offer) return reject('not_found', 'The offer does not exist.');
  if (!canMoveLease(offer.record.status, 'cancelled')) {
    return reject('invalid_transition', `The offer is ${offer.record.status} and cannot be withdrawn.`);
  }
  const app = g.app.record;
  return {
    ok: true,
    puts: [
      { entity: 'lease', version: offer.version + 1, record: { ...offer.record, status: 'cancelled' } },
      ...orderMoved(state, offer.record.id, 'cancelled'),
      moved(g.app, { status: 'pending' }),
      event(ctx, app, 'offer_withdrawn', { fromStatus: app.status, toStatus: 'pending', berthId: offer.record.berthId, leaseId: offer.record.id, note: p.reason || null }),
    ],
  };
}

/**
 * The customer's answer. Accepting does not make the lease paid (no invoice exists yet): it waits
 * for payment and keeps holding the berth. Declining is the customer's act, named as such.
 */
export function decideRecordOfferAnswer(state: BerthCommandState, p: BerthCommandPayload<'berths.recordOfferAnswer'>, ctx: CommandContext): Decision {
  const accepted = p.answer === 'accepted';
  const appTo: ApplicationStatus = accepted ? 'awaiting_payment' : 'declined_by_customer';
  const g = guardApplication(state, ctx, appTo);
  if ('decision' in g) return g.decision;
  const offer = findOffer(state, p.leaseId);
  if (!offer) return reject('not_found', 'The offer does not exist.');
  const leaseTo = accepted ? 'awaiting_payment' : 'refused';
  if (!canMoveLease(offer.record.status, leaseTo)) {
    return reject('invalid_transition', `The offer is ${offer.record.status} and cannot become ${leaseTo}.`);
  }
  const app = g.app.record;
  return {
    ok: true,
    puts: [
      { entity: 'lease', version: offer.version + 1, record: { ...offer.record, status: leaseTo } },
      ...(accepted ? [] : orderMoved(state, offer.record.id, 'rejected')),
      moved(g.app, { status: appTo }),
      event(ctx, app, accepted ? 'offer_accepted' : 'offer_declined', { fromStatus: app.status, toStatus: appTo, berthId: offer.record.berthId, leaseId: offer.record.id }),
    ],
  };
}

export function decideMarkNoSuitableBerth(state: BerthCommandState, _p: BerthCommandPayload<'berths.markNoSuitableBerth'>, ctx: CommandContext): Decision {
  const g = guardApplication(state, ctx, 'no_suitable_berths');
  if ('decision' in g) return g.decision;
  const app = g.app.record;
  return {
    ok: true,
    puts: [moved(g.app, { status: 'no_suitable_berths' }), event(ctx, app, 'no_suitable_berths', { fromStatus: app.status, toStatus: 'no_suitable_berths' })],
  };
}

/** An unserved application rolls over to the next season at low priority. */
export function decideExtendApplication(state: BerthCommandState, _p: BerthCommandPayload<'berths.extendApplication'>, ctx: CommandContext): Decision {
  const g = guardApplication(state, ctx, 'pending', 'no_suitable_berths');
  if ('decision' in g) return g.decision;
  const app = g.app.record;
  return {
    ok: true,
    puts: [
      moved(g.app, { status: 'pending', priority: 0, season: app.season + 1 }),
      event(ctx, app, 'extended', { fromStatus: app.status, toStatus: 'pending' }),
    ],
  };
}

/** The customer declined an offer but asks to stay in line: the application waits in the queue again. */
export function decideReturnToQueue(state: BerthCommandState, _p: BerthCommandPayload<'berths.returnToQueue'>, ctx: CommandContext): Decision {
  const g = guardApplication(state, ctx, 'pending', 'declined_by_customer');
  if ('decision' in g) return g.decision;
  const app = g.app.record;
  return {
    ok: true,
    // Queue rule: the original arrival time and priority stay, so declining one berth does not cost the customer their place.
    puts: [moved(g.app, { status: 'pending' }), event(ctx, app, 'returned_to_queue', { fromStatus: app.status, toStatus: 'pending' })],
  };
}

export function decideAddNote(state: BerthCommandState, p: BerthCommandPayload<'berths.addNote'>, ctx: CommandContext): Decision {
  const app = state.application;
  if (!app) return reject('not_found', 'The application does not exist.');
  return { ok: true, puts: [event(ctx, app.record, 'note', { note: p.note })] };
}

type Decider<T extends BerthCommandType> = (state: BerthCommandState, payload: BerthCommandPayload<T>, ctx: CommandContext) => Decision;

export const BERTH_DECIDERS: { [T in BerthCommandType]: Decider<T> } = {
  'berths.offerBerth': decideOfferBerth,
  'berths.withdrawOffer': decideWithdrawOffer,
  'berths.recordOfferAnswer': decideRecordOfferAnswer,
  'berths.markNoSuitableBerth': decideMarkNoSuitableBerth,
  'berths.extendApplication': decideExtendApplication,
  'berths.returnToQueue': decideReturnToQueue,
  'berths.addNote': decideAddNote,
  'berths.editApplication': decideEditApplication,
  'berths.createLease': decideCreateLease,
  'berths.linkApplicationCustomer': decideLinkApplicationCustomer,
  ...ORDER_DECIDERS,
};

/**
 * What state a command needs loaded: the application always, a berth for offers, the harbours for
 * an edit. `applicationAlone`: its decider reads the application and nothing around it (not its
 * leases, orders or customer), so a loader may leave those out.
 */
export function berthCommandTargets(
  type: BerthCommandType,
  payload: { applicationId: string; berthId?: string },
): { applicationId: string; berthId: string | null; harbours: boolean; applicationAlone: boolean } {
  return {
    applicationId: payload.applicationId,
    berthId: type === 'berths.offerBerth' ? (payload.berthId ?? null) : null,
    harbours: type === 'berths.editApplication',
    applicationAlone: type === 'berths.addNote',
  };
}
