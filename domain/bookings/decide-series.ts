import type { CommandContext } from '../sync/command-context.ts';
import type { BookingCommandPayload } from './commands.ts';
import type { ReservationSeries, ReservationUnit } from './entities.ts';
import type { RelationIndex } from '../space-holds/related-units.ts';
import type { ReservationTiming } from './vocabulary.ts';
import { eventIdFor, reject, reservationEvent, type BookingDecision, type BookingPut } from './decide-result.ts';
import { bookedBuffers, reserveeRefusal, staffReservation, unitRefusal } from './decide-new-reservation.ts';
import { createSeries, seriesOccurrences } from './series.ts';

/** What the caller loads for a new series (central: under row locks on the related units). */
export interface SeriesState {
  reservationUnit: ReservationUnit | null;
  /** The related units' bookings over the series' dates (any state: only blocking ones count). */
  existing: readonly ReservationTiming[];
  relations: RelationIndex;
}

/**
 * A staff series, all or nothing (brief 4.7): every occurrence of the pattern but the skipped
 * dates is booked, or none is and the refusal lists the ones in the way, for staff to skip.
 * Staff bookings skip opening hours, so they are not checked; conflicts always are.
 */
export function decideCreateSeries(state: SeriesState, p: BookingCommandPayload<'bookings.createSeries'>, ctx: CommandContext): BookingDecision {
  const unitProblem = unitRefusal(state.reservationUnit, p.reservationUnitId);
  if (unitProblem) return unitProblem;
  const unit = state.reservationUnit!;
  const reserveeProblem = reserveeRefusal(p.type, p.reservee);
  if (reserveeProblem) return reserveeProblem;
  const weekdays = [...new Set(p.weekdays)];
  const pattern = { beginDate: p.beginDate, endDate: p.endDate, weekdays, recurrenceInDays: p.recurrenceInDays, beginTime: p.beginTime, endTime: p.endTime };
  const occurrences = seriesOccurrences(pattern);
  if (!occurrences.ok) return reject('series_pattern_invalid', `The series pattern cannot be booked: ${occurrences.problem}.`, { problem: occurrences.problem });

  const buffers = bookedBuffers(p.type, unit, p.bufferBeforeMin, p.bufferAfterMin);
  const created = createSeries({
    occurrences: occurrences.occurrences,
    booking: { reservationUnitId: unit.id, type: p.type, ...buffers },
    existing: state.existing,
    relations: state.relations,
    openingHours: null,
    skipDates: p.skipDates,
  });
  if (!created.ok) {
    const dates = created.refused.map((o) => o.date).join(', ');
    return { ok: false, status: 'conflict', code: 'series_conflicts', message: `The series cannot be booked: these dates are not free (skip them to book the rest): ${dates}.`, current: created.refused };
  }
  const booked = created.occurrences;
  const now = Date.parse(ctx.now);
  const past = booked.filter((o) => Date.parse(o.beginsAt) < now);
  if (past.length) {
    const dates = past.map((o) => o.date);
    return reject('reservation_in_past', `Occurrences would begin in the past (skip them or begin later): ${dates.join(', ')}.`, { dates });
  }
  if (p.reservationIds.length !== booked.length || new Set(p.reservationIds).size !== booked.length) {
    return reject('series_ids_mismatch', `The series books ${booked.length} occurrences but ${p.reservationIds.length} reservation ids came with it (distinct, one per occurrence).`);
  }

  const series: ReservationSeries = {
    id: p.seriesId,
    reservationUnitId: unit.id,
    unitId: unit.unitId,
    name: p.name,
    description: p.description,
    type: p.type,
    beginDate: p.beginDate,
    endDate: p.endDate,
    beginTime: p.beginTime,
    endTime: p.endTime,
    recurrenceInDays: p.recurrenceInDays,
    weekdays,
    userId: ctx.actor.id,
    ageGroupId: null,
  };
  const puts: BookingPut[] = [{ entity: 'reservation_series', version: 1, record: series }];
  booked.forEach((o, i) => {
    const id = p.reservationIds[i]!;
    const record = staffReservation({ ...p, ...o, id, seriesId: p.seriesId, unit }, ctx);
    puts.push({ entity: 'reservation', version: 1, record });
    puts.push({ entity: 'reservation_event', version: 1, record: reservationEvent(ctx, eventIdFor(ctx.commandId, id), 'created', null, record, null) });
  });
  return { ok: true, puts };
}
