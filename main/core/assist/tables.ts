import type { Appointment, HelperCalendar, HelpRequest, HelpSession, QueueTicket, ServicePoint } from '../../../domain/assist/entities.ts';
import type { EntityTableSpec } from '../cache/entity-table.ts';

/** Every Assistance entity's table (main/core/db/migrations/006-assist.ts). */
export const ASSIST_TABLES = [
  { entity: 'as_service_point', table: 'as_service_point', columns: [], values: () => [] } satisfies EntityTableSpec<ServicePoint>,
  { entity: 'as_helper_calendar', table: 'as_helper_calendar', columns: ['service_point_id', 'date'], values: (c) => [c.servicePointId, c.date] } satisfies EntityTableSpec<HelperCalendar>,
  {
    entity: 'as_queue_ticket',
    table: 'as_queue_ticket',
    columns: ['service_point_id', 'service_date', 'status', 'queued_ms'],
    values: (t) => [t.servicePointId, t.serviceDate, t.status, Date.parse(t.queuedAt)],
  } satisfies EntityTableSpec<QueueTicket>,
  { entity: 'as_help_session', table: 'as_help_session', columns: ['service_point_id', 'occurred_ms'], values: (s) => [s.servicePointId, Date.parse(s.occurredAt)] } satisfies EntityTableSpec<HelpSession>,
  {
    entity: 'as_appointment',
    table: 'as_appointment',
    columns: ['service_point_id', 'calendar_id', 'starts_ms'],
    values: (a) => [a.servicePointId, a.calendarId, Date.parse(a.startsAt)],
  } satisfies EntityTableSpec<Appointment>,
  { entity: 'as_help_request', table: 'as_help_request', columns: ['service_point_id', 'status'], values: (r) => [r.servicePointId, r.status] } satisfies EntityTableSpec<HelpRequest>,
] as const satisfies readonly EntityTableSpec<never>[];
