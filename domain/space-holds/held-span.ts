import { parseInstant, startOfHelsinkiDayAt, startOfNextHelsinkiDayAt } from '../wall-clock.ts';
import type { ReservationUnitLinks } from './related-units.ts';

/**
 * The time a reservation holds and the pair test of two reservations on related units (bookings
 * brief 4.1). Two-sided: a slot is taken when an existing reservation extended by its own buffers
 * overlaps the new time without buffers, or the new time extended by its buffers overlaps the
 * existing one without buffers. Buffers may overlap buffers, never the other booking's own time.
 * A BLOCKED reservation is compared without buffers in both directions. A whole-day unit's
 * buffers run from the Helsinki midnight before the start to the midnight after the end.
 */
export interface Span {
  begin: number;
  end: number;
  before: number;
  after: number;
  wholeDay: boolean;
  blocked: boolean;
}

/** What of a reservation sets its span: its times, its type, and buffers of its own (null: its unit's). */
export interface SpanTiming {
  beginsAt: string;
  endsAt: string;
  type?: string | null;
  bufferBeforeMin?: number | null;
  bufferAfterMin?: number | null;
}

export type BlockCause =
  | { kind: 'time' }
  | {
      kind: 'buffer';
      /** Whose buffer reaches the other booking's own time. */
      whose: 'existing' | 'proposed';
      side: 'before' | 'after';
      minutes: number;
      /** The buffer is the rest of the day of a whole-day unit. */
      wholeDay: boolean;
    };

const MINUTE_MS = 60_000;

export function spanOf(timing: SpanTiming, unit: Pick<ReservationUnitLinks, 'blockWholeDay' | 'bufferBeforeMin' | 'bufferAfterMin'>): Span {
  const begin = parseInstant(timing.beginsAt);
  const end = parseInstant(timing.endsAt);
  const blocked = timing.type === 'BLOCKED';
  if (blocked) return { begin, end, before: 0, after: 0, wholeDay: false, blocked };
  if (unit.blockWholeDay) {
    const after = startOfHelsinkiDayAt(end) === end ? 0 : startOfNextHelsinkiDayAt(end) - end;
    return { begin, end, before: begin - startOfHelsinkiDayAt(begin), after, wholeDay: true, blocked };
  }
  const before = (timing.bufferBeforeMin ?? unit.bufferBeforeMin) * MINUTE_MS;
  const after = (timing.bufferAfterMin ?? unit.bufferAfterMin) * MINUTE_MS;
  return { begin, end, before, after, wholeDay: false, blocked };
}

const overlaps = (a0: number, a1: number, b0: number, b1: number) => a0 < b1 && b0 < a1;

/** Why an existing reservation blocks a proposed one, or null when it does not. */
export function blockCause(proposed: Span, existing: Span): BlockCause | null {
  if (overlaps(proposed.begin, proposed.end, existing.begin, existing.end)) return { kind: 'time' };
  if (proposed.blocked || existing.blocked) return null;
  const buffer = (whose: 'existing' | 'proposed', side: 'before' | 'after', span: Span): BlockCause => ({
    kind: 'buffer',
    whose,
    side,
    minutes: Math.round((side === 'before' ? span.before : span.after) / MINUTE_MS),
    wholeDay: span.wholeDay,
  });
  const p = proposed;
  const e = existing;
  if (overlaps(e.begin - e.before, e.begin, p.begin, p.end)) return buffer('existing', 'before', e);
  if (overlaps(e.end, e.end + e.after, p.begin, p.end)) return buffer('existing', 'after', e);
  if (overlaps(p.begin - p.before, p.begin, e.begin, e.end)) return buffer('proposed', 'before', p);
  if (overlaps(p.end, p.end + p.after, e.begin, e.end)) return buffer('proposed', 'after', p);
  return null;
}

/**
 * The instants a new booking's own time may not touch because of an existing one, for a new
 * booking with fixed buffers (not whole-day): the existing time widened on each side by the
 * longer of its own buffer there and the new booking's buffer facing it. It is blockCause solved
 * for the free gaps, so a free-time list and the deciders agree on every start and end.
 */
export function takenWindow(existing: Span, proposed: { before: number; after: number; blocked: boolean }): { from: number; to: number } {
  if (existing.blocked || proposed.blocked) return { from: existing.begin, to: existing.end };
  return { from: existing.begin - Math.max(existing.before, proposed.after), to: existing.end + Math.max(existing.after, proposed.before) };
}
