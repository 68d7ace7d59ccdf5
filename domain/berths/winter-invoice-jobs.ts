import { helsinkiDateOf } from '../wall-clock.ts';
import type { Versioned } from '../sync/command-context.ts';
import type { Put } from './decision.ts';
import { cascadeOrder } from './cascades.ts';
import type { ExpiryContext, ExpiryDecision } from './order-expiry.ts';
import { isOrderExpired, remindersDue, type ReminderDays, type WaitingOrder } from './order-reminders.ts';
import type { WinterApplication, WinterEvent, WinterLease } from './winter-entities.ts';

/**
 * Reminders and expiry of unpaid winter storage invoices (brief 4.6, as for berth offers): the
 * invoice rides on the lease and moves by the order machine, so the order's day rules
 * (order-reminders.ts) decide for it unchanged: 7, 3 and 1 days before the due date, each once,
 * none for a paper invoice, and expired the day after the due date.
 */
export function waitingInvoice(lease: Pick<WinterLease, 'id' | 'invoice'>, sent: readonly number[]): WaitingOrder {
  const { invoice } = lease;
  return {
    orderId: lease.id,
    status: invoice.status,
    dueDate: invoice.dueDate,
    offeredOn: invoice.sentAt ? helsinkiDateOf(Date.parse(invoice.sentAt)) : null,
    paperInvoice: invoice.invoicingType === 'paper_invoice',
    sent,
  };
}

/** The reminders due today, one per lease at most. */
export function winterRemindersDue(leases: readonly { lease: Pick<WinterLease, 'id' | 'invoice'>; sent: readonly number[] }[], today: string): { leaseId: string; daysBefore: ReminderDays }[] {
  return remindersDue(leases.map((l) => waitingInvoice(l.lease, l.sent)), today).map((d) => ({ leaseId: d.orderId, daysBefore: d.daysBefore }));
}

export function isWinterInvoiceExpired(lease: Pick<WinterLease, 'id' | 'invoice'>, today: string): boolean {
  return isOrderExpired(waitingInvoice(lease, []), today);
}

export interface WinterExpiryState {
  lease: Versioned<WinterLease>;
  application: Versioned<WinterApplication> | null;
}

/**
 * A winter invoice not paid by its due date expires with what the cascades carry, as a berth
 * offer does: the invoice and the lease expired (a marked place is free again: an expired lease
 * holds no place), the application expired. The sticker number stays as it is: one is given only
 * on payment, so an unpaid lease has none, and a number once given is never given again anyway.
 * The winter history records it as the central's own act.
 */
export function decideWinterInvoiceExpiry(state: WinterExpiryState, ctx: ExpiryContext): ExpiryDecision {
  const lease = state.lease.record;
  const application = state.application && state.application.record.id === lease.applicationId ? state.application : null;
  if (!isWinterInvoiceExpired(lease, ctx.today)) {
    return { ok: false, code: 'invalid_transition', message: `The invoice is ${lease.invoice.status}, due ${lease.invoice.dueDate ?? '-'}: it does not expire on ${ctx.today}.` };
  }
  const c = cascadeOrder({ order: lease.invoice.status, lease: lease.status, application: application?.record.status ?? null }, 'expired');
  if (!c.ok) return { ok: false, code: 'invalid_transition', message: `The ${c.record === 'order' ? 'invoice' : c.record} is ${c.from} and cannot become ${c.to}.` };
  const record: WinterLease = { ...lease, ...(c.lease ? { status: c.lease as WinterLease['status'] } : {}), invoice: { ...lease.invoice, status: 'expired' } };
  const puts: Put[] = [{ entity: 'winter_lease', version: state.lease.version + 1, record }];
  if (application && c.application) {
    puts.push({ entity: 'winter_application', version: application.version + 1, record: { ...application.record, status: c.application as WinterApplication['status'] } });
  }
  const event: WinterEvent = {
    id: ctx.eventId,
    applicationId: lease.applicationId,
    leaseId: lease.id,
    at: ctx.now,
    recordedAt: ctx.now,
    kind: 'invoice_expired',
    actorId: ctx.actor.id,
    actorName: ctx.actor.name,
    fromStatus: lease.invoice.status,
    toStatus: 'expired',
    stickerNumber: null,
    note: `The invoice was not paid by the due date ${lease.invoice.dueDate ?? ''}.`,
    commandId: null,
  };
  puts.push({ entity: 'winter_event', version: 1, record: event });
  return { ok: true, puts };
}
