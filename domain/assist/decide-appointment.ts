import { parseInstant } from '../wall-clock.ts';
import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { AssistCommandPayload } from './commands.ts';
import type { Appointment, HelperCalendar, ServicePoint } from './entities.ts';
import { accept, notFound, refuse, stale, utc, type AssistDecision } from './decide-result.ts';
import { isClosed } from './hours.ts';
import { holdsSlot, slotAt } from './slots.ts';

/** Booked help time in a helper's calendar (brief assistance 1.7). */
export interface BookState {
  calendar: HelperCalendar | null;
  servicePoint: ServicePoint | null;
  /** The calendar's appointments. */
  appointments: readonly Appointment[];
}

export function decideBookAppointment(s: BookState, p: AssistCommandPayload<'assist.bookAppointment'>, ctx: CommandContext): AssistDecision {
  if (!s.calendar || s.calendar.id !== p.calendarId) return notFound('The helper calendar');
  if (isClosed(s.calendar)) return refuse({ code: 'as_hours_closed', message: 'The helper has closed these hours.' });
  if (!s.servicePoint || !s.servicePoint.active) return refuse({ code: 'as_service_point_inactive', message: 'The service point takes no bookings now.' });
  const slot = slotAt(s.calendar, p.startsAt);
  if (!slot) return refuse({ code: 'as_slot_outside_calendar', message: 'The helper has no slot starting then.' });
  if (parseInstant(slot.startsAt) <= parseInstant(ctx.now)) return refuse({ code: 'as_slot_past', message: 'The slot has begun already.' });
  const at = parseInstant(slot.startsAt);
  if (s.appointments.some((a) => a.calendarId === s.calendar?.id && holdsSlot(a) && parseInstant(a.startsAt) === at)) return refuse({ code: 'as_slot_taken', message: 'Someone booked the slot already.' }, 'conflict');
  const record: Appointment = {
    id: p.appointmentId,
    servicePointId: s.calendar.servicePointId,
    calendarId: s.calendar.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    intake: p.intake,
    contact: p.contact,
    bookedVia: p.bookedVia,
    status: 'booked',
    bookedAt: utc(ctx.now),
    remindedAt: null,
    closedAt: null,
    cancelReason: null,
    followUpOfSessionId: p.followUpOfSessionId,
  };
  return accept([{ entity: 'as_appointment', record, version: 1 }], [{ kind: 'appointment_booked', appointmentId: record.id }]);
}

export interface AppointmentState {
  appointment: Versioned<Appointment> | null;
}

function active(s: AppointmentState, id: string, ctx: CommandContext): Versioned<Appointment> | AssistDecision {
  if (!s.appointment || s.appointment.record.id !== id) return notFound(`The appointment ${id}`);
  const conflict = stale('The appointment', s.appointment.version, ctx.baseVersion);
  if (conflict) return conflict;
  const status = s.appointment.record.status;
  if (status !== 'booked' && status !== 'reminded') return refuse({ code: 'as_appointment_not_active', message: `The appointment is ${status} already.` });
  return s.appointment;
}

/** Cancelled by staff (or for the customer who phoned): the slot frees and a reminder is not sent. */
export function decideCancelAppointment(s: AppointmentState, p: AssistCommandPayload<'assist.cancelAppointment'>, ctx: CommandContext): AssistDecision {
  const a = active(s, p.appointmentId, ctx);
  if ('ok' in a) return a;
  return accept([{ entity: 'as_appointment', record: { ...a.record, status: 'cancelled', closedAt: utc(ctx.now), cancelReason: p.reason || null }, version: a.version + 1 }], [{ kind: 'appointment_cancelled', appointmentId: a.record.id }]);
}

/** Only once the appointment's time has come. */
export function decideMarkAppointmentNoShow(s: AppointmentState, p: AssistCommandPayload<'assist.markAppointmentNoShow'>, ctx: CommandContext): AssistDecision {
  const a = active(s, p.appointmentId, ctx);
  if ('ok' in a) return a;
  if (parseInstant(ctx.now) < parseInstant(a.record.startsAt)) return refuse({ code: 'as_appointment_not_started', message: 'The appointment has not begun yet.' });
  return accept([{ entity: 'as_appointment', record: { ...a.record, status: 'no_show', closedAt: utc(ctx.now) }, version: a.version + 1 }]);
}
