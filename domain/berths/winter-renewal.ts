import type { CommandContext } from '../sync/command-context.ts';
import { ORDER_TO_LEASE } from './cascades.ts';
import { customerErased, reject, type Decision } from './decision.ts';
import { orderTotals } from './order-lines.ts';
import type { OrderStatus } from './order-machine.ts';
import { winterStoragePrice } from './pricing.ts';
import { invoiceContactProblem, renewalCounts, renewalOrderStatus, type RenewalCounts } from './renewal.ts';
import type { WinterPayload } from './winter-commands.ts';
import type { WinterLease, WinterPlace } from './winter-entities.ts';
import { storageLine, winterEvent, type WinterCommandState } from './winter-lease-parts.ts';
import { leaseHoldsPlace } from './winter-places.ts';
import { defaultWinterLeaseDates, offerWinter, winterDueDateWindow } from './winter-seasons.ts';

/**
 * The winter storage renewal (brief 4.7, "/recurring-winter-storage-invoices", decision 49): last
 * winter's paid marked leases are renewed for the winter offers are made for, on the same place,
 * with that winter's default dates and an invoice priced per m² as any. Unmarked storage is never
 * renewed: its customers file a new notice each year.
 */
export type WinterRenewalRefusal = 'lease_not_renewable' | 'winter_place_not_renewable' | 'already_renewed';

type RenewableLease = Pick<WinterLease, 'id' | 'areaType' | 'status' | 'winter' | 'customerId' | 'placeId'>;

/** Why a lease is not renewed for the winter, or null: paid, marked, of the winter before; its place in use and invoiced; not renewed yet. */
export function winterRenewalRefusal(
  previous: RenewableLease,
  place: Pick<WinterPlace, 'id' | 'isActive' | 'isInvoiceable'> | null,
  leasesOnPlace: readonly Pick<WinterLease, 'winter' | 'customerId' | 'placeId' | 'renewalOf'>[],
  winter: number,
): WinterRenewalRefusal | null {
  if (previous.areaType !== 'marked' || previous.status !== 'paid' || previous.winter !== winter - 1 || previous.placeId === null) return 'lease_not_renewable';
  if (!place || place.id !== previous.placeId || !place.isActive || !place.isInvoiceable) return 'winter_place_not_renewable';
  const renewed = leasesOnPlace.some((l) => l.renewalOf === previous.id || (l.placeId === previous.placeId && l.winter === winter && l.customerId === previous.customerId));
  return renewed ? 'already_renewed' : null;
}

const REFUSAL_TEXT: Record<WinterRenewalRefusal, string> = {
  lease_not_renewable: 'Only a marked winter lease paid last winter is renewed for this winter.',
  winter_place_not_renewable: 'The place is out of use or not invoiced, so its lease is not renewed.',
  already_renewed: 'The customer already has a lease on this place for the new winter.',
};

/** A renewal's reference: the winter's own, after the first lease's ("TS25-000412" renewed for 2026 is "TS25-000412-R26"). */
export function renewalInvoiceNumber(previousNumber: string, winter: number): string {
  return `${previousNumber.replace(/-R\d{2}$/, '')}-R${String(winter % 100).padStart(2, '0')}`;
}

/**
 * Renew last winter's paid marked lease for the winter offers are made for: a new lease on the same
 * place, without an application, `renewalOf` naming the old one, and its invoice. The invoice goes
 * out with the run's common due date, waits drafted for a paper invoice, is paid at once for a
 * non-billable customer, or is in error (with its reason) when no email can reach the customer,
 * as the berth renewal's orders are (renewal.ts). Another lease holding the place is refused.
 */
export function decideRenewWinterLease(s: WinterCommandState, p: WinterPayload<'berths.renewWinterLease'>, ctx: CommandContext): Decision {
  const previous = s.lease?.record.id === p.previousLeaseId ? s.lease.record : null;
  if (!previous) return reject('not_found', 'The winter lease to renew does not exist.');
  const { customer, area, section, place } = s;
  const winter = offerWinter(ctx.today);
  const refusal = winterRenewalRefusal(previous, place, s.placeLeases, winter);
  if (refusal || !place) return reject(refusal ?? 'winter_place_not_renewable', REFUSAL_TEXT[refusal ?? 'winter_place_not_renewable']);
  if (!customer || customer.id !== previous.customerId || !area || !section || section.id !== previous.sectionId || area.id !== previous.areaId) {
    return reject('not_found', "The lease's customer or area does not exist.");
  }
  const erased = customerErased(customer);
  if (erased) return erased;
  // Last winter's own paid lease holds the place for exactly this renewal; any other hold is another's.
  if (s.placeLeases.some((l) => l.id !== previous.id && l.placeId === place.id && leaseHoldsPlace(l, winter, s.placeLeases, ctx.today))) {
    return reject('place_taken', `Place ${section.identifier}-${place.number} is taken for the winter.`);
  }
  const status: OrderStatus = renewalOrderStatus(customer);
  if (status !== 'paid_man') {
    const window = winterDueDateWindow(ctx.today, winter);
    if (!window || p.dueDate < window.earliest || p.dueDate > window.latest) {
      return reject('due_date_out_of_range', window ? `The due date must be from ${window.earliest} to ${window.latest}.` : 'The winter is over.');
    }
  }
  if (!area.price) return reject('area_not_priced', `${area.name.fi} has no winter storage price.`);
  const priced = winterStoragePrice({ width: place.width, length: place.length }, area.id, [{ areaId: area.id, areaName: area.name.fi, ...area.price }], customer.kind);
  if (!priced.ok) return reject('area_not_priced', `${area.name.fi} has no winter storage price.`);
  const lines = [storageLine(area, place, section, winter, priced.price)];
  const sent = status === 'offered';
  const paid = status === 'paid_man';
  const lease: WinterLease = {
    id: p.leaseId,
    areaType: 'marked',
    areaId: area.id,
    sectionId: section.id,
    placeId: place.id,
    customerId: customer.id,
    boatId: previous.boatId,
    applicationId: null,
    winter,
    status: ORDER_TO_LEASE[status] as WinterLease['status'],
    ...defaultWinterLeaseDates(ctx.today, winter),
    invoice: {
      number: renewalInvoiceNumber(previous.invoice.number, winter),
      status,
      lines,
      ...orderTotals(lines),
      dueDate: sent ? p.dueDate : null,
      sentAt: sent ? ctx.now : null,
      paidAt: paid ? ctx.now : null,
      paidVia: paid ? 'free' : null,
      invoicingType: customer.invoicingType,
      language: customer.language,
      problem: status === 'error' ? invoiceContactProblem(customer) : null,
    },
    stickerNumber: null,
    stickerPostedOn: null,
    createdAt: ctx.now,
    createdBy: ctx.actor.name,
    renewalOf: previous.id,
  };
  return {
    ok: true,
    puts: [
      { entity: 'winter_lease', version: 1, record: lease },
      winterEvent(ctx, lease, 'lease_renewed', { toStatus: status, note: previous.invoice.number }),
    ],
  };
}

/** How the winter's renewal invoices stand (sent, failed, paid, waiting, paper), as the berth renewal counts its orders. */
export function winterRenewalCounts(leases: readonly Pick<WinterLease, 'renewalOf' | 'invoice'>[]): RenewalCounts {
  return renewalCounts(leases.filter((l) => l.renewalOf).map((l) => l.invoice));
}
