import type { AssistCommandPayload as P, AssistCommandType } from '../../domain/assist/commands.ts';
import type { AssistCommandStates } from '../../domain/assist/decide.ts';
import type { QueueState } from '../../domain/assist/decide-queue.ts';
import type { CommandContext, Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { records, rowById, rowsBy } from './rows.ts';

/**
 * A command's state and the service point whose rights it needs (null: nothing found, the
 * decider says so). Queue actions lock the service point's row first: every command on one
 * point's queue runs after the one before it has committed, so numbering and "call next" always
 * see the whole queue.
 */
export interface Loaded<S> {
  servicePointId: string | null;
  state: S;
}

const rec = async <T>(p: Promise<Versioned<T> | null>): Promise<T | null> => (await p)?.record ?? null;

/** The point locked, and its tickets of the day. */
async function queueOf(tx: Queryable, servicePointId: string, today: string): Promise<QueueState> {
  const servicePoint = await rec(rowById(tx, 'as_service_point', servicePointId, true));
  const tickets = servicePoint ? await rowsBy(tx, 'as_queue_ticket', 'service_point_id', [servicePointId], { where: 'service_date = $2', params: [today] }) : [];
  return { servicePoint, tickets };
}

/** The queue with the named ticket read under the lock (added when it is of an earlier day). */
async function withTicket(tx: Queryable, queue: QueueState, ticketId: string): Promise<QueueState> {
  if (queue.tickets.some((t) => t.record.id === ticketId)) return queue;
  const ticket = await rowById(tx, 'as_queue_ticket', ticketId);
  return ticket ? { ...queue, tickets: [...queue.tickets, ticket] } : queue;
}

/** A ticket's service point, read before its queue is locked (a ticket never changes point). */
async function pointOfTicket(tx: Queryable, ticketId: string): Promise<string | null> {
  return (await rec(rowById(tx, 'as_queue_ticket', ticketId)))?.servicePointId ?? null;
}

type Loaders = { [T in AssistCommandType]: (tx: Queryable, p: P<T>, ctx: CommandContext) => Promise<Loaded<AssistCommandStates[T]>> };

async function onTicket(tx: Queryable, p: { ticketId: string }, ctx: CommandContext): Promise<Loaded<QueueState>> {
  const servicePointId = await pointOfTicket(tx, p.ticketId);
  if (!servicePointId) return { servicePointId: null, state: { servicePoint: null, tickets: [] } };
  return { servicePointId, state: await withTicket(tx, await queueOf(tx, servicePointId, ctx.today), p.ticketId) };
}

async function loggedIds(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  return new Set(records(await rowsBy(tx, 'as_help_session', 'id', ids)).map((s) => s.id));
}

async function appointmentState(tx: Queryable, appointmentId: string) {
  const appointment = await rowById(tx, 'as_appointment', appointmentId, true);
  return { servicePointId: appointment?.record.servicePointId ?? null, state: { appointment } };
}

export const LOADERS: Loaders = {
  async 'assist.issueTicket'(tx, p, ctx) {
    return { servicePointId: p.servicePointId, state: await queueOf(tx, p.servicePointId, ctx.today) };
  },
  async 'assist.callNext'(tx, p, ctx) {
    return { servicePointId: p.servicePointId, state: await queueOf(tx, p.servicePointId, ctx.today) };
  },
  'assist.recallTicket': onTicket,
  'assist.markNoShow': onTicket,
  'assist.startService': onTicket,
  'assist.finishService': onTicket,
  async 'assist.transferTicket'(tx, p, ctx) {
    const from = await pointOfTicket(tx, p.ticketId);
    if (!from) return { servicePointId: null, state: { servicePoint: null, tickets: [], target: null, targetTickets: [] } };
    // Both points locked in id order: two transfers between them in opposite directions cannot deadlock.
    const [first, second] = [from, p.toServicePointId].sort() as [string, string];
    const queues = new Map([[first, await queueOf(tx, first, ctx.today)]]);
    if (second !== first) queues.set(second, await queueOf(tx, second, ctx.today));
    const source = await withTicket(tx, queues.get(from)!, p.ticketId);
    const target = queues.get(p.toServicePointId)!;
    return { servicePointId: from, state: { ...source, target: target.servicePoint, targetTickets: target.tickets } };
  },
  async 'assist.logSession'(tx, p) {
    const servicePoint = await rec(rowById(tx, 'as_service_point', p.servicePointId));
    const ticket = p.ticketId === null ? null : await rec(rowById(tx, 'as_queue_ticket', p.ticketId));
    const appointment = p.appointmentId === null ? null : await rowById(tx, 'as_appointment', p.appointmentId, true);
    return {
      servicePointId: p.servicePointId,
      state: {
        servicePoint,
        loggedIds: await loggedIds(tx, [p.sessionId]),
        ticket,
        // Another point's appointment is not this session's to close.
        appointment: appointment && appointment.record.servicePointId === p.servicePointId ? appointment : null,
      },
    };
  },
  async 'assist.logSessionsBulk'(tx, p) {
    const servicePoint = await rec(rowById(tx, 'as_service_point', p.servicePointId));
    return { servicePointId: p.servicePointId, state: { servicePoint, loggedIds: await loggedIds(tx, p.sessions.map((s) => s.sessionId)) } };
  },
  async 'assist.bookAppointment'(tx, p) {
    // The calendar locked: two bookings of one helper's day are decided one after the other.
    const calendar = await rec(rowById(tx, 'as_helper_calendar', p.calendarId, true));
    if (!calendar) return { servicePointId: null, state: { calendar: null, servicePoint: null, appointments: [] } };
    return {
      servicePointId: calendar.servicePointId,
      state: {
        calendar,
        servicePoint: await rec(rowById(tx, 'as_service_point', calendar.servicePointId)),
        appointments: records(await rowsBy(tx, 'as_appointment', 'calendar_id', [calendar.id])),
      },
    };
  },
  async 'assist.openHelperHours'(tx, p, ctx) {
    // No row exists yet to lock: one helper's openings are decided one after another by a lock on their id.
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`as-hours:${ctx.actor.id}`]);
    const servicePoint = await rec(rowById(tx, 'as_service_point', p.servicePointId));
    const dates = p.days.map((d) => d.date);
    const mine = records(await rowsBy(tx, 'as_helper_calendar', 'helper_id', [ctx.actor.id], { where: 'calendar_date = ANY($2::text[])', params: [dates] }));
    const sameIds = records(await rowsBy(tx, 'as_helper_calendar', 'id', p.days.map((d) => d.calendarId)));
    return { servicePointId: p.servicePointId, state: { servicePoint, sameDays: [...mine, ...sameIds.filter((c) => !mine.some((m) => m.id === c.id))] } };
  },
  async 'assist.closeHelperHours'(tx, p) {
    // The calendar locked, as a booking locks it: a booking and the closing never pass each other.
    const calendar = await rowById(tx, 'as_helper_calendar', p.calendarId, true);
    if (!calendar) return { servicePointId: null, state: { calendar: null, appointments: [] } };
    return { servicePointId: calendar.record.servicePointId, state: { calendar, appointments: records(await rowsBy(tx, 'as_appointment', 'calendar_id', [calendar.record.id])) } };
  },
  'assist.cancelAppointment': (tx, p) => appointmentState(tx, p.appointmentId),
  'assist.markAppointmentNoShow': (tx, p) => appointmentState(tx, p.appointmentId),
  async 'assist.requestHelp'(tx, p) {
    const servicePoint = await rec(rowById(tx, 'as_service_point', p.servicePointId));
    const openRequests = records(await rowsBy(tx, 'as_help_request', 'kiosk_id', [p.kioskId], { where: "status <> 'closed'" }));
    return { servicePointId: p.servicePointId, state: { servicePoint, openRequests } };
  },
  async 'assist.answerHelpRequest'(tx, p) {
    // The request locked: two helpers answering at once are decided one after the other.
    const request = await rowById(tx, 'as_help_request', p.requestId, true);
    return { servicePointId: request?.record.servicePointId ?? null, state: { request } };
  },
};
