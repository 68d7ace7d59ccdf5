import type { OpeningHoursRecord, ReservationUnit, Space, Unit, UnitGroup } from '../../../domain/bookings/entities.ts';
import type { ReservationUnitOption } from '../../../domain/bookings/contract.ts';
import { buildRelationIndex, type RelationIndex } from '../../../domain/space-holds/related-units.ts';
import type { UnitGroups } from '../../../domain/roles.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';

/**
 * The bookings structure as the cache holds it: units, their groups, reservation units, spaces and
 * opening hours. Small (hundreds of rows), read whole per query; the reservations are what is big.
 */
const statements = preparedFor((db: SqliteDatabase) => ({
  units: db.prepare<[], { data: string }>('SELECT data FROM booking_unit ORDER BY name_sort, id'),
  unit: db.prepare<[string], { data: string }>('SELECT data FROM booking_unit WHERE id = ?'),
  groups: db.prepare<[], { data: string }>('SELECT data FROM booking_unit_group'),
  reservationUnits: db.prepare<[], { data: string }>('SELECT data FROM reservation_unit ORDER BY name_sort, id'),
  reservationUnit: db.prepare<[string], { data: string }>('SELECT data FROM reservation_unit WHERE id = ?'),
  spaces: db.prepare<[], { data: string }>('SELECT data FROM booking_space'),
  hours: db.prepare<[string, string, string], { data: string }>(
    'SELECT data FROM booking_opening_hours WHERE unit_id = ? AND from_date <= ? AND to_date >= ? ORDER BY from_date DESC, id',
  ),
}));

const parse = <T>(row: { data: string } | undefined): T | null => (row ? (JSON.parse(row.data) as T) : null);
const parseAll = <T>(rows: readonly { data: string }[]): T[] => rows.map((r) => JSON.parse(r.data) as T);

export const loadUnits = (db: SqliteDatabase): Unit[] => parseAll(statements(db).units.all());
export const loadUnit = (db: SqliteDatabase, id: string): Unit | null => parse(statements(db).unit.get(id));
export const loadReservationUnits = (db: SqliteDatabase): ReservationUnit[] => parseAll(statements(db).reservationUnits.all());
export const loadReservationUnit = (db: SqliteDatabase, id: string): ReservationUnit | null => parse(statements(db).reservationUnit.get(id));

/** Which units each group holds, for grants given on a group. */
export function loadUnitGroups(db: SqliteDatabase): UnitGroups {
  return new Map(parseAll<UnitGroup>(statements(db).groups.all()).map((g) => [g.id, g.unitIds]));
}

/** Which reservation units take time from each other, over everything cached. */
export function loadRelations(db: SqliteDatabase): RelationIndex {
  const spaces = parseAll<Space>(statements(db).spaces.all());
  return buildRelationIndex(spaces, loadReservationUnits(db));
}

export function reservationUnitOption(u: ReservationUnit): ReservationUnitOption {
  return {
    id: u.id,
    unitId: u.unitId,
    name: u.name,
    requiresHandling: u.requiresHandling,
    blockWholeDay: u.blockWholeDay,
    minDurationMin: u.minDurationMin,
    maxDurationMin: u.maxDurationMin,
    startIntervalMin: u.startIntervalMin,
    bufferBeforeMin: u.bufferBeforeMin,
    bufferAfterMin: u.bufferAfterMin,
  };
}

export type Intervals = { begin: string; end: string }[];

/**
 * A reservation unit's opening hours on a date: its own when it has them, else its unit's; null
 * when no record covers the date (unknown, which is not the same as closed).
 */
export function openingOn(db: SqliteDatabase, ru: Pick<ReservationUnit, 'id' | 'unitId'>, date: string): Intervals | null {
  const records = parseAll<OpeningHoursRecord>(statements(db).hours.all(ru.unitId, date, date));
  const record = records.find((r) => r.reservationUnitId === ru.id) ?? records.find((r) => r.reservationUnitId === null);
  return record ? [...(record.days[date] ?? [])] : null;
}
