import type { Reservation } from '../../../domain/bookings/entities.ts';
import { addDays, helsinkiDateOf } from '../../../domain/wall-clock.ts';
import type { Db, Queryable } from '../../db/db.ts';
import { numberChanges } from '../../sync/feed.ts';
import { loadRecords } from '../../sync/seed-load.ts';
import { insertSlotRows, slotRows as slotRowsOf } from '../slots.ts';
import { bookingStructure } from '../structure.ts';
import { generateBookings } from './generate-bookings.ts';
import { seedOpeningHours } from './opening-hours.ts';
import { bookingRecords } from './records.ts';
import { loadBookingsReferenceData } from './reference-data.ts';

/** Rows per statement: big enough to amortise round trips, small enough for one JSON parameter. */
/** Reservations whose slot rows go in one statement. */
const SLOT_CHUNK = 500;

export interface BookingSeedOptions {
  /** Generated reservations; 0 seeds the reference data only. */
  count: number;
  seed: number;
  /** The seed's "now": the season runs from six weeks before it to four months after. */
  now: Date;
}

export interface BookingSeedCounts {
  units: number;
  spaces: number;
  reservationUnits: number;
  reservations: number;
  series: number;
  slotRows: number;
}

/**
 * New reservations with their slot rows (feed lines numbered as written; the caller's transaction
 * ends with `numberChanges`). Throws the exclusion
 * violation when two of them, or one and a stored one, are in each other's time. Answers the
 * number of slot rows written.
 */
export async function storeReservations(tx: Queryable, reservations: readonly Reservation[]): Promise<number> {
  await loadRecords(tx, 'reservation', reservations);
  const structure = await bookingStructure(tx);
  let written = 0;
  for (let i = 0; i < reservations.length; i += SLOT_CHUNK) {
    const rows = reservations.slice(i, i + SLOT_CHUNK).flatMap((r) => slotRowsOf(r, structure.reservationUnits.get(r.reservationUnitId)!, structure.ancestorsOf));
    written += rows.length;
    await insertSlotRows(tx, rows);
  }
  return written;
}

/**
 * The bookings workspace's demo data, in one transaction: the units of the reference data with
 * their spaces, resources, reservation units, unit groups, deny reasons and a year of opening
 * hours, and a generated
 * season around the seed time, so the handling queue (from today on) always has requests. Every
 * blocking reservation takes its slot rows: the exclusion constraint checks the generator too.
 */
export async function seedBookings(db: Db, options: BookingSeedOptions): Promise<BookingSeedCounts> {
  const data = loadBookingsReferenceData();
  const records = bookingRecords(data);
  const today = helsinkiDateOf(options.now.getTime());
  const season = options.count > 0
    ? generateBookings(data, { from: addDays(today, -42), to: addDays(today, 120), seed: options.seed, count: options.count, now: options.now.toISOString() })
    : { reservations: [] as Reservation[], series: [] };
  // A year of hours from the season's start: the calendars' background and the series preview's.
  const openingHours = seedOpeningHours(records.units.map((u) => u.id), data.unitGroups, addDays(today, -42), addDays(today, 365));
  let slotRows = 0;
  await db.transaction(async (tx) => {
    await loadRecords(tx, 'booking_unit', records.units);
    await loadRecords(tx, 'booking_unit_group', records.unitGroups);
    await loadRecords(tx, 'booking_space', records.spaces);
    await loadRecords(tx, 'booking_resource', records.resources);
    await loadRecords(tx, 'reservation_unit', records.reservationUnits);
    await loadRecords(tx, 'deny_reason', records.denyReasons);
    await loadRecords(tx, 'booking_opening_hours', openingHours);
    await loadRecords(tx, 'reservation_series', season.series);
    slotRows = await storeReservations(tx, season.reservations);
    await numberChanges(tx);
  });
  return {
    units: records.units.length,
    spaces: records.spaces.length,
    reservationUnits: records.reservationUnits.length,
    reservations: season.reservations.length,
    series: season.series.length,
    slotRows,
  };
}
