import type { ErrorCode } from '../errors.ts';
import type { Versioned } from '../sync/command-context.ts';
import type { Application, ApplicationEvent, Lease } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import type { Put } from './decision.ts';
import { cascadeOrder } from './cascades.ts';
import { isOrderExpired } from './order-reminders.ts';

export interface ExpiryState {
  order: Versioned<BerthOrder>;
  lease: Versioned<Lease>;
  application: Versioned<Application> | null;
}

export interface ExpiryContext {
  actor: { id: string; name: string };
  /** When the central decided it, ISO. */
  now: string;
  /** The Helsinki day the job runs for. */
  today: string;
  /** The id of the history row it writes (the job has no command to lend its id). */
  eventId: string;
}

export type ExpiryDecision = { ok: true; puts: Put[] } | { ok: false; code: ErrorCode; message: string };

/**
 * An offer not paid by its due date expires: the order, then its lease and its application as
 * the cascades carry it (lease expired, so the berth is free again; application expired). The
 * history records it as the central's own act, naming the due date that passed.
 */
export function decideOrderExpiry(state: ExpiryState, ctx: ExpiryContext): ExpiryDecision {
  const { order, lease, application } = state;
  const o = order.record;
  if (!isOrderExpired({ status: o.status, dueDate: o.dueDate, paperInvoice: o.invoicingType === 'paper_invoice' }, ctx.today)) {
    return { ok: false, code: 'invalid_transition', message: `The order is ${order.record.status}, due ${order.record.dueDate ?? '-'}: it does not expire on ${ctx.today}.` };
  }
  const c = cascadeOrder({ order: order.record.status, lease: lease.record.status, application: application?.record.status ?? null }, 'expired');
  if (!c.ok) return { ok: false, code: 'invalid_transition', message: `The ${c.record} is ${c.from} and cannot become ${c.to}.` };
  const puts: Put[] = [{ entity: 'berth_order', version: order.version + 1, record: { ...order.record, status: 'expired' } }];
  if (c.lease) puts.push({ entity: 'lease', version: lease.version + 1, record: { ...lease.record, status: c.lease as Lease['status'] } });
  if (application) {
    const to = (c.application ?? application.record.status) as Application['status'];
    if (c.application) puts.push({ entity: 'application', version: application.version + 1, record: { ...application.record, status: to } });
    const event: ApplicationEvent = {
      id: ctx.eventId,
      applicationId: application.record.id,
      at: ctx.now,
      recordedAt: ctx.now,
      kind: 'note',
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      fromStatus: application.record.status,
      toStatus: to,
      berthId: lease.record.berthId,
      leaseId: lease.record.id,
      note: `The offer expired: it was not paid by the due date ${order.record.dueDate ?? ''}.`,
      commandId: null,
    };
    puts.push({ entity: 'application_event', version: 1, record: event });
  }
  return { ok: true, puts };
}
