import type { BookingCommandPayload } from '../../domain/bookings/commands.ts';
import { spanOf } from '../../domain/space-holds/held-span.ts';
import { bookedBuffers } from '../../domain/bookings/decide-new-reservation.ts';
import type { ReservationUnit } from '../../domain/bookings/entities.ts';
import { seriesOccurrences } from '../../domain/bookings/series.ts';
import type { Window } from './command-state.ts';

/**
 * The buffered time of each date a new series would book (its pattern's occurrences but the
 * skipped dates, with the buffers the decider gives them): only bookings that meet one of these
 * can stand in its way. None when the pattern cannot be booked; the decider refuses it anyway.
 */
export function seriesWindows(
  p: Pick<BookingCommandPayload<'bookings.createSeries'>, 'beginDate' | 'endDate' | 'weekdays' | 'recurrenceInDays' | 'beginTime' | 'endTime' | 'skipDates' | 'type' | 'bufferBeforeMin' | 'bufferAfterMin'>,
  unit: ReservationUnit,
): Window[] {
  const weekdays = [...new Set(p.weekdays)];
  const series = seriesOccurrences({ beginDate: p.beginDate, endDate: p.endDate, weekdays, recurrenceInDays: p.recurrenceInDays, beginTime: p.beginTime, endTime: p.endTime });
  if (!series.ok) return [];
  const skipped = new Set(p.skipDates);
  const booking = { type: p.type, ...bookedBuffers(p.type, unit, p.bufferBeforeMin, p.bufferAfterMin) };
  return series.occurrences
    .filter((o) => !skipped.has(o.date))
    .map((o) => {
      const span = spanOf({ ...booking, beginsAt: o.beginsAt, endsAt: o.endsAt }, unit);
      return { from: span.begin - span.before, to: span.end + span.after };
    });
}
