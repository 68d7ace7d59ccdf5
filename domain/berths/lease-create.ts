import type { CommandContext } from '../sync/command-context.ts';
import type { Lease } from './entities.ts';
import { berthNotPriced, conflict, customerErased, reject, type BerthCommandState, type Decision } from './decision.ts';
import { berthOccupancy } from './availability.ts';
import { ORDER_TO_LEASE } from './cascades.ts';
import { initialOrderStatus } from './order-machine.ts';
import { berthLine, newLeaseOrder } from './order-lines.ts';
import { berthPrice } from './pricing.ts';
import { berthFit, leaseDatesProblem, type CreateLeasePayload, type LeaseDatesProblem } from './lease-create-schema.ts';

function datesText(problem: LeaseDatesProblem, p: CreateLeasePayload): string {
  if (problem.kind === 'season_closed') return `Season ${p.season} is not open for leases: choose ${problem.seasons.join(' or ')}.`;
  if (problem.kind === 'end_not_after_start') return `The lease must end after it starts (${p.startDate}–${p.endDate}).`;
  return `The lease ${p.startDate}–${p.endDate} must be within the season, ${problem.earliest} to ${problem.latest}.`;
}

/**
 * A lease made directly for a customer, without an application (a large vessel, a correction):
 * the customer and their boat as they are, a berth free by the offers' rule (berthOccupancy:
 * active leases, renewal holds, switch offers), dates within an open season, and a reason. The
 * lease gets its order priced as an offer's (the customer group's price), drafted for the handler
 * to send, or paid at once for a non-billable customer; the lease's `direct` records who made it,
 * when and why. Refusals match the offer's codes, so the conflict inbox reads them alike.
 */
export function decideCreateLease(state: BerthCommandState, p: CreateLeasePayload, ctx: CommandContext): Decision {
  const customer = state.customer;
  if (!customer) return reject('not_found', 'The customer does not exist.');
  const erased = customerErased(customer);
  if (erased) return erased;
  const boat = p.boatId ? state.boat : null;
  if (p.boatId && (!boat || boat.customerId !== customer.id)) return reject('lease_boat_invalid', 'The boat does not exist or is not the customer\'s.');
  const berth = state.berth?.record;
  if (!berth || !state.pier || !state.harbour) return reject('not_found', 'The berth does not exist.');
  if (!berth.isActive) return reject('berth_inactive', `Berth ${berth.number} is not in use.`);
  const fit = berthFit(berth, boat ?? null);
  if (fit === 'too_narrow') return reject('berth_too_narrow', `Berth ${berth.number} is ${berth.width} m wide; the boat is ${boat?.width} m.`);
  if (fit === 'too_short' && !p.acceptShorter) return reject('berth_too_short', `Berth ${berth.number} is shorter than the boat; confirm to lease it anyway.`);
  const dates = leaseDatesProblem(p, ctx.today);
  if (dates) return reject('lease_dates_invalid', datesText(dates, p));
  const occupancy = berthOccupancy(berth, state.berthLeases ?? [], p.season);
  if (!occupancy.free) {
    return conflict('berth_taken', `Berth ${berth.number} in ${state.harbour.name.fi} is no longer free.`, { berth, occupancy });
  }
  const pricing = berthPrice(berth, state.pier, state.harbour, state.products ?? [], customer.kind, p.startDate);
  if (!pricing.ok) return berthNotPriced(berth, pricing.category);
  const status = initialOrderStatus(customer.kind);
  const lease: Lease = {
    id: p.leaseId,
    berthId: berth.id,
    customerId: customer.id,
    boatId: boat?.id ?? null,
    applicationId: null,
    season: p.season,
    status: ORDER_TO_LEASE[status] as Lease['status'],
    startDate: p.startDate,
    endDate: p.endDate,
    dueDate: null,
    priceCents: pricing.price.cents,
    vatPercent: pricing.price.vatPercent,
    offeredAt: ctx.now,
    offeredBy: ctx.actor.name,
    direct: { reason: p.reason, actorId: ctx.actor.id, actorName: ctx.actor.name, at: ctx.now },
  };
  const order = newLeaseOrder({
    id: p.orderId,
    lease,
    status,
    line: berthLine(berth, state.harbour, pricing.price),
    dueDate: ctx.today,
    now: ctx.now,
    invoicingType: customer.invoicingType,
    language: customer.language,
  });
  return {
    ok: true,
    puts: [
      { entity: 'lease', version: 1, record: lease },
      // No invoice is out yet: the due date is set when the handler sends it.
      { entity: 'berth_order', version: 1, record: { ...order, dueDate: null } },
    ],
  };
}
