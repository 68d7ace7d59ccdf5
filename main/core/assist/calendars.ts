import type { AppointmentRow, CalendarView, HelperCalendars } from '../../../domain/assist/contract.ts';
import type { Appointment } from '../../../domain/assist/entities.ts';
import { isClosed } from '../../../domain/assist/hours.ts';
import { holdsSlot, slotsOf } from '../../../domain/assist/slots.ts';
import { ASSIST_PERMISSIONS as P } from '../../../domain/assist/vocabulary.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { ok, type Result } from '../../../domain/result.ts';
import { parseInstant } from '../../../domain/wall-clock.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { periodMs, weekOf } from './period.ts';
import type { AssistRights } from './rights.ts';
import { asRows, type Cached } from './rows.ts';
import { pointWith } from './service-points.ts';

const appointmentRow = (c: Cached<Appointment>): AppointmentRow => ({ appointment: c.record, pending: c.pending });

/** Helper calendars of a service point for a day or its week: every slot, free or held, and the cancelled bookings. */
export function helperCalendars(db: SqliteDatabase, rights: AssistRights, input: ParsedInput<'assist.helperCalendars'>): Result<HelperCalendars> {
  const point = pointWith(db, rights, input.servicePointId, P.staff);
  if (!point.ok) return point;
  const { from, to } = input.span === 'week' ? weekOf(input.date) : { from: input.date, to: input.date };
  const rows = asRows(db);
  // Closed hours offer nothing; they could be closed only while empty and still to come, so no booking is hidden with them.
  const open = rows.calendarsOf(point.value.id, from, to).filter((c) => !isClosed(c.record));
  const calendars = open.map((c): CalendarView => {
    const holding = new Map(
      rows
        .calendarAppointments(c.record.id)
        .filter((a) => holdsSlot(a.record))
        .map((a) => [parseInstant(a.record.startsAt), a]),
    );
    const slots = slotsOf(c.record).map((s) => {
      const a = holding.get(parseInstant(s.startsAt));
      return { ...s, appointment: a ? appointmentRow(a) : null };
    });
    return { calendar: c.record, mine: c.record.helperId === rights.actorId, slots, freeSlots: slots.filter((s) => s.appointment === null).length };
  });
  calendars.sort((a, b) => a.calendar.date.localeCompare(b.calendar.date) || a.calendar.startTime.localeCompare(b.calendar.startTime) || a.calendar.id.localeCompare(b.calendar.id));
  const ms = periodMs(from, to);
  const cancelled = rows
    .appointmentsOf(point.value.id, ms.from, ms.to)
    .filter((a) => !holdsSlot(a.record))
    .map(appointmentRow);
  return ok({ servicePointId: point.value.id, from, to, calendars, cancelled });
}
