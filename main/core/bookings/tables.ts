import type { DenyReason, OpeningHoursRecord, Reservation, ReservationEvent, ReservationSeries, ReservationUnit, Resource, Space, Unit } from '../../../domain/bookings/entities.ts';
import type { EntityTableSpec, Sidecar } from '../cache/entity-table.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { finnishSortKey } from '../cache/search-text.ts';
import { reserveeName } from './reservee.ts';

const digits = (s: string) => s.replace(/\D+/g, '');

/** The search columns of a reservation, in reservation_fts column order. */
export function reservationSearchText(r: Reservation): string[] {
  const phoneDigits = digits(r.reserveePhone);
  // The local form too (040...), so a number typed either way is found.
  const localPhone = phoneDigits.startsWith('358') ? `0${phoneDigits.slice(3)}` : '';
  return [
    `${r.name} ${r.description}`,
    `${r.reserveeFirstName} ${r.reserveeLastName}`,
    `${r.reserveeOrganisation ?? ''} ${r.reserveeBusinessId ?? ''}`,
    `${r.reserveeEmail} ${r.reserveePhone} ${phoneDigits} ${localPhone}`,
    r.id,
  ];
}

function reservationSidecar(db: SqliteDatabase): Sidecar<Reservation> {
  const put = db.prepare('INSERT OR REPLACE INTO reservation_fts (rowid, name, reservee, organisation, contact, ids) VALUES (?, ?, ?, ?, ?, ?)');
  const del = db.prepare<[number | bigint]>('DELETE FROM reservation_fts WHERE rowid = ?');
  const clear = db.prepare('DELETE FROM reservation_fts');
  const same = (a: readonly string[], b: readonly string[]) => a.every((x, i) => x === b[i]);
  return {
    // Most updates change a state, not what is searched: skip the index work then.
    write(rowid, _id, r, previous) {
      const text = reservationSearchText(r);
      if (!previous || !same(reservationSearchText(previous), text)) put.run(rowid, ...text);
    },
    remove: (rowid) => void del.run(rowid),
    clear: () => void clear.run(),
  };
}

const unit: EntityTableSpec<Unit> = { entity: 'booking_unit', table: 'booking_unit', columns: ['name_sort'], values: (u) => [finnishSortKey(u.name.fi)] };
const space: EntityTableSpec<Space> = { entity: 'booking_space', table: 'booking_space', columns: ['unit_id'], values: (s) => [s.unitId] };
const resource: EntityTableSpec<Resource> = { entity: 'booking_resource', table: 'booking_resource', columns: ['unit_id'], values: (r) => [r.unitId] };
const reservationUnit: EntityTableSpec<ReservationUnit> = {
  entity: 'reservation_unit',
  table: 'reservation_unit',
  columns: ['unit_id', 'name_sort'],
  values: (u) => [u.unitId, finnishSortKey(u.name.fi)],
};
const denyReason: EntityTableSpec<DenyReason> = { entity: 'deny_reason', table: 'deny_reason', columns: ['rank'], values: (d) => [d.rank] };
const openingHours: EntityTableSpec<OpeningHoursRecord> = {
  entity: 'booking_opening_hours',
  table: 'booking_opening_hours',
  columns: ['unit_id', 'reservation_unit_id', 'from_date', 'to_date'],
  values: (h) => [h.unitId, h.reservationUnitId, h.from, h.to],
};
const series: EntityTableSpec<ReservationSeries> = {
  entity: 'reservation_series',
  table: 'reservation_series',
  columns: ['unit_id', 'reservation_unit_id'],
  values: (s) => [s.unitId, s.reservationUnitId],
};
const reservation: EntityTableSpec<Reservation> = {
  entity: 'reservation',
  table: 'reservation',
  columns: ['unit_id', 'reservation_unit_id', 'series_id', 'state', 'type', 'begins_ms', 'ends_ms', 'created_ms', 'name_sort', 'reservee_sort', 'price_cents', 'payment', 'user_id'],
  values: (r) => [
    r.unitId,
    r.reservationUnitId,
    r.seriesId,
    r.state,
    r.type,
    Date.parse(r.beginsAt),
    Date.parse(r.endsAt),
    Date.parse(r.createdAt),
    finnishSortKey(r.name),
    finnishSortKey(reserveeName(r)),
    r.priceCents,
    r.paymentStatus ?? 'FREE',
    r.userId,
  ],
  sidecar: reservationSidecar,
};
const event: EntityTableSpec<ReservationEvent> = {
  entity: 'reservation_event',
  table: 'reservation_event',
  columns: ['reservation_id', 'at_ms'],
  values: (e) => [e.reservationId, Date.parse(e.at)],
};

/** Every bookings entity's table. */
export const BOOKING_TABLES = [
  unit,
  { entity: 'booking_unit_group', table: 'booking_unit_group', columns: [], values: () => [] },
  space,
  resource,
  reservationUnit,
  denyReason,
  openingHours,
  series,
  reservation,
  event,
] as const satisfies readonly EntityTableSpec<never>[];
