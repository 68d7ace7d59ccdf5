import type { CalendarView, SlotView } from '../../../../domain/assist/contract.ts';
import type { AppointmentStatus } from '../../../../domain/assist/vocabulary.ts';
import { parseInstant, parseTimeOfDay, toWallClock } from '../../../../domain/wall-clock.ts';
import type { CalendarLane, CalendarTone, SlotSelection } from '../../calendar/time-grid.ts';

/** How an appointment looks on the helper calendar. */
export function appointmentTone(status: AppointmentStatus): CalendarTone {
  if (status === 'booked') return 'confirmed';
  if (status === 'reminded') return 'payment';
  if (status === 'done') return 'internal';
  return 'inactive';
}

export const APPOINTMENT_LEGEND = [
  ['confirmed', 'booked'],
  ['payment', 'reminded'],
  ['internal', 'done'],
  ['inactive', 'no_show'],
] as const;

const minutesOf = (iso: string) => toWallClock(parseInstant(iso)).minutes;

/**
 * One lane per helper calendar of a day: its bookable hours open, each held slot an item. The
 * texts come from the caller (`label`, `describe`) so the rule stays free of the translations.
 */
export function appointmentLanes(calendars: readonly CalendarView[], label: (c: CalendarView) => string, describe: (s: SlotView) => { label: string; description: string }): CalendarLane[] {
  return calendars.map((c) => ({
    id: c.calendar.id,
    label: label(c),
    date: c.calendar.date,
    open: [{ beginMin: parseTimeOfDay(c.calendar.startTime) ?? 0, endMin: parseTimeOfDay(c.calendar.endTime) ?? 0 }],
    items: c.slots.flatMap((s) => {
      const a = s.appointment;
      if (!a) return [];
      const text = describe(s);
      return [{ id: a.appointment.id, beginMin: minutesOf(s.startsAt), endMin: minutesOf(s.endsAt), bufferBeforeMin: 0, bufferAfterMin: 0, tone: appointmentTone(a.appointment.status), label: text.label, description: text.description, marker: null, pending: a.pending }];
    }),
  }));
}

/** The free slot a selection on the calendar falls in (its first minute decides), or null. */
export function slotForSelection(calendars: readonly CalendarView[], selection: SlotSelection): { calendar: CalendarView; slot: SlotView } | null {
  const calendar = calendars.find((c) => c.calendar.id === selection.laneId);
  const slot = calendar?.slots.find((s) => s.appointment === null && minutesOf(s.startsAt) <= selection.beginMin && selection.beginMin < minutesOf(s.endsAt));
  return calendar && slot ? { calendar, slot } : null;
}

/** The grid's step: the largest that every shown slot length is a whole number of (30 for 30 and 60, 15 with 45). */
export function gridStep(lengths: readonly number[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return lengths.reduce((g, l) => gcd(g, l), 0) || 30;
}
