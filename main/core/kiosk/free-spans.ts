import type { FreeSpan } from '../../../domain/kiosk/contract.ts';
import { addDays, daysBetween, fromWallClock, parseTimeOfDay, startOfHelsinkiDay, toIsoInstant } from '../../../domain/wall-clock.ts';
import { BLOCKING_RESERVATION_STATES } from './public-rules.ts';

/**
 * The free times a customer could ask for, from what a kiosk holds: a reservation unit's public
 * rules, its opening hours and the times (with buffers) of its bookings — never who booked. It
 * errs on the side of busy: a buffer of either side counts in full against the other, so a time
 * shown free is one the central's decider (domain/bookings/decide-request.ts) would not refuse
 * for a conflict; the central still has the last word.
 */
export interface SpanUnit {
  minDurationMin: number;
  startIntervalMin: number;
  minDaysBefore?: number | null;
  maxDaysBefore?: number | null;
  reservationBeginsAt?: string | null;
  reservationEndsAt?: string | null;
  bufferBeforeMin?: number | null;
  bufferAfterMin?: number | null;
  blockWholeDay?: boolean | null;
}

export interface SpanBooking {
  beginsAt: string;
  endsAt: string;
  state: string;
  /** BLOCKED time is taken, but no buffer of either side counts against it. */
  type?: string | null;
  bufferBeforeMin?: number | null;
  bufferAfterMin?: number | null;
}

const MINUTE_MS = 60_000;

export function freeSpans(unit: SpanUnit, date: string, opening: readonly { begin: string; end: string }[], bookings: readonly SpanBooking[], today: string, nowMs: number): FreeSpan[] {
  const ahead = daysBetween(today, date);
  if (ahead < (unit.minDaysBefore ?? 0)) return [];
  if (unit.maxDaysBefore != null && ahead > unit.maxDaysBefore) return [];
  const dayStart = startOfHelsinkiDay(date);
  const dayEnd = startOfHelsinkiDay(addDays(date, 1));
  const blocking = bookings.filter((b) => BLOCKING_RESERVATION_STATES.has(b.state));
  if (unit.blockWholeDay && blocking.some((b) => Date.parse(b.beginsAt) < dayEnd && Date.parse(b.endsAt) > dayStart)) return [];

  const ownBefore = (unit.bufferBeforeMin ?? 0) * MINUTE_MS;
  const ownAfter = (unit.bufferAfterMin ?? 0) * MINUTE_MS;
  const busy = blocking
    .map((b) =>
      b.type === 'BLOCKED'
        ? { from: Date.parse(b.beginsAt), to: Date.parse(b.endsAt) }
        : {
            from: Date.parse(b.beginsAt) - Math.max((b.bufferBeforeMin ?? unit.bufferBeforeMin ?? 0) * MINUTE_MS, ownAfter),
            to: Date.parse(b.endsAt) + Math.max((b.bufferAfterMin ?? unit.bufferAfterMin ?? 0) * MINUTE_MS, ownBefore),
          },
    )
    .sort((a, b) => a.from - b.from);

  const windowFrom = Math.max(nowMs, unit.reservationBeginsAt ? Date.parse(unit.reservationBeginsAt) : -Infinity);
  const windowTo = unit.reservationEndsAt ? Date.parse(unit.reservationEndsAt) : Infinity;
  const step = unit.startIntervalMin * MINUTE_MS;
  const spans: FreeSpan[] = [];
  for (const interval of opening) {
    const open = parseTimeOfDay(interval.begin);
    const close = parseTimeOfDay(interval.end);
    if (open === null || close === null || close <= open) continue;
    let from = Math.max(fromWallClock(date, open), windowFrom);
    const to = Math.min(fromWallClock(date, close), windowTo);
    for (const b of busy) {
      if (b.to <= from || b.from >= to) continue;
      push(spans, alignUp(from, dayStart, step), Math.min(b.from, to), unit.minDurationMin);
      from = Math.max(from, b.to);
    }
    push(spans, alignUp(from, dayStart, step), to, unit.minDurationMin);
  }
  return spans;
}

/** Starts fall on the unit's start grid, counted from the day's midnight. */
function alignUp(ms: number, dayStart: number, step: number): number {
  return dayStart + Math.ceil((ms - dayStart) / step) * step;
}

function push(spans: FreeSpan[], from: number, to: number, minDurationMin: number): void {
  if (to - from >= minDurationMin * MINUTE_MS) spans.push({ beginsAt: toIsoInstant(from), endsAt: toIsoInstant(to) });
}
