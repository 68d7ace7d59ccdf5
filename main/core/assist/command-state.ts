import type { AssistCommandPayload, AssistCommandType } from '../../../domain/assist/commands.ts';
import type { AssistCommandStates } from '../../../domain/assist/decide.ts';
import type { QueueState } from '../../../domain/assist/decide-queue.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { asRows, records, versions, type AsRows } from './rows.ts';

const versioned = <T>(r: { record: T; version: number } | null) => (r ? { record: r.record, version: r.version } : null);

/** A service point's queue of the day: the point and its tickets (numbering and "call next" see them all). */
function queueOf(rows: AsRows, servicePointId: string, today: string): QueueState {
  return { servicePoint: rows.servicePoint(servicePointId)?.record ?? null, tickets: versions(rows.ticketsOfDay(servicePointId, today)) };
}

/** The queue a ticket stands in (an unknown ticket: an empty queue, the decider says not found). */
const queueOfTicket = (rows: AsRows, ticketId: string, today: string): QueueState => queueOf(rows, rows.ticket(ticketId)?.record.servicePointId ?? '', today);

/** The ids among these that are logged already. */
const logged = (rows: AsRows, ids: readonly string[]): ReadonlySet<string> => new Set(ids.filter((id) => rows.session(id) !== null));

type Loader<T extends AssistCommandType> = (rows: AsRows, payload: AssistCommandPayload<T>, today: string) => AssistCommandStates[T];

/**
 * The local state each Assistance decider needs, read from the cache as it is now (optimistic
 * rows included): the same facts the central loads under its locks, so a command the desk accepts
 * offline is the one the central would accept with the same data. The central numbers tickets for
 * good; a number given offline is the desk's best guess until the push settles.
 */
const LOADERS: { [T in AssistCommandType]: Loader<T> } = {
  'assist.issueTicket': (rows, p, today) => queueOf(rows, p.servicePointId, today),
  'assist.callNext': (rows, p, today) => queueOf(rows, p.servicePointId, today),
  'assist.recallTicket': (rows, p, today) => queueOfTicket(rows, p.ticketId, today),
  'assist.markNoShow': (rows, p, today) => queueOfTicket(rows, p.ticketId, today),
  'assist.startService': (rows, p, today) => queueOfTicket(rows, p.ticketId, today),
  'assist.finishService': (rows, p, today) => queueOfTicket(rows, p.ticketId, today),
  'assist.transferTicket': (rows, p, today) => {
    const target = queueOf(rows, p.toServicePointId, today);
    return { ...queueOfTicket(rows, p.ticketId, today), target: target.servicePoint, targetTickets: target.tickets };
  },
  'assist.logSession': (rows, p) => ({
    servicePoint: rows.servicePoint(p.servicePointId)?.record ?? null,
    loggedIds: logged(rows, [p.sessionId]),
    ticket: p.ticketId === null ? null : (rows.ticket(p.ticketId)?.record ?? null),
    appointment: p.appointmentId === null ? null : versioned(rows.appointment(p.appointmentId)),
  }),
  'assist.logSessionsBulk': (rows, p) => ({ servicePoint: rows.servicePoint(p.servicePointId)?.record ?? null, loggedIds: logged(rows, p.sessions.map((s) => s.sessionId)) }),
  'assist.bookAppointment': (rows, p) => {
    const calendar = rows.calendar(p.calendarId)?.record ?? null;
    return {
      calendar,
      servicePoint: calendar ? (rows.servicePoint(calendar.servicePointId)?.record ?? null) : null,
      appointments: calendar ? records(rows.calendarAppointments(calendar.id)) : [],
    };
  },
  'assist.openHelperHours': (rows, p) => {
    const onDays = p.days.flatMap((d) => records(rows.calendarsOn(d.date)));
    const named = p.days.flatMap((d) => rows.calendar(d.calendarId)?.record ?? []).filter((c) => !onDays.some((o) => o.id === c.id));
    return { servicePoint: rows.servicePoint(p.servicePointId)?.record ?? null, sameDays: [...onDays, ...named] };
  },
  'assist.closeHelperHours': (rows, p) => ({ calendar: versioned(rows.calendar(p.calendarId)), appointments: records(rows.calendarAppointments(p.calendarId)) }),
  'assist.cancelAppointment': (rows, p) => ({ appointment: versioned(rows.appointment(p.appointmentId)) }),
  'assist.markAppointmentNoShow': (rows, p) => ({ appointment: versioned(rows.appointment(p.appointmentId)) }),
  'assist.requestHelp': (rows, p) => ({ servicePoint: rows.servicePoint(p.servicePointId)?.record ?? null, openRequests: records(rows.openRequests(p.servicePointId)) }),
  'assist.answerHelpRequest': (rows, p) => ({ request: versioned(rows.helpRequest(p.requestId)) }),
};

export function loadAssistState<T extends AssistCommandType>(db: SqliteDatabase, type: T, payload: AssistCommandPayload<T>, today: string): AssistCommandStates[T] {
  return (LOADERS[type] as Loader<T>)(asRows(db), payload, today);
}

/** The service point a command acts at, as the cache knows it (null: its rows are unknown here). */
export function servicePointOf(db: SqliteDatabase, type: AssistCommandType, payload: Record<string, unknown>): string | null {
  const rows = asRows(db);
  const id = (k: string) => (typeof payload[k] === 'string' ? (payload[k] as string) : null);
  switch (type) {
    case 'assist.recallTicket':
    case 'assist.markNoShow':
    case 'assist.startService':
    case 'assist.finishService':
    case 'assist.transferTicket':
      return rows.ticket(id('ticketId') ?? '')?.record.servicePointId ?? null;
    case 'assist.bookAppointment':
    case 'assist.closeHelperHours':
      return rows.calendar(id('calendarId') ?? '')?.record.servicePointId ?? null;
    case 'assist.cancelAppointment':
    case 'assist.markAppointmentNoShow':
      return rows.appointment(id('appointmentId') ?? '')?.record.servicePointId ?? null;
    case 'assist.answerHelpRequest':
      return rows.helpRequest(id('requestId') ?? '')?.record.servicePointId ?? null;
    default:
      return id('servicePointId');
  }
}
