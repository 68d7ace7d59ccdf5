import type { CommandContext } from '../sync/command-context.ts';
import { reject, type Decision, type Put } from './decision.ts';
import { canTerminateLease } from './lease-machine.ts';
import { canMoveOrder, type OrderStatus } from './order-machine.ts';
import type { WinterPayload } from './winter-commands.ts';
import type { WinterLease } from './winter-entities.ts';
import { isDecision, leaseOf, winterEvent, type WinterCommandState } from './winter-lease-parts.ts';

/** Invoices still waiting for the customer (brief 3.2): a termination cancels them. */
const WAITING: readonly OrderStatus[] = ['drafted', 'offered'];

/** Whether a winter lease may be terminated now: the berth lease's rule (offered, paid, in error, awaiting payment). */
export function canTerminateWinterLease(lease: Pick<WinterLease, 'status'>): boolean {
  return canTerminateLease(lease.status);
}

/**
 * Terminate a winter lease, marked or unmarked, on the day the handler chooses within its dates
 * (brief 3.2, "terminateWinterStorageLease"), as a berth lease is: an invoice still waiting is
 * cancelled, a paid one stays paid; the application keeps its status and gets the event. The
 * place is free again after the end date (winter-places.ts), and the customer is told.
 */
export function decideTerminateWinterLease(s: WinterCommandState, p: WinterPayload<'berths.terminateWinterLease'>, ctx: CommandContext): Decision {
  const lease = leaseOf(s, p.leaseId);
  if (isDecision(lease)) return lease;
  const l = lease.record;
  if (!canTerminateWinterLease(l)) return reject('winter_lease_not_terminable', `The winter lease is ${l.status} and cannot be terminated.`);
  if (p.endDate < l.startDate || p.endDate > l.endDate) {
    return reject('end_date_out_of_range', `The end date ${p.endDate} is out of range: it must be from ${l.startDate} to ${l.endDate}.`);
  }
  const cancel = WAITING.includes(l.invoice.status) && canMoveOrder(l.invoice.status, 'cancelled');
  const record: WinterLease = { ...l, status: 'terminated', endDate: p.endDate, invoice: cancel ? { ...l.invoice, status: 'cancelled' } : l.invoice };
  const puts: Put[] = [
    { entity: 'winter_lease', version: lease.version + 1, record },
    winterEvent(ctx, l, 'lease_terminated', { fromStatus: l.status, toStatus: 'terminated', note: p.endDate }),
  ];
  return { ok: true, puts };
}
