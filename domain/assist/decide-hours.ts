import type { CommandContext, Versioned } from '../sync/command-context.ts';
import type { AssistCommandPayload } from './commands.ts';
import type { Appointment, HelperCalendar, ServicePoint } from './entities.ts';
import { accept, notFound, refuse, stale, utc, type AssistDecision } from './decide-result.ts';
import { hoursBeginMs, hoursMeet, isClosed, keepsHoursOpen, slotCount } from './hours.ts';
import { parseInstant } from '../wall-clock.ts';

/** Opening hours: the point, and the calendars on the days named (at least the actor's, at any point: a helper is in one place at a time). */
export interface OpenHoursState {
  servicePoint: ServicePoint | null;
  sameDays: readonly HelperCalendar[];
}

export function decideOpenHelperHours(s: OpenHoursState, p: AssistCommandPayload<'assist.openHelperHours'>, ctx: CommandContext): AssistDecision {
  if (!s.servicePoint) return notFound(`The service point ${p.servicePointId}`);
  if (!s.servicePoint.active) return refuse({ code: 'as_service_point_inactive', message: 'The service point takes no bookings now.' });
  if (slotCount(p) < 1) return refuse({ code: 'as_hours_too_short', message: `The hours ${p.startTime}–${p.endTime} hold no ${p.slotLengthMin}-minute slot.` });
  const now = parseInstant(ctx.now);
  const days = [...p.days].sort((a, b) => a.date.localeCompare(b.date));
  const past = days.find((d) => hoursBeginMs({ date: d.date, startTime: p.startTime }) <= now);
  if (past) return refuse({ code: 'as_hours_past', message: `The hours on ${past.date} would begin in the past.` });
  const ids = new Set(days.map((d) => d.calendarId));
  if (s.sameDays.some((c) => ids.has(c.id))) return refuse({ code: 'bad_request', message: 'A calendar id names hours that exist already.' });
  for (const d of days) {
    const clash = s.sameDays.find((c) => c.helperId === ctx.actor.id && c.date === d.date && !isClosed(c) && hoursMeet(c, p));
    if (clash) return refuse({ code: 'as_hours_overlap', message: `You have hours ${clash.startTime}–${clash.endTime} on ${d.date} already (${clash.servicePointId}).` }, 'conflict');
  }
  const puts = days.map((d) => ({
    entity: 'as_helper_calendar' as const,
    record: { id: d.calendarId, servicePointId: s.servicePoint!.id, helperId: ctx.actor.id, date: d.date, startTime: p.startTime, endTime: p.endTime, slotLengthMin: p.slotLengthMin, closedAt: null },
    version: 1,
  }));
  return accept(puts);
}

/** Closing hours: the calendar and its appointments. */
export interface CloseHoursState {
  calendar: Versioned<HelperCalendar> | null;
  appointments: readonly Appointment[];
}

/** Only hours still to come, with no booking held in them: a booked customer is never dropped by closing the hours around them. */
export function decideCloseHelperHours(s: CloseHoursState, p: AssistCommandPayload<'assist.closeHelperHours'>, ctx: CommandContext): AssistDecision {
  if (!s.calendar || s.calendar.record.id !== p.calendarId) return notFound(`The helper's hours ${p.calendarId}`);
  const conflict = stale('The hours', s.calendar.version, ctx.baseVersion);
  if (conflict) return conflict;
  const c = s.calendar.record;
  if (isClosed(c)) return refuse({ code: 'as_hours_closed', message: `The hours on ${c.date} are closed already.` });
  if (hoursBeginMs(c) <= parseInstant(ctx.now)) return refuse({ code: 'as_hours_started', message: `The hours on ${c.date} have begun; cancel their bookings one by one instead.` });
  const booked = s.appointments.filter((a) => a.calendarId === c.id && keepsHoursOpen(a)).length;
  if (booked > 0) return refuse({ code: 'as_hours_booked', message: `The hours on ${c.date} hold ${booked} booking(s); cancel them first.` }, 'conflict');
  return accept([{ entity: 'as_helper_calendar', record: { ...c, closedAt: utc(ctx.now) }, version: s.calendar.version + 1 }]);
}
