import { blockCause, spanOf, type BlockCause, type Span } from '../space-holds/held-span.ts';
import { holdsTime } from '../space-holds/holding-states.ts';
import type { RelationIndex, UnitRelation } from '../space-holds/related-units.ts';
import type { ReservationState, ReservationTiming, ReservationType } from './vocabulary.ts';

/**
 * Is a slot free for a reservation unit (brief 4.1)? The same rule gives the UI its instant
 * answer and the deciders their check; the central's transaction has the last word.
 *
 * The pair test of two reservations and their buffers (space-holds/held-span.ts) and which units
 * relate (space-holds/related-units.ts) are shared with the kiosk's free-time view. Only
 * reservations that are going to occur (BLOCKING_STATES) count, and a reservation never blocks
 * itself (a reschedule).
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

/** Whether a reservation holds its time, by the shared rule (space-holds/holding-states.ts), typed for bookings. */
export const isBlockingState: (state: ReservationState) => boolean = holdsTime;

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
    if (r.id === slot.id || !holdsTime(r.state)) continue;
    const relation = related.get(r.reservationUnitId);
    if (!relation) continue;
    const cause = blockCause(proposed, spanOf(r, relations.unit(r.reservationUnitId)!));
    if (cause) blockers.push(blockerOf(r, relation, cause));
  }
  blockers.sort(byBegin);
  return { free: blockers.length === 0, blockers };
}
