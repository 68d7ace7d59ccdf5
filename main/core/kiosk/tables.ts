import type { EntityName } from '../../../domain/workspaces.ts';
import type { EntityTableSpec, SqlValue } from '../cache/entity-table.ts';

/**
 * Table specs for rows that may be partial: a kiosk's cache holds only the public fields the
 * central's kiosk feed sends, so every typed column reads its field defensively (a missing one is
 * NULL) and no spec has a search index over fields a kiosk never gets.
 */
type Row = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const ms = (v: unknown): number | null => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? Date.parse(v) : null);

function spec(entity: EntityName, table: string, columns: readonly string[] = [], values: (r: Row) => SqlValue[] = () => []): EntityTableSpec<Row> {
  return { entity, table, columns, values };
}

/** The kiosk entities, whole in a staff cache and projected in a kiosk's. */
export const KIOSK_ENTITY_TABLES = [
  spec('kiosk_terminal', 'kiosk_terminal', ['service_point_id'], (r) => [text(r.servicePointId)]),
  spec('kiosk_event', 'kiosk_event', ['service_point_id', 'starts_ms'], (r) => [text(r.servicePointId), ms(r.startsAt)]),
] as const;

/** Other workspaces' entities as a kiosk receives them: their public parts only. */
export const KIOSK_PUBLIC_TABLES = [
  spec('booking_unit', 'kiosk_pub_booking_unit'),
  spec('booking_space', 'kiosk_pub_booking_space'),
  spec('reservation_unit', 'kiosk_pub_reservation_unit', ['unit_id'], (r) => [text(r.unitId)]),
  spec('booking_opening_hours', 'kiosk_pub_opening_hours', ['unit_id'], (r) => [text(r.unitId)]),
  spec('reservation', 'kiosk_pub_reservation', ['reservation_unit_id', 'begins_ms', 'ends_ms'], (r) => [text(r.reservationUnitId), ms(r.beginsAt), ms(r.endsAt)]),
  spec('as_service_point', 'kiosk_pub_service_point'),
  spec('as_helper_calendar', 'kiosk_pub_helper_calendar', ['service_point_id', 'date'], (r) => [text(r.servicePointId), text(r.date)]),
  spec('as_queue_ticket', 'kiosk_pub_queue_ticket', ['service_point_id', 'service_date'], (r) => [text(r.servicePointId), text(r.serviceDate)]),
  spec('as_appointment', 'kiosk_pub_appointment', ['calendar_id'], (r) => [text(r.calendarId)]),
] as const;
