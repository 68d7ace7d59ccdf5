import type { RelationIndex, UnitRelation } from './relations.ts';
import type { ReservationState, ReservationTiming, ReservationType, ReservationUnitLinks } from './vocabulary.ts';
import { BLOCKING_STATES } from './vocabulary.ts';
import { parseInstant, startOfHelsinkiDayAt, startOfNextHelsinkiDayAt } from '../wall-clock.ts';

/**
 * Is a slot free for a reservation unit (brief 4.1)? The same rule gives the UI its instant
 * answer and the deciders their check; the central's transaction has the last word.
 *
 * Two-sided buffer test: a slot is taken when (a) an existing reservation extended by its own
 * buffers overlaps the new time without buffers, or (b) the new time extended by its buffers
 * overlaps an existing reservation without buffers. Buffers may overlap buffers, never the other
 * booking's own time. A BLOCKED reservation is compared without buffers in both directions. A
 * whole-day unit's buffers run from the Helsinki midnight before the start and to the midnight
 * after the end, which leaves one booking a day. Only reservations that are going to occur
 * (BLOCKING_STATES) count, and a reservation never blocks itself (a reschedule).
 *
 * The answer names every blocker and why, so a screen can say "booking 123 on the whole hall"
 * or "the 30-minute cleaning buffer after booking 123".
 */
export interface ProposedSlot {
  /** The reservation being moved when rescheduling; null for a new one. */
  id: string | null;
  reservationUnitId: string;
  beginsAt: string;
  endsAt: string;
  type: ReservationType;
  /** Per-booking buffers (staff may switch them off); null means the unit's own. */
  bufferBeforeMin: number | null;
  bufferAfterMin: number | null;
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

export interface Blocker {
  reservationId: string;
  reservationUnitId: string;
  relation: UnitRelation;
  beginsAt: string;
  endsAt: string;
  cause: BlockCause;
}

export interface SlotCheck {
  free: boolean;
  /** In the order of their begin, then id. */
  blockers: Blocker[];
}

/** A reservation's time and effective buffers as instants, ready for the pair test. */
export interface Span {
  begin: number;
  end: number;
  before: number;
  after: number;
  wholeDay: boolean;
  blocked: boolean;
}

const MINUTE_MS = 60_000;
const BLOCKING = new Set<ReservationState>(BLOCKING_STATES);

export function isBlockingState(state: ReservationState): boolean {
  return BLOCKING.has(state);
}

export function spanOf(
  timing: Pick<ReservationTiming, 'beginsAt' | 'endsAt' | 'type' | 'bufferBeforeMin' | 'bufferAfterMin'>,
  unit: ReservationUnitLinks,
): Span {
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

/** The proposed slot's span; throws when its unit is unknown or it does not end after it begins. */
export function proposedSpan(slot: ProposedSlot, relations: RelationIndex): Span {
  const unit = relations.unit(slot.reservationUnitId);
  if (!unit) throw new RangeError(`unknown reservation unit ${JSON.stringify(slot.reservationUnitId)}`);
  const span = spanOf(slot, unit);
  if (span.end <= span.begin) throw new RangeError(`a slot must end after it begins: ${slot.beginsAt}–${slot.endsAt}`);
  return span;
}

export function blockerOf(existing: ReservationTiming, relation: UnitRelation, cause: BlockCause): Blocker {
  return { reservationId: existing.id, reservationUnitId: existing.reservationUnitId, relation, beginsAt: existing.beginsAt, endsAt: existing.endsAt, cause };
}

export function byBegin(a: Blocker, b: Blocker): number {
  const t = Date.parse(a.beginsAt) - Date.parse(b.beginsAt);
  return t !== 0 ? t : a.reservationId < b.reservationId ? -1 : a.reservationId > b.reservationId ? 1 : 0;
}

/** The rule itself, one reservation at a time: the reference the fast index is tested against. */
export function checkSlot(slot: ProposedSlot, existing: readonly ReservationTiming[], relations: RelationIndex): SlotCheck {
  const proposed = proposedSpan(slot, relations);
  const related = relations.related(slot.reservationUnitId);
  const blockers: Blocker[] = [];
  for (const r of existing) {
    if (r.id === slot.id || !BLOCKING.has(r.state)) continue;
    const relation = related.get(r.reservationUnitId);
    if (!relation) continue;
    const cause = blockCause(proposed, spanOf(r, relations.unit(r.reservationUnitId)!));
    if (cause) blockers.push(blockerOf(r, relation, cause));
  }
  blockers.sort(byBegin);
  return { free: blockers.length === 0, blockers };
}
