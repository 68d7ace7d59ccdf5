import type { CommandContext, Versioned } from '../sync/command-context.ts';
import { cascadeOrder } from './cascades.ts';
import { canMoveApplicationVia } from './application-machine.ts';
import { reject, type Decision, type Put } from './decision.ts';
import { isActiveLease } from './lease-machine.ts';
import { orderTotals } from './order-lines.ts';
import type { OrderStatus } from './order-machine.ts';
import { winterStoragePrice } from './pricing.ts';
import { invoiceContactProblem } from './renewal.ts';
import type { WinterPayload } from './winter-commands.ts';
import type { WinterApplication, WinterLease } from './winter-entities.ts';
import { isDecision, leaseOf, storageLine, winterEvent, type WinterCommandState } from './winter-lease-parts.ts';
import { placeFit, placeFree } from './winter-places.ts';
import { decideRenewWinterLease } from './winter-renewal.ts';
import { defaultWinterLeaseDates, winterDueDateWindow } from './winter-seasons.ts';
import { nextStickerNumber, paidDay, stickerProblem } from './winter-stickers.ts';
import { decideTerminateWinterLease } from './winter-termination.ts';

export type { WinterCommandState } from './winter-lease-parts.ts';

type CreatePayload = WinterPayload<'berths.createWinterLease'>;

/**
 * A winter lease for an application, with its invoice: on a marked place of an area the applicant
 * chose, wide enough and free this winter; or, for an unmarked notice, on its area, priced by the
 * boat. A non-billable customer's is paid at once (and an unmarked one gets its sticker).
 */
export function decideCreateWinterLease(s: WinterCommandState, p: CreatePayload, ctx: CommandContext): Decision {
  const app = s.application;
  if (!app) return reject('not_found', 'The winter storage application does not exist.');
  const a = app.record;
  if (s.applicationLeases.some((l) => isActiveLease(l.status))) return reject('application_has_offer', 'The application already has a lease this winter.');
  if (!s.customer || s.customer.id !== a.customerId) return reject('not_found', "The application's customer does not exist.");
  const marked = a.areaType === 'marked';
  if (marked !== (p.placeId !== null)) return reject('place_choice_wrong', marked ? 'A marked application is given a place.' : 'An unmarked notice takes no place: its lease is on its area.');
  const area = s.area;
  const section = s.section;
  if (!area || !section || section.areaId !== area.id) return reject('not_found', 'The winter storage area does not exist.');
  if (!a.areaChoices.includes(area.id)) return reject('area_not_chosen', `The applicant did not choose ${area.name.fi}.`);
  let size = { width: a.boat.width, length: a.boat.length };
  if (marked) {
    const place = s.place;
    if (!place || place.id !== p.placeId || place.areaId !== area.id || place.sectionId !== section.id) return reject('not_found', 'The winter storage place does not exist.');
    if (!place.isActive) return reject('place_inactive', `Place ${section.identifier}-${place.number} is not in use.`);
    if (placeFit(place, a) === 'too_narrow') return reject('place_too_narrow', `Place ${section.identifier}-${place.number} is ${place.width} m wide; the boat is ${a.boat.width} m.`);
    if (!placeFree(place, a.winter, s.placeLeases, ctx.today)) return reject('place_taken', `Place ${section.identifier}-${place.number} is taken for the winter.`);
    size = { width: place.width, length: place.length };
  }
  if (!area.price) return reject('area_not_priced', `${area.name.fi} has no winter storage price.`);
  const priced = winterStoragePrice(size, area.id, [{ areaId: area.id, areaName: area.name.fi, ...area.price }], s.customer.kind);
  if (!priced.ok) return reject('area_not_priced', `${area.name.fi} has no winter storage price.`);
  const free = s.customer.kind === 'non_billable';
  const path = free ? (['offer_generated', 'handled'] as const) : (['offer_generated'] as const);
  if (!canMoveApplicationVia(a.status, path)) return reject('invalid_transition', `The application is ${a.status}; no lease can be made for it.`);
  const lines = [storageLine(area, marked ? s.place : null, section, a.winter, priced.price)];
  const dates = defaultWinterLeaseDates(ctx.today, a.winter);
  const sticker = free && !marked ? nextStickerNumber(s.stickerNumbers) : null;
  const lease: WinterLease = {
    id: p.leaseId,
    areaType: a.areaType,
    areaId: area.id,
    sectionId: section.id,
    placeId: p.placeId,
    customerId: a.customerId,
    boatId: a.boatId,
    applicationId: a.id,
    winter: a.winter,
    status: free ? 'paid' : 'drafted',
    ...dates,
    invoice: {
      number: a.reference,
      status: free ? 'paid_man' : 'drafted',
      lines,
      ...orderTotals(lines),
      dueDate: null,
      sentAt: null,
      paidAt: free ? ctx.now : null,
      paidVia: free ? 'free' : null,
      invoicingType: s.customer.invoicingType,
      language: a.applicant.language,
    },
    stickerNumber: sticker,
    stickerPostedOn: null,
    createdAt: ctx.now,
    createdBy: ctx.actor.name,
  };
  const to = free ? 'handled' : 'offer_generated';
  return {
    ok: true,
    puts: [
      { entity: 'winter_application', version: app.version + 1, record: { ...a, status: to } },
      { entity: 'winter_lease', version: 1, record: lease },
      winterEvent(ctx, lease, 'lease_created', { fromStatus: a.status, toStatus: to, stickerNumber: sticker }),
    ],
  };
}

/** The order machine moves the invoice; the lease and the application follow it (cascades.ts), or nothing moves. */
function moveInvoice(s: WinterCommandState, lease: Versioned<WinterLease>, to: OrderStatus, patch: Partial<WinterLease>, invoicePatch: Partial<WinterLease['invoice']>): Put[] | Decision {
  const app = s.application && s.application.record.id === lease.record.applicationId ? s.application : null;
  const c = cascadeOrder({ order: lease.record.invoice.status, lease: lease.record.status, application: app?.record.status ?? null }, to);
  if (!c.ok) return reject('invalid_transition', `The ${c.record === 'order' ? 'invoice' : c.record} is ${c.from} and cannot become ${c.to}.`);
  const record: WinterLease = { ...lease.record, ...patch, ...(c.lease ? { status: c.lease as WinterLease['status'] } : {}), invoice: { ...lease.record.invoice, ...invoicePatch, status: to } };
  const puts: Put[] = [{ entity: 'winter_lease', version: lease.version + 1, record }];
  if (app && c.application) puts.push({ entity: 'winter_application', version: app.version + 1, record: { ...app.record, status: c.application as WinterApplication['status'] } });
  return puts;
}


/** The invoice goes to the customer by email with a due date in the window; a paper invoice never does. */
export function decideSendWinterInvoice(s: WinterCommandState, p: WinterPayload<'berths.sendWinterInvoice'>, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  if (lease.record.invoice.invoicingType === 'paper_invoice') return reject('order_paper_invoice', 'The customer is invoiced on paper; the invoice is not sent digitally.');
  if (s.customer) {
    const contact = invoiceContactProblem(s.customer);
    if (contact) return reject(contact, 'The customer has no email address the invoice can go to.');
  }
  const window = winterDueDateWindow(ctx.today, lease.record.winter);
  if (!window || p.dueDate < window.earliest || p.dueDate > window.latest) {
    return reject('due_date_out_of_range', window ? `The due date must be from ${window.earliest} to ${window.latest}.` : 'The winter is over.');
  }
  const puts = moveInvoice(s, lease, 'offered', {}, { dueDate: p.dueDate, sentAt: ctx.now });
  if (isDecision(puts)) return puts;
  return { ok: true, puts: [...puts, winterEvent(ctx, lease.record, 'invoice_sent', { fromStatus: lease.record.invoice.status, toStatus: 'offered' })] };
}

/**
 * The invoice paid: the lease paid, the application handled and, unmarked, the winter's next
 * sticker; one rule whether a handler marks a bank transfer or the payment provider confirms an
 * online payment.
 */
function invoicePaid(s: WinterCommandState, lease: Versioned<WinterLease>, ctx: CommandContext, to: 'paid' | 'paid_man', paidVia: 'online' | 'elsewhere'): Decision {
  const sticker = lease.record.areaType === 'unmarked' && lease.record.stickerNumber === null ? nextStickerNumber(s.stickerNumbers) : lease.record.stickerNumber;
  const puts = moveInvoice(s, lease, to, { stickerNumber: sticker, stickerPostedOn: null }, { paidAt: ctx.now, paidVia });
  if (isDecision(puts)) return puts;
  return { ok: true, puts: [...puts, winterEvent(ctx, lease.record, 'invoice_paid', { fromStatus: lease.record.invoice.status, toStatus: to, stickerNumber: sticker })] };
}

/** Paid by bank transfer against the invoice: the lease is paid and, unmarked, gets the winter's next sticker. */
export function decideMarkWinterInvoicePaid(s: WinterCommandState, p: WinterPayload<'berths.markWinterInvoicePaid'>, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  return invoicePaid(s, lease, ctx, 'paid_man', 'elsewhere');
}

/**
 * The payment provider's confirmation of an online payment on the customer page (not a command:
 * no staff push can make it): paid as a bank transfer is marked, for the invoice's exact total.
 */
export function decideRecordWinterPayment(s: WinterCommandState, p: { leaseId: string; amountCents: number }, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  const total = lease.record.invoice.totalCents;
  if (p.amountCents !== total) return reject('payment_amount_mismatch', `The payment of ${p.amountCents} cents does not match the invoice's total of ${total} cents.`);
  return invoicePaid(s, lease, ctx, 'paid', 'online');
}

/** A lost or spoilt sticker: the winter's next number, and the letter is to be posted again. */
export function decideReassignWinterSticker(s: WinterCommandState, p: WinterPayload<'berths.reassignWinterSticker'>, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  const problem = stickerProblem(lease.record);
  if (problem) return reject('sticker_not_available', problem === 'not_paid' ? 'The lease is not paid; it has no sticker yet.' : 'Only unmarked winter storage has stickers.');
  const sticker = nextStickerNumber(s.stickerNumbers);
  const record: WinterLease = { ...lease.record, stickerNumber: sticker, stickerPostedOn: null };
  return {
    ok: true,
    puts: [
      { entity: 'winter_lease', version: lease.version + 1, record },
      winterEvent(ctx, lease.record, 'sticker_reassigned', { stickerNumber: sticker, note: lease.record.stickerNumber === null ? null : `#${lease.record.stickerNumber}` }),
    ],
  };
}

/** The sticker letter went in the post on that day: not before the sticker existed, not a day to come. */
export function decideSetWinterStickerPosted(s: WinterCommandState, p: WinterPayload<'berths.setWinterStickerPosted'>, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  if (stickerProblem(lease.record) || lease.record.stickerNumber === null) return reject('sticker_not_available', 'The lease has no sticker to post.');
  const paidOn = paidDay(lease.record.invoice.paidAt);
  if (p.postedOn > ctx.today || (paidOn !== null && p.postedOn < paidOn)) return reject('sticker_posted_date_invalid', `The posting day must be from ${paidOn ?? '…'} to ${ctx.today}.`);
  return {
    ok: true,
    puts: [
      { entity: 'winter_lease', version: lease.version + 1, record: { ...lease.record, stickerPostedOn: p.postedOn } },
      winterEvent(ctx, lease.record, 'sticker_posted', { stickerNumber: lease.record.stickerNumber, note: p.postedOn }),
    ],
  };
}

export const WINTER_DECIDERS = {
  'berths.createWinterLease': decideCreateWinterLease,
  'berths.sendWinterInvoice': decideSendWinterInvoice,
  'berths.markWinterInvoicePaid': decideMarkWinterInvoicePaid,
  'berths.reassignWinterSticker': decideReassignWinterSticker,
  'berths.setWinterStickerPosted': decideSetWinterStickerPosted,
  'berths.terminateWinterLease': decideTerminateWinterLease,
  'berths.renewWinterLease': decideRenewWinterLease,
} as const;
