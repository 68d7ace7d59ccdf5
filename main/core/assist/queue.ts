import type { QueueDisplay, QueueTicketRow, QueueView } from '../../../domain/assist/contract.ts';
import type { QueueTicket } from '../../../domain/assist/entities.ts';
import { waitingInOrder } from '../../../domain/assist/queue.ts';
import { ASSIST_PERMISSIONS as P } from '../../../domain/assist/vocabulary.ts';
import { estimatePerTicket, estimateWait, softCap } from '../../../domain/assist/wait-estimate.ts';
import { ok, type Result } from '../../../domain/result.ts';
import { helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { AssistRights } from './rights.ts';
import { asRows, type Cached } from './rows.ts';
import { pointOption, pointWith } from './service-points.ts';

/** Helpers busy now (calling or serving): the estimate divides the waiting among them, at least one. */
const busyHelpers = (tickets: readonly QueueTicket[]) => new Set(tickets.filter((t) => t.status === 'called' || t.status === 'in_service').map((t) => t.helperId ?? t.id)).size;

function today(db: SqliteDatabase, servicePointId: string, now: Date) {
  const serviceDate = helsinkiDateOf(now.getTime());
  const cached = asRows(db).ticketsOfDay(servicePointId, serviceDate);
  const tickets = cached.map((c) => c.record);
  return { serviceDate, cached, tickets, estimate: estimateWait(tickets, busyHelpers(tickets)), perTicket: estimatePerTicket(tickets, busyHelpers(tickets)) };
}

/** The queue of one service point today, as the desk works it. */
export function queueView(db: SqliteDatabase, rights: AssistRights, servicePointId: string, now: Date): Result<QueueView> {
  const point = pointWith(db, rights, servicePointId, P.staff);
  if (!point.ok) return point;
  const { serviceDate, cached, tickets, estimate, perTicket } = today(db, servicePointId, now);
  const waitingCount = estimate.waiting;
  const at = now.toISOString();
  const row = (c: Cached<QueueTicket>): QueueTicketRow => {
    const t = c.record;
    const serving = t.status === 'in_service' && t.serviceStartedAt !== null;
    return { ticket: t, estimateMin: perTicket.get(t.id) ?? null, mine: t.helperId === rights.actorId && (t.status === 'called' || t.status === 'in_service'), softCap: serving ? softCap(t.serviceStartedAt!, at, waitingCount) : 'none', pending: c.pending };
  };
  const byId = new Map(cached.map((c) => [c.record.id, c]));
  const rows = (status: QueueTicket['status']) => cached.filter((c) => c.record.status === status).map(row);
  const called = rows('called').sort((a, b) => (a.ticket.calledAt ?? '').localeCompare(b.ticket.calledAt ?? ''));
  const inService = rows('in_service');
  const count = (status: QueueTicket['status']) => tickets.filter((t) => t.status === status).length;
  const requests = asRows(db)
    .openRequests(servicePointId)
    .map((r) => ({ request: r.record, pending: r.pending }))
    .sort((a, b) => a.request.createdAt.localeCompare(b.request.createdAt));
  return ok({
    servicePoint: pointOption(point.value, rights),
    serviceDate,
    waiting: waitingInOrder(tickets).map((t) => row(byId.get(t.id)!)),
    called,
    inService,
    mine: [...called, ...inService].find((r) => r.mine) ?? null,
    estimate,
    closed: { done: count('done'), noShow: count('no_show'), transferred: count('transferred') },
    helpRequests: requests,
  });
}

/** The public display: labels and statuses, nothing about anyone. */
export function queueDisplay(db: SqliteDatabase, rights: AssistRights, servicePointId: string, now: Date): Result<QueueDisplay> {
  const point = pointWith(db, rights, servicePointId, P.ticket);
  if (!point.ok) return point;
  const { serviceDate, tickets, estimate } = today(db, servicePointId, now);
  const calledNewestFirst = tickets.filter((t) => t.status === 'called').sort((a, b) => (b.calledAt ?? '').localeCompare(a.calledAt ?? ''));
  const serving = tickets.filter((t) => t.status === 'in_service');
  return ok({
    servicePointId: point.value.id,
    name: point.value.name,
    serviceDate,
    calling: [...calledNewestFirst, ...serving].map((t) => ({ label: t.label, status: t.status as 'called' | 'in_service', recallCount: t.recallCount })),
    waiting: waitingInOrder(tickets).map((t) => t.label),
    estimateMin: estimate.estimateMin,
  });
}
