import type { CalendarBlock, DayCalendar, WeekCalendar } from '../../../domain/bookings/contract.ts';
import type { Reservation, ReservationUnit } from '../../../domain/bookings/entities.ts';
import type { UnitRelation } from '../../../domain/space-holds/related-units.ts';
import { isBlockingState } from '../../../domain/bookings/conflicts.ts';
import { spanOf } from '../../../domain/space-holds/held-span.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { addDays, isoWeekday, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { BookingRights } from './rights.ts';
import { bookingLabel } from './reservee.ts';
import { loadRelations, loadReservationUnit, loadReservationUnits, loadUnit, openingOn, reservationUnitOption } from './structure.ts';
import { BUFFER_REACH_MS, bookingsBetween, type StoredReservation } from './timeline.ts';

const MINUTE_MS = 60_000;

/** A booking as a calendar draws it: its own time and its effective buffers (conflicts.ts spanOf). */
function block(stored: StoredReservation, unit: ReservationUnit, relation: 'self' | UnitRelation): CalendarBlock {
  const r = stored.record;
  const span = spanOf(r, unit);
  return {
    reservationId: r.id,
    reservationUnitId: r.reservationUnitId,
    beginsAt: r.beginsAt,
    endsAt: r.endsAt,
    bufferBeforeMin: Math.round(span.before / MINUTE_MS),
    bufferAfterMin: Math.round(span.after / MINUTE_MS),
    state: r.state,
    type: r.type,
    label: bookingLabel(r),
    pending: stored.pending,
    relation,
  };
}

/** The blocking bookings of a reservation unit whose buffered time meets [from, to). */
function blocksOf(db: SqliteDatabase, unit: ReservationUnit, fromMs: number, toMs: number, relation: 'self' | UnitRelation): CalendarBlock[] {
  return bookingsBetween(db, unit.id, fromMs - BUFFER_REACH_MS, toMs + BUFFER_REACH_MS)
    .filter((s) => isBlockingState(s.record.state) && meets(s.record, unit, fromMs, toMs))
    .map((s) => block(s, unit, relation));
}

function meets(r: Reservation, unit: ReservationUnit, fromMs: number, toMs: number): boolean {
  const span = spanOf(r, unit);
  return span.begin - span.before < toMs && span.end + span.after > fromMs;
}

const byBegin = (a: CalendarBlock, b: CalendarBlock) => a.beginsAt.localeCompare(b.beginsAt) || a.reservationId.localeCompare(b.reservationId);

/** One row per reservation unit of the unit, with the day's opening hours and bookings. */
export function dayCalendar(db: SqliteDatabase, rights: BookingRights, unitId: string, date: string): Result<DayCalendar> {
  if (!loadUnit(db, unitId)) return fail('not_found', `The unit ${unitId} does not exist.`);
  if (!rights.may('bookings.reservations.read', unitId)) return fail('forbidden', 'Your roles do not cover this unit.');
  const from = startOfHelsinkiDay(date);
  const to = startOfHelsinkiDay(addDays(date, 1));
  const rows = loadReservationUnits(db)
    .filter((ru) => ru.unitId === unitId)
    .map((ru) => ({ reservationUnit: reservationUnitOption(ru), opening: openingOn(db, ru, date) ?? [], blocks: blocksOf(db, ru, from, to, 'self') }));
  return ok({ date, unitId, rows });
}

/** A reservation unit's week, Monday to Sunday, with the related units' bookings that block it. */
export function weekCalendar(db: SqliteDatabase, rights: BookingRights, reservationUnitId: string, weekOf: string): Result<WeekCalendar> {
  const ru = loadReservationUnit(db, reservationUnitId);
  if (!ru) return fail('not_found', `The reservation unit ${reservationUnitId} does not exist.`);
  if (!rights.may('bookings.reservations.read', ru.unitId)) return fail('forbidden', 'Your roles do not cover this unit.');
  const monday = addDays(weekOf, 1 - isoWeekday(weekOf));
  const relations = loadRelations(db);
  const weekFrom = startOfHelsinkiDay(monday);
  const weekTo = startOfHelsinkiDay(addDays(monday, 7));
  const blocks: CalendarBlock[] = [];
  for (const [otherId, relation] of relations.related(ru.id)) {
    const other = otherId === ru.id ? ru : loadReservationUnit(db, otherId);
    if (!other || !rights.may('bookings.reservations.read', other.unitId)) continue;
    blocks.push(...blocksOf(db, other, weekFrom, weekTo, otherId === ru.id ? 'self' : relation));
  }
  blocks.sort(byBegin);
  const days = Array.from({ length: 7 }, (_, i) => {
    const date = addDays(monday, i);
    const from = startOfHelsinkiDay(date);
    const to = startOfHelsinkiDay(addDays(date, 1));
    const dayBlocks = blocks.filter((b) => Date.parse(b.beginsAt) - b.bufferBeforeMin * MINUTE_MS < to && Date.parse(b.endsAt) + b.bufferAfterMin * MINUTE_MS > from);
    return { date, opening: openingOn(db, ru, date) ?? [], blocks: dayBlocks };
  });
  return ok({ reservationUnit: reservationUnitOption(ru), days });
}
