import type { ParsedInput } from '../../../domain/contract.ts';
import type { OpeningHours } from '../../../domain/bookings/series.ts';
import type { OccurrencePreviewView } from '../../../domain/bookings/contract.ts';
import { labelBlockers } from './blocker-labels.ts';
import type { ReservationUnit } from '../../../domain/bookings/entities.ts';
import { previewSeries as previewRule, seriesOccurrences } from '../../../domain/bookings/series.ts';
import { bookedBuffers } from '../../../domain/bookings/decide-new-reservation.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import { addDays, startOfHelsinkiDay } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { BookingRights } from './rights.ts';
import { loadRelations, loadReservationUnit, openingOn } from './structure.ts';
import { relatedBookings } from './timeline.ts';

const ROUND_THE_CLOCK = [{ begin: '00:00', end: '24:00' }];

/**
 * The opening hours of the series' dates. Staff bookings may fall outside them (brief 4.7), so they
 * are told, not refused: the preview marks those dates for the handler to decide. A date no record
 * covers is unknown, never marked closed.
 */
export function hoursOf(db: SqliteDatabase, ru: ReservationUnit, dates: readonly string[]): OpeningHours | null {
  const hours: Record<string, { begin: string; end: string }[]> = {};
  let known = false;
  for (const date of dates) {
    const open = openingOn(db, ru, date);
    known ||= open !== null;
    hours[date] = open ?? ROUND_THE_CLOCK;
  }
  return known ? hours : null;
}

/** Every date of the pattern with its status: free, in conflict (with whom), outside opening hours. */
export function previewSeries(db: SqliteDatabase, rights: BookingRights, input: ParsedInput<'bookings.previewSeries'>): Result<OccurrencePreviewView[]> {
  const ru = loadReservationUnit(db, input.reservationUnitId);
  if (!ru) return fail('not_found', `The reservation unit ${input.reservationUnitId} does not exist.`);
  if (!rights.may('bookings.reservations.read', ru.unitId)) return fail('forbidden', 'Your roles do not cover this unit.');
  const pattern = { ...input, weekdays: [...new Set(input.weekdays)] };
  const occurrences = seriesOccurrences(pattern);
  if (!occurrences.ok) return fail('series_pattern_invalid', `The series pattern cannot be booked: ${occurrences.problem}.`, { problem: occurrences.problem });
  const relations = loadRelations(db);
  const from = startOfHelsinkiDay(input.beginDate);
  const to = startOfHelsinkiDay(addDays(input.endDate, 1));
  const existing = relatedBookings(db, relations, ru.id, from, to);
  const preview = previewRule({
    occurrences: occurrences.occurrences,
    booking: { reservationUnitId: ru.id, type: input.type, ...bookedBuffers(input.type, ru, input.bufferBeforeMin, input.bufferAfterMin) },
    existing,
    relations,
    openingHours: hoursOf(db, ru, occurrences.occurrences.map((o) => o.date)),
  });
  return ok(preview.map((o) => ({ ...o, blockers: labelBlockers(db, existing, o.blockers) })));
}
