import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { AssistCommandPayload } from './commands.ts';
import type { QueueTicket, ServicePoint } from './entities.ts';
import { accept, notFound, refuse, utc, type AssistDecision } from './decide-result.ts';
import { nextTicketNumber, ticketInHand, ticketLabel, transitionRefusal, waitingInOrder, type QueueAction } from './queue.ts';

/**
 * The walk-in queue commands. The state is the service point and its tickets of today (the
 * central loads them under the point's lock), so numbering and "call next" see the whole queue.
 */
export interface QueueState {
  servicePoint: ServicePoint | null;
  /** The point's tickets of ctx.today. */
  tickets: readonly Versioned<QueueTicket>[];
}

/** A transfer also needs the receiving point and its tickets of today. */
export interface TransferState extends QueueState {
  target: ServicePoint | null;
  targetTickets: readonly Versioned<QueueTicket>[];
}

function inactive(point: ServicePoint): AssistDecision {
  return refuse({ code: 'as_service_point_inactive', message: `The service point ${point.id} takes no customers now.` });
}

function newTicket(point: ServicePoint, tickets: readonly Versioned<QueueTicket>[], id: string, fields: Pick<QueueTicket, 'source' | 'topicHint' | 'language' | 'queuedAt' | 'transferredFromTicketId'>, ctx: CommandContext): QueueTicket | AssistDecision {
  const number = nextTicketNumber(tickets.map((t) => t.record));
  if (number === null) return refuse({ code: 'as_ticket_numbers_exhausted', message: `The service point ${point.id} has given all of today's numbers.` });
  return {
    id,
    servicePointId: point.id,
    serviceDate: ctx.today,
    number,
    label: ticketLabel(point.ticketPrefix, number),
    status: 'waiting',
    issuedAt: utc(ctx.now),
    calledAt: null,
    recallCount: 0,
    helperId: null,
    serviceStartedAt: null,
    closedAt: null,
    transferredToTicketId: null,
    ...fields,
  };
}

export function decideIssueTicket(s: QueueState, p: AssistCommandPayload<'assist.issueTicket'>, ctx: CommandContext): AssistDecision {
  if (!s.servicePoint || s.servicePoint.id !== p.servicePointId) return notFound('The service point');
  if (!s.servicePoint.active) return inactive(s.servicePoint);
  const t = newTicket(s.servicePoint, s.tickets, p.ticketId, { source: p.source, topicHint: p.topicHint, language: p.language, queuedAt: utc(ctx.now), transferredFromTicketId: null }, ctx);
  return 'ok' in t ? t : accept([{ entity: 'as_queue_ticket', record: t, version: 1 }]);
}

export function decideCallNext(s: QueueState, p: AssistCommandPayload<'assist.callNext'>, ctx: CommandContext): AssistDecision {
  if (!s.servicePoint || s.servicePoint.id !== p.servicePointId) return notFound('The service point');
  const busy = ticketInHand(s.tickets.map((t) => t.record), ctx.actor.id);
  if (busy) return refuse({ code: 'as_helper_busy', message: `You have ${busy.label} in hand: finish it, or mark it a no-show, first.` });
  const next = waitingInOrder(s.tickets.map((t) => t.record))[0];
  const current = next && s.tickets.find((t) => t.record.id === next.id);
  if (!current) return refuse({ code: 'as_queue_empty', message: 'Nobody is waiting.' });
  return accept([{ entity: 'as_queue_ticket', record: { ...current.record, status: 'called', calledAt: utc(ctx.now), helperId: ctx.actor.id }, version: current.version + 1 }]);
}

/** One ticket through one action of queue.ts, with the changes the action makes. */
function step(s: QueueState, ticketId: string, action: QueueAction, change: (t: QueueTicket) => Partial<QueueTicket>): AssistDecision {
  const current = s.tickets.find((t) => t.record.id === ticketId);
  if (!current) return notFound(`The ticket ${ticketId}`);
  const refusal = transitionRefusal(current.record.status, action);
  if (refusal) return refuse(refusal);
  return accept([{ entity: 'as_queue_ticket', record: { ...current.record, ...change(current.record) }, version: current.version + 1 }]);
}

/** Called again: the customer did not come up yet. */
export function decideRecallTicket(s: QueueState, p: AssistCommandPayload<'assist.recallTicket'>, ctx: CommandContext): AssistDecision {
  return step(s, p.ticketId, 'recall', (t) => ({ calledAt: utc(ctx.now), recallCount: t.recallCount + 1, helperId: ctx.actor.id }));
}

export function decideMarkNoShow(s: QueueState, p: AssistCommandPayload<'assist.markNoShow'>, ctx: CommandContext): AssistDecision {
  return step(s, p.ticketId, 'no_show', () => ({ status: 'no_show', closedAt: utc(ctx.now) }));
}

/** A helper serves one ticket at a time; another helper may take over a called ticket. */
export function decideStartService(s: QueueState, p: AssistCommandPayload<'assist.startService'>, ctx: CommandContext): AssistDecision {
  const busy = ticketInHand(s.tickets.map((t) => t.record).filter((t) => t.status === 'in_service'), ctx.actor.id, p.ticketId);
  if (busy) return refuse({ code: 'as_helper_busy', message: `You are serving ${busy.label}: finish it first.` });
  return step(s, p.ticketId, 'start', () => ({ status: 'in_service', serviceStartedAt: utc(ctx.now), helperId: ctx.actor.id }));
}

export function decideFinishService(s: QueueState, p: AssistCommandPayload<'assist.finishService'>, ctx: CommandContext): AssistDecision {
  return step(s, p.ticketId, 'finish', () => ({ status: 'done', closedAt: utc(ctx.now) }));
}

/**
 * To another service point's queue: the ticket closes as transferred and a new one with the
 * receiving point's next number waits there, in the place the customer first queued for.
 */
export function decideTransferTicket(s: TransferState, p: AssistCommandPayload<'assist.transferTicket'>, ctx: CommandContext): AssistDecision {
  if (!s.target) return notFound('The receiving service point');
  const current = s.tickets.find((t) => t.record.id === p.ticketId);
  if (!current) return notFound(`The ticket ${p.ticketId}`);
  if (s.target.id === current.record.servicePointId) return refuse({ code: 'as_transfer_same_point', message: 'The ticket is in this service point\'s queue already.' });
  if (!s.target.active) return inactive(s.target);
  const refusal = transitionRefusal(current.record.status, 'transfer');
  if (refusal) return refuse(refusal);
  const moved = newTicket(s.target, s.targetTickets, p.newTicketId, { source: current.record.source, topicHint: current.record.topicHint, language: current.record.language, queuedAt: current.record.queuedAt, transferredFromTicketId: current.record.id }, ctx);
  if ('ok' in moved) return moved;
  return accept([
    { entity: 'as_queue_ticket', record: { ...current.record, status: 'transferred', closedAt: utc(ctx.now), transferredToTicketId: moved.id }, version: current.version + 1 },
    { entity: 'as_queue_ticket', record: moved, version: 1 },
  ]);
}
