import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { Berth, BerthProduct, Customer, Harbour, Lease, Pier } from './entities.ts';
import { berthNotPriced, conflict, customerErased, reject, type Decision } from './decision.ts';
import { berthOccupancy } from './availability.ts';
import { ORDER_TO_LEASE } from './cascades.ts';
import { dueDateProblem } from './due-date.ts';
import { berthLine, newLeaseOrder } from './order-lines.ts';
import { berthPrice } from './pricing.ts';
import { emailProblem, invoiceContactProblem, renewalOrderStatus, renewalRefusal } from './renewal.ts';
import type { RenewalCommandType, RenewalPayload } from './renewal-commands.ts';
import { defaultBerthLeaseDates, offerSeason } from './seasons.ts';

/** What a renewal or a contact edit decides on; the central loads it under row locks. */
export interface RenewalState {
  previous?: Versioned<Lease> | null;
  berth?: Versioned<Berth> | null;
  pier?: Pier | null;
  harbour?: Harbour | null;
  /** Leases on the berth in the new season and the one before. */
  berthLeases?: Lease[];
  customer?: Versioned<Customer> | null;
  products?: BerthProduct[];
}

const REFUSAL_TEXT = {
  lease_not_renewable: 'Only a lease paid last season is renewed for this season.',
  berth_not_renewable: 'The berth is out of use or not invoiced, so its lease is not renewed.',
  already_renewed: 'The customer already has a lease on this berth for the new season.',
} as const;

/**
 * Renew last season's paid lease for the season offers are made for now (brief 4.7): a new lease
 * with the new season's dates and no application, and its order, priced from today's price list.
 * The order is offered with the common due date, waits drafted for a paper invoice, is paid at
 * once for a non-billable customer, or is in error when no invoice can reach the customer: the
 * renewal page lists it, the handler fixes the address and sends it again.
 */
export function decideRenewLease(state: RenewalState, p: RenewalPayload<'berths.renewLease'>, ctx: CommandContext): Decision {
  const previous = state.previous?.record;
  if (!previous) return reject('not_found', 'The lease to renew does not exist.');
  const customer = state.customer?.record;
  const berth = state.berth?.record ?? null;
  if (!customer || !berth || !state.pier || !state.harbour) return reject('not_found', "The lease's customer or berth does not exist.");
  const erased = customerErased(customer);
  if (erased) return erased;
  const season = offerSeason(ctx.today);
  const leases = state.berthLeases ?? [];
  const refusal = renewalRefusal(previous, berth, leases, season);
  if (refusal) return reject(refusal, REFUSAL_TEXT[refusal]);
  const occupancy = berthOccupancy(berth, leases, season);
  // Last season's own paid lease holds the berth for exactly this renewal; anything else is another's.
  if (!occupancy.free && !(occupancy.reason === 'renewal' && occupancy.lease.customerId === previous.customerId)) {
    return conflict('berth_taken', `Berth ${berth.number} in ${state.harbour.name.fi} is no longer free.`, { berth, occupancy });
  }
  const status = renewalOrderStatus(customer);
  const sent = status === 'offered';
  const paidAtOnce = status === 'paid_man';
  if (!paidAtOnce) {
    const problem = dueDateProblem(p.dueDate, ctx.today, season);
    if (problem) {
      const allowed = problem.kind === 'no_window' ? `no due date is possible for season ${season} any more` : `it must be from ${problem.earliest} to ${problem.latest}`;
      return reject('due_date_out_of_range', `The due date ${p.dueDate} is out of range: ${allowed}.`);
    }
  }
  const dates = defaultBerthLeaseDates(ctx.today, season);
  const pricing = berthPrice(berth, state.pier, state.harbour, state.products ?? [], customer.kind, dates.startDate);
  if (!pricing.ok) return berthNotPriced(berth, pricing.category);
  const lease: Lease = {
    id: p.leaseId,
    berthId: berth.id,
    customerId: customer.id,
    boatId: previous.boatId,
    applicationId: null,
    season,
    status: ORDER_TO_LEASE[status] as Lease['status'],
    ...dates,
    dueDate: sent ? p.dueDate : null,
    priceCents: pricing.price.cents,
    vatPercent: pricing.price.vatPercent,
    offeredAt: ctx.now,
    offeredBy: ctx.actor.name,
    renewalOf: previous.id,
  };
  const order = newLeaseOrder({
    id: p.orderId,
    lease,
    status,
    line: berthLine(berth, state.harbour, pricing.price),
    dueDate: p.dueDate,
    now: ctx.now,
    invoicingType: customer.invoicingType,
    language: customer.language,
    problem: status === 'error' ? invoiceContactProblem(customer) : null,
  });
  return {
    ok: true,
    puts: [
      { entity: 'lease', version: 1, record: lease },
      { entity: 'berth_order', version: 1, record: order },
    ],
  };
}

/**
 * The customer's contact details and invoicing type as the handler corrects them (a renewal that
 * failed for want of an email address is fixed here, then sent again). An email, when given, must
 * be one a mail server could deliver to; an empty one is allowed for a paper-invoice customer.
 */
export function decideEditCustomerContact(state: RenewalState, p: RenewalPayload<'berths.editCustomerContact'>, ctx: CommandContext): Decision {
  const current = state.customer;
  if (!current) return reject('not_found', 'The customer does not exist.');
  const erased = customerErased(current.record);
  if (erased) return erased;
  if (ctx.baseVersion !== null && ctx.baseVersion !== current.version) {
    return conflict('stale_version', `The customer was changed by someone else (version ${current.version}, you saw ${ctx.baseVersion}).`, { customer: current.record, version: current.version });
  }
  const problem = emailProblem(p.email);
  if (problem === 'customer_email_invalid') return reject(problem, `${p.email} is not an email address.`);
  const next: Customer = { ...current.record, email: p.email, phone: p.phone, address: p.address, zipCode: p.zipCode, municipality: p.municipality, language: p.language, invoicingType: p.invoicingType };
  if (problem && invoiceContactProblem(next)) return reject(problem, 'A customer invoiced online needs an email address.');
  return { ok: true, puts: [{ entity: 'customer', version: current.version + 1, record: next }] };
}

type RenewalDecider<T extends RenewalCommandType> = (state: RenewalState, payload: RenewalPayload<T>, ctx: CommandContext) => Decision;

export const RENEWAL_DECIDERS: { [T in RenewalCommandType]: RenewalDecider<T> } = {
  'berths.renewLease': decideRenewLease,
  'berths.editCustomerContact': decideEditCustomerContact,
};

/** The aggregate a command acts on: the customer for a contact edit, the renewed lease for a renewal. */
export function renewalAggregate(type: RenewalCommandType, payload: unknown): { entity: 'customer' | 'lease'; id: string } {
  if (type === 'berths.editCustomerContact') return { entity: 'customer', id: (payload as RenewalPayload<'berths.editCustomerContact'>).customerId };
  return { entity: 'lease', id: (payload as RenewalPayload<'berths.renewLease'>).previousLeaseId };
}
