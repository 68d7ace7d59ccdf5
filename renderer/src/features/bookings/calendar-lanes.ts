import type { TFunction } from 'i18next';
import type { CalendarBlock, DayCalendar, OpenIntervals, WeekCalendar } from '../../../../domain/bookings/contract.ts';
import type { ReservationState, ReservationType } from '../../../../domain/bookings/vocabulary.ts';
import type { Language } from '../../../../domain/languages.ts';
import { parseTimeOfDay, toWallClock } from '../../../../domain/wall-clock.ts';
import type { CalendarItem, CalendarLane, CalendarTone, Interval } from '../../calendar/time-grid.ts';
import { DAY_MINUTES } from '../../calendar/time-grid.ts';
import { localized } from '../../format/format.ts';
import { dayLabel, timeRange } from './booking-time.ts';

/** How a booking looks on the calendar: by its type first (staff and closed), else its state. */
export function toneOf(state: ReservationState, type: ReservationType): CalendarTone {
  if (state === 'DENIED' || state === 'CANCELLED') return 'inactive';
  if (type === 'BLOCKED') return 'blocked';
  if (state === 'REQUIRES_HANDLING') return 'request';
  if (state === 'WAITING_FOR_PAYMENT') return 'payment';
  if (state === 'CREATED') return 'draft';
  return type === 'STAFF' ? 'internal' : 'confirmed';
}

/** The tones the bookings calendar uses, in legend order, with their names. */
export function bookingLegend(t: TFunction): { tone: CalendarTone; label: string }[] {
  return (['confirmed', 'request', 'payment', 'internal', 'blocked', 'draft'] as const).map((tone) => ({ tone, label: t(`bookings.legend.${tone}`) }));
}

/** Minutes into `date` of an instant, clipped to that day (a booking may run over midnight). */
export function minutesOn(date: string, iso: string): number {
  const wall = toWallClock(Date.parse(iso));
  if (wall.date < date) return 0;
  if (wall.date > date) return DAY_MINUTES;
  return wall.minutes;
}

export function openIntervals(open: OpenIntervals): Interval[] {
  return open.flatMap((o) => {
    const beginMin = parseTimeOfDay(o.begin);
    const endMin = parseTimeOfDay(o.end);
    return beginMin === null || endMin === null || endMin <= beginMin ? [] : [{ beginMin, endMin }];
  });
}

function item(block: CalendarBlock, date: string, t: TFunction, lang: Language): CalendarItem {
  const related = block.relation !== 'self';
  const parts = [t(`bookings.states.${block.state}`), t(`bookings.types.${block.type}`), timeRange(block.beginsAt, block.endsAt, lang)];
  if (related) parts.push(t(`bookings.relations.${block.relation}`));
  if (block.bufferBeforeMin || block.bufferAfterMin) parts.push(t('bookings.calendar.buffers', { before: block.bufferBeforeMin, after: block.bufferAfterMin }));
  if (block.pending) parts.push(t('grid.waitingForCentral'));
  return {
    id: block.reservationId,
    beginMin: minutesOn(date, block.beginsAt),
    endMin: minutesOn(date, block.endsAt),
    bufferBeforeMin: block.bufferBeforeMin,
    bufferAfterMin: block.bufferAfterMin,
    tone: toneOf(block.state, block.type),
    label: block.label || t(`bookings.types.${block.type}`),
    description: parts.join(', '),
    marker: related ? t(`bookings.relationMarks.${block.relation}`) : null,
    pending: block.pending,
  };
}

/** A unit's day: one lane per reservation unit. */
export function dayLanes(day: DayCalendar, t: TFunction, lang: Language): CalendarLane[] {
  return day.rows.map((row) => ({
    id: row.reservationUnit.id,
    label: localized(row.reservationUnit.name, lang),
    date: day.date,
    open: openIntervals(row.opening),
    items: row.blocks.map((b) => item(b, day.date, t, lang)),
  }));
}

/** A reservation unit's week: one lane per day, Monday first. */
export function weekLanes(week: WeekCalendar, t: TFunction, lang: Language): CalendarLane[] {
  return week.days.map((d) => ({
    id: d.date,
    label: dayLabel(d.date, lang),
    date: d.date,
    open: openIntervals(d.opening),
    items: d.blocks.map((b) => item(b, d.date, t, lang)),
  }));
}
