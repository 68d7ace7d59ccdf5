import type { FreeSpan } from '../../../domain/kiosk/contract.ts';
import { spanOf, takenWindow } from '../../../domain/space-holds/held-span.ts';
import { holdsTime } from '../../../domain/space-holds/holding-states.ts';
import type { RelationIndex, ReservationUnitLinks } from '../../../domain/space-holds/related-units.ts';
import { addDays, daysBetween, fromWallClock, parseTimeOfDay, startOfHelsinkiDay, toIsoInstant } from '../../../domain/wall-clock.ts';

/**
 * The free times a customer could ask for, from what a kiosk holds: a reservation unit's public
 * rules, its opening hours and the times (with buffers) of the bookings of every unit that takes
 * time from it (its own, those on its parent or child spaces, those sharing a resource) — never
 * who booked. Which units relate, which bookings hold time and how buffers meet are the rules the
 * central's decider (domain/bookings/decide-request.ts) checks a request by (domain/space-holds),
 * so a time shown free is one it would not refuse for a conflict; the central has the last word.
 */
export interface SpanUnit {
  id: string;
  spaceIds?: readonly string[] | null;
  resourceIds?: readonly string[] | null;
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
  reservationUnitId: string;
  beginsAt: string;
  endsAt: string;
  state: string;
  /** BLOCKED time is taken, but no buffer of either side counts against it. */
  type?: string | null;
  bufferBeforeMin?: number | null;
  bufferAfterMin?: number | null;
}

const MINUTE_MS = 60_000;

/** A public unit row as the relation and buffer rules read it: what the feed leaves out counts as none. */
export function linksOf(unit: SpanUnit): ReservationUnitLinks {
  return {
    id: unit.id,
    spaceIds: unit.spaceIds ?? [],
    resourceIds: unit.resourceIds ?? [],
    blockWholeDay: unit.blockWholeDay ?? false,
    bufferBeforeMin: unit.bufferBeforeMin ?? 0,
    bufferAfterMin: unit.bufferAfterMin ?? 0,
  };
}

/** `bookings` may hold any unit's; those of units unrelated to this one are passed over. */
export function freeSpans(
  unit: SpanUnit,
  date: string,
  opening: readonly { begin: string; end: string }[],
  bookings: readonly SpanBooking[],
  relations: RelationIndex,
  today: string,
  nowMs: number,
): FreeSpan[] {
  const ahead = daysBetween(today, date);
  if (ahead < (unit.minDaysBefore ?? 0)) return [];
  if (unit.maxDaysBefore != null && ahead > unit.maxDaysBefore) return [];
  const dayStart = startOfHelsinkiDay(date);
  const dayEnd = startOfHelsinkiDay(addDays(date, 1));
  const related = relations.related(unit.id);
  const blocking = bookings.filter((b) => related.has(b.reservationUnitId) && holdsTime(b.state));
  const own = linksOf(unit);
  // A whole-day booking's buffers fill its day, so any other booking that day but a BLOCKED time takes it all.
  if (own.blockWholeDay && blocking.some((b) => b.type !== 'BLOCKED' && Date.parse(b.beginsAt) < dayEnd && Date.parse(b.endsAt) > dayStart)) return [];

  const ownBuffers = own.blockWholeDay ? { before: 0, after: 0, blocked: false } : { before: own.bufferBeforeMin * MINUTE_MS, after: own.bufferAfterMin * MINUTE_MS, blocked: false };
  const busy = blocking.map((b) => takenWindow(spanOf(b, relations.unit(b.reservationUnitId) ?? own), ownBuffers)).sort((a, b) => a.from - b.from);

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
