import type { Method, ParsedInput } from '../../../domain/contract.ts';
import type { BookingCommandPayload } from '../../../domain/bookings/commands.ts';
import { seriesOccurrences, type SeriesPattern } from '../../../domain/bookings/series.ts';
import type { CommandSpec } from '../cache/workspace.ts';

/**
 * One new id per date a series pattern books, skipped dates left out, in date order: what the
 * deciders pair them with (a reschedule's date whose occurrence only moves leaves its id unused).
 * A pattern that books nothing gets none, and the payload schema refuses it before anything is
 * queued.
 */
function occurrenceIds(pattern: SeriesPattern, skipDates: readonly string[], newId: () => string): string[] {
  const occurrences = seriesOccurrences({ ...pattern, weekdays: [...new Set(pattern.weekdays)] });
  if (!occurrences.ok) return [];
  const skipped = new Set(skipDates);
  return occurrences.occurrences.filter((o) => !skipped.has(o.date)).map(() => newId());
}

/** Contract method -> the command it queues and its wire payload (client-chosen ids made here). */
export const BOOKING_COMMAND_SPECS: Partial<Record<Method, CommandSpec>> = {
  'bookings.approveReservation': {
    type: 'bookings.approveReservation',
    payload: (input): BookingCommandPayload<'bookings.approveReservation'> => ({ ...(input as ParsedInput<'bookings.approveReservation'>) }),
  },
  'bookings.denyReservation': {
    type: 'bookings.denyReservation',
    payload: (input): BookingCommandPayload<'bookings.denyReservation'> => ({ ...(input as ParsedInput<'bookings.denyReservation'>) }),
  },
  'bookings.returnToHandling': {
    type: 'bookings.returnToHandling',
    payload: (input): BookingCommandPayload<'bookings.returnToHandling'> => ({ reservationId: (input as ParsedInput<'bookings.returnToHandling'>).reservationId }),
  },
  'bookings.cancelReservation': {
    type: 'bookings.cancelReservation',
    payload: (input): BookingCommandPayload<'bookings.cancelReservation'> => ({ ...(input as ParsedInput<'bookings.cancelReservation'>) }),
  },
  'bookings.createStaffReservation': {
    type: 'bookings.createStaffReservation',
    payload: (input, _today, newId): BookingCommandPayload<'bookings.createStaffReservation'> => ({
      ...(input as ParsedInput<'bookings.createStaffReservation'>),
      reservationId: newId(),
    }),
  },
  'bookings.createSeries': {
    type: 'bookings.createSeries',
    payload: (input, _today, newId): BookingCommandPayload<'bookings.createSeries'> => {
      const i = input as ParsedInput<'bookings.createSeries'>;
      return { ...i, seriesId: newId(), reservationIds: occurrenceIds(i, i.skipDates, newId) };
    },
  },
  'bookings.endSeries': {
    type: 'bookings.endSeries',
    payload: (input): BookingCommandPayload<'bookings.endSeries'> => ({ ...(input as ParsedInput<'bookings.endSeries'>) }),
  },
  'bookings.setPrices': {
    type: 'bookings.setPrices',
    payload: (input): BookingCommandPayload<'bookings.setPrices'> => ({ ...(input as ParsedInput<'bookings.setPrices'>) }),
  },
  'bookings.setUnitRules': {
    type: 'bookings.setUnitRules',
    payload: (input): BookingCommandPayload<'bookings.setUnitRules'> => ({ ...(input as ParsedInput<'bookings.setUnitRules'>) }),
  },
  'bookings.rescheduleSeries': {
    type: 'bookings.rescheduleSeries',
    payload: (input, _today, newId): BookingCommandPayload<'bookings.rescheduleSeries'> => {
      const i = input as ParsedInput<'bookings.rescheduleSeries'>;
      return { ...i, reservationIds: occurrenceIds({ ...i, beginDate: i.fromDate }, i.skipDates, newId) };
    },
  },
};
