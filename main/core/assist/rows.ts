import type { Appointment, HelperCalendar, HelpRequest, HelpSession, QueueTicket, ServicePoint } from '../../../domain/assist/entities.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';

/** A record as the cache holds it: its version and whether a local command changed it. */
export type Cached<T> = Versioned<T> & { pending: boolean };
type Row = VersionedData & { pending: number };

const cached = <T>(r: Row): Cached<T> => ({ record: JSON.parse(r.data) as T, version: r.version, pending: r.pending === 1 });
const COLS = 'version, data, pending';

const statements = preparedFor((db: SqliteDatabase) => {
  const one = (table: string) => db.prepare<[string], Row>(`SELECT ${COLS} FROM ${table} WHERE id = ?`);
  return {
    servicePoint: one('as_service_point'),
    servicePoints: db.prepare<[], Row>(`SELECT ${COLS} FROM as_service_point ORDER BY id`),
    ticket: one('as_queue_ticket'),
    ticketsOfDay: db.prepare<[string, string], Row>(`SELECT ${COLS} FROM as_queue_ticket WHERE service_point_id = ? AND service_date = ? ORDER BY queued_ms, id`),
    ticketsQueued: db.prepare<[number, number], Row & { sp: string }>(`SELECT ${COLS}, service_point_id AS sp FROM as_queue_ticket WHERE queued_ms >= ? AND queued_ms < ? ORDER BY queued_ms, id`),
    session: one('as_help_session'),
    sessionsOf: db.prepare<[string, number, number, number, number], Row>(
      `SELECT ${COLS} FROM as_help_session WHERE service_point_id = ? AND occurred_ms >= ? AND occurred_ms < ? ORDER BY occurred_ms DESC, id DESC LIMIT ? OFFSET ?`,
    ),
    sessionCount: db.prepare<[string, number, number], { n: number }>('SELECT count(*) AS n FROM as_help_session WHERE service_point_id = ? AND occurred_ms >= ? AND occurred_ms < ?'),
    sessionsOccurred: db.prepare<[number, number], Row & { sp: string }>(`SELECT ${COLS}, service_point_id AS sp FROM as_help_session WHERE occurred_ms >= ? AND occurred_ms < ? ORDER BY occurred_ms, id`),
    calendar: one('as_helper_calendar'),
    calendarsOf: db.prepare<[string, string, string], Row>(`SELECT ${COLS} FROM as_helper_calendar WHERE service_point_id = ? AND date >= ? AND date <= ? ORDER BY date, id`),
    calendarsOn: db.prepare<[string], Row>(`SELECT ${COLS} FROM as_helper_calendar WHERE date = ? ORDER BY id`),
    appointment: one('as_appointment'),
    calendarAppointments: db.prepare<[string], Row>(`SELECT ${COLS} FROM as_appointment WHERE calendar_id = ? ORDER BY starts_ms, id`),
    appointmentsOf: db.prepare<[string, number, number], Row>(`SELECT ${COLS} FROM as_appointment WHERE service_point_id = ? AND starts_ms >= ? AND starts_ms < ? ORDER BY starts_ms, id`),
    appointmentsStarting: db.prepare<[number, number], Row & { sp: string }>(`SELECT ${COLS}, service_point_id AS sp FROM as_appointment WHERE starts_ms >= ? AND starts_ms < ? ORDER BY starts_ms, id`),
    helpRequest: one('as_help_request'),
    openRequests: db.prepare<[string], Row>(`SELECT ${COLS} FROM as_help_request WHERE service_point_id = ? AND status <> 'closed' ORDER BY id`),
  };
});

/** Typed reads of the Assistance rows of the cache (optimistic rows included). Ranges are [from, to) in ms. */
export function asRows(db: SqliteDatabase) {
  const s = statements(db);
  const get = <T>(stmt: { get(id: string): Row | undefined }, id: string): Cached<T> | null => {
    const r = stmt.get(id);
    return r ? cached<T>(r) : null;
  };
  /** Rows of some service points (all: no filter), read once over the range. */
  const inPoints = <T>(rows: (Row & { sp: string })[], points: 'all' | readonly string[]) => {
    const keep = points === 'all' ? null : new Set(points);
    return rows.filter((r) => keep === null || keep.has(r.sp)).map((r) => cached<T>(r));
  };
  return {
    servicePoint: (id: string) => get<ServicePoint>(s.servicePoint, id),
    servicePoints: () => s.servicePoints.all().map((r) => cached<ServicePoint>(r)),
    ticket: (id: string) => get<QueueTicket>(s.ticket, id),
    ticketsOfDay: (servicePointId: string, date: string) => s.ticketsOfDay.all(servicePointId, date).map((r) => cached<QueueTicket>(r)),
    ticketsQueued: (points: 'all' | readonly string[], from: number, to: number) => inPoints<QueueTicket>(s.ticketsQueued.all(from, to), points),
    session: (id: string) => get<HelpSession>(s.session, id),
    sessionsOf: (servicePointId: string, from: number, to: number, limit: number, offset: number) => s.sessionsOf.all(servicePointId, from, to, limit, offset).map((r) => cached<HelpSession>(r)),
    sessionCount: (servicePointId: string, from: number, to: number) => s.sessionCount.get(servicePointId, from, to)?.n ?? 0,
    sessionsOccurred: (points: 'all' | readonly string[], from: number, to: number) => inPoints<HelpSession>(s.sessionsOccurred.all(from, to), points),
    calendar: (id: string) => get<HelperCalendar>(s.calendar, id),
    calendarsOf: (servicePointId: string, from: string, to: string) => s.calendarsOf.all(servicePointId, from, to).map((r) => cached<HelperCalendar>(r)),
    /** Every calendar on the day, at any service point the cache holds. */
    calendarsOn: (date: string) => s.calendarsOn.all(date).map((r) => cached<HelperCalendar>(r)),
    appointment: (id: string) => get<Appointment>(s.appointment, id),
    calendarAppointments: (calendarId: string) => s.calendarAppointments.all(calendarId).map((r) => cached<Appointment>(r)),
    appointmentsOf: (servicePointId: string, from: number, to: number) => s.appointmentsOf.all(servicePointId, from, to).map((r) => cached<Appointment>(r)),
    appointmentsStarting: (points: 'all' | readonly string[], from: number, to: number) => inPoints<Appointment>(s.appointmentsStarting.all(from, to), points),
    helpRequest: (id: string) => get<HelpRequest>(s.helpRequest, id),
    openRequests: (servicePointId: string) => s.openRequests.all(servicePointId).map((r) => cached<HelpRequest>(r)),
  };
}

export type AsRows = ReturnType<typeof asRows>;

export const records = <T>(rows: readonly Cached<T>[]): T[] => rows.map((r) => r.record);
export const versions = <T>(rows: readonly Cached<T>[]): Versioned<T>[] => rows.map((r) => ({ record: r.record, version: r.version }));
