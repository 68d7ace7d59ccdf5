import type { Appointment, HelperCalendar } from '../../../domain/assist/entities.ts';
import { slotsOf } from '../../../domain/assist/slots.ts';
import { TOPICS } from '../../../domain/assist/vocabulary.ts';
import { addDays, isoWeekday, parseInstant, toIsoInstant } from '../../../domain/wall-clock.ts';
import type { Random } from '../../demo-data/random.ts';
import { nameUuid } from '../../stable-ids.ts';
import { CALENDAR_PLAN } from './service-points.ts';

const DAY_MS = 86_400_000;
/** Calendars from two weeks back (kept and missed appointments) to three weeks ahead. */
const DAYS_BACK = 14;
const DAYS_AHEAD = 21;

export function generateCalendars(today: string): HelperCalendar[] {
  const out: HelperCalendar[] = [];
  for (let d = -DAYS_BACK; d <= DAYS_AHEAD; d++) {
    const date = addDays(today, d);
    for (const plan of CALENDAR_PLAN) {
      if (!plan.weekdays.includes(isoWeekday(date))) continue;
      const { servicePointId, helperId, startTime, endTime, slotLengthMin } = plan;
      out.push({ id: `cal-${servicePointId}-${date}`, servicePointId, helperId, date, startTime, endTime, slotLengthMin });
    }
  }
  return out;
}

const LANGUAGES = [['fi', 12], ['sv', 2], ['en', 2], ['ru', 1], ['ar', 1], ['so', 1]] as const;

/**
 * Booked help in some slots: the past ones kept, missed or cancelled, the coming ones booked with a
 * demo contact (example.fi addresses, numbers no one has) for the reminders.
 */
export function generateAppointments(calendars: readonly HelperCalendar[], now: Date, rng: Random): Appointment[] {
  const at = now.getTime();
  const out: Appointment[] = [];
  let n = 0;
  for (const c of calendars) {
    for (const slot of slotsOf(c)) {
      const starts = parseInstant(slot.startsAt);
      const past = starts + 60 * 60_000 <= at;
      if (!rng.chance(past ? 0.45 : 0.3) || (!past && starts <= at)) continue;
      n++;
      const bookedAt = toIsoInstant(Math.min(at, starts - rng.int(1, 6) * DAY_MS));
      const roll = rng.next();
      const status = past ? (roll < 0.75 ? 'done' : roll < 0.9 ? 'no_show' : 'cancelled') : roll < 0.92 ? 'booked' : 'cancelled';
      const closedAt = status === 'booked' ? null : status === 'cancelled' ? toIsoInstant(Math.min(at, parseInstant(bookedAt) + DAY_MS)) : slot.endsAt;
      const contactRoll = rng.next();
      out.push({
        id: nameUuid(`as-appointment:${c.id}:${slot.startsAt}`),
        servicePointId: c.servicePointId,
        calendarId: c.id,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        intake: { topic: rng.pick(TOPICS), ownDevice: rng.chance(0.7), language: rng.weighted(LANGUAGES) as Appointment['intake']['language'], accessibilityNeeds: rng.chance(0.1) ? 'Kuulolaite, puhu selkeästi' : null },
        contact: contactRoll < 0.15 ? null : { email: contactRoll < 0.7 ? `asiakas${n}@example.fi` : null, phone: contactRoll >= 0.55 ? `040 000 ${String(1000 + n).slice(-4)}` : null },
        bookedVia: rng.chance(0.2) ? 'kiosk' : 'desk',
        status,
        bookedAt,
        remindedAt: null,
        closedAt,
        cancelReason: status === 'cancelled' ? 'Asiakas perui puhelimitse' : null,
        followUpOfSessionId: null,
      });
    }
  }
  return out;
}
