import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { RelationIndex } from '../space-holds/related-units.ts';
import type { BookingCommandPayload } from './commands.ts';
import type { Reservation, ReservationSeries, ReservationUnit } from './entities.ts';
import type { ReservationTiming } from './vocabulary.ts';
import { isStaffCreatedType } from './vocabulary.ts';
import { eventIdFor, reject, seriesGuard, reservationEvent, transitionPuts, type BookingDecision, type BookingPut } from './decide-result.ts';
import { staffReservation, unitRefusal, type StaffCreatedType } from './decide-new-reservation.ts';
import { releasedPayment } from './decide-payment.ts';
import { handlerActionRefusal } from './transitions.ts';
import { latestOccurrence, outlineReschedule, rescheduledBuffers } from './series-reschedule.ts';

/** What the caller loads to reschedule a series (central: the series and its members under row locks). */
export interface RescheduleSeriesState {
  series: Versioned<ReservationSeries> | null;
  /** Every reservation of the series, whatever its state. */
  members: readonly Versioned<Reservation>[];
  reservationUnit: ReservationUnit | null;
  /** The related units' blocking bookings around the new pattern's dates (the series' own among them). */
  existing: readonly ReservationTiming[];
  relations: RelationIndex;
  /** The actor is a reserver on the unit: they may reschedule only a series they booked. */
  actorMayOnlyTouchOwn?: boolean;
}

/** The reservee a new occurrence books for: the series' customer (BEHALF), as its latest occurrence holds them. */
function reserveeOf(type: StaffCreatedType, template: Reservation | undefined) {
  if (type !== 'BEHALF' || !template) return null;
  return {
    kind: template.reserveeKind ?? 'individual',
    firstName: template.reserveeFirstName ?? '',
    lastName: template.reserveeLastName ?? '',
    organisation: template.reserveeOrganisation,
    businessId: template.reserveeBusinessId,
    email: template.reserveeEmail ?? '',
    phone: template.reserveePhone ?? '',
    language: template.reserveeLanguage ?? 'fi',
  };
}

/**
 * A staff series given a new pattern from a date on (brief 4.7, pain point 8). All or nothing, as
 * creating one is: every new date must be free of everything but the occurrences it replaces.
 * The past and a started occurrence stay; an occurrence whose day and length the new pattern keeps
 * moves to the new time; other future occurrences are cancelled and the new dates booked. The
 * series is written with a new version and its new pattern.
 */
export function decideRescheduleSeries(state: RescheduleSeriesState, p: BookingCommandPayload<'bookings.rescheduleSeries'>, ctx: CommandContext): BookingDecision {
  const g = seriesGuard(state.series, p.seriesId, state.actorMayOnlyTouchOwn, ctx);
  if ('decision' in g) return g.decision;
  const current = g.current;
  const series = current.record;
  const type = series.type;
  if (!isStaffCreatedType(type)) return reject('series_not_staff_made', `The series ${p.seriesId} is a customer's (${type}): it is settled by its round, not moved by staff.`);
  const unitProblem = unitRefusal(state.reservationUnit, series.reservationUnitId);
  if (unitProblem) return unitProblem;
  const unit = state.reservationUnit!;

  const members = state.members.filter((m) => m.record.seriesId === series.id);
  const records = members.map((m) => m.record);
  const latest = latestOccurrence(records);
  const buffers = rescheduledBuffers(records);
  const result = outlineReschedule({
    members: records,
    pattern: p,
    skipDates: p.skipDates,
    booking: { reservationUnitId: unit.id, type, ...buffers },
    existing: state.existing,
    relations: state.relations,
    // Staff bookings skip opening hours (brief 4.7): the preview tells them, the decider does not refuse.
    openingHours: null,
    nowMs: Date.parse(ctx.now),
  });
  if (!result.ok) {
    if (result.problem === 'series_in_past') return reject('series_in_past', `The series ${p.seriesId} has no occurrence still to begin.`);
    return reject('series_pattern_invalid', `The series pattern cannot be booked: ${result.problem}.`, { problem: result.problem });
  }
  const { outline } = result;
  const refused = outline.preview.filter((o) => o.status === 'conflict');
  if (refused.length) {
    const dates = refused.map((o) => o.date).join(', ');
    return { ok: false, status: 'conflict', code: 'series_conflicts', message: `The series cannot be rescheduled: these dates are not free (skip them to book the rest): ${dates}.`, current: refused };
  }
  if (p.reservationIds.length !== outline.bookedDates.length || new Set(p.reservationIds).size !== p.reservationIds.length) {
    return reject('series_ids_mismatch', `The new pattern books ${outline.bookedDates.length} dates but ${p.reservationIds.length} reservation ids came with it (distinct, one per date).`);
  }
  if (!outline.moves.length && !outline.cancels.length && !outline.creates.length) {
    return reject('series_nothing_to_reschedule', `The new pattern leaves every occurrence of the series ${p.seriesId} as it is.`);
  }

  const versioned = new Map(members.map((m) => [m.record.id, m]));
  // An occurrence returned to handling, say, is neither moved nor cancelled behind the handler's back.
  for (const [action, list] of [['editTime', outline.moves.map((m) => m.member)], ['cancel', outline.cancels]] as const) {
    for (const m of list) {
      const refusal = handlerActionRefusal(action, versioned.get(m.id)!.record, ctx.now);
      if (refusal) return reject(refusal, `The occurrence ${m.id} (${m.state}, ${m.beginsAt}) cannot be ${action === 'cancel' ? 'cancelled' : 'moved'}: ${refusal}.`);
    }
  }

  const note = p.note || null;
  const idOn = new Map(outline.bookedDates.map((date, i) => [date, p.reservationIds[i]!]));
  const puts: BookingPut[] = [
    {
      entity: 'reservation_series',
      version: current.version + 1,
      record: {
        ...series,
        beginDate: p.fromDate < series.beginDate ? p.fromDate : series.beginDate,
        endDate: p.endDate,
        beginTime: p.beginTime,
        endTime: p.endTime,
        weekdays: [...new Set(p.weekdays)],
        recurrenceInDays: p.recurrenceInDays,
      },
    },
  ];
  for (const { member, to } of outline.moves) {
    puts.push(...transitionPuts(versioned.get(member.id)!, ctx, 'rescheduled', { beginsAt: to.beginsAt, endsAt: to.endsAt }, note, eventIdFor(ctx.commandId, member.id)));
  }
  for (const member of outline.cancels) {
    const m = versioned.get(member.id)!;
    const patch: Partial<Reservation> = { state: 'CANCELLED', cancelReason: 'OTHER', cancelDetails: note, paymentStatus: releasedPayment(m.record.paymentStatus, true), paymentDueAt: null };
    puts.push(...transitionPuts(m, ctx, 'cancelled', patch, note, eventIdFor(ctx.commandId, member.id)));
  }
  const reservee = reserveeOf(type, latest);
  for (const o of outline.creates) {
    const id = idOn.get(o.date)!;
    const record = staffReservation(
      { id, seriesId: series.id, unit, type, name: series.name, description: series.description, beginsAt: o.beginsAt, endsAt: o.endsAt, ...buffers, reservee },
      ctx,
    );
    puts.push({ entity: 'reservation', version: 1, record });
    puts.push({ entity: 'reservation_event', version: 1, record: reservationEvent(ctx, eventIdFor(ctx.commandId, id), 'created', null, record, note) });
  }
  return { ok: true, puts };
}
