import { blockCause, spanOf, type Span } from '../space-holds/held-span.ts';
import { blockerOf, byBegin, isBlockingState, proposedSpan, type Blocker, type ProposedSlot, type SlotCheck } from './conflicts.ts';
import type { RelationIndex } from '../space-holds/related-units.ts';
import type { ReservationTiming } from './vocabulary.ts';

/**
 * The conflict rule of `conflicts.ts` for many slots against many bookings (a year's weekly
 * series, a calendar's free slots). It keeps, per reservation unit, the blocking reservations
 * sorted by where their buffered time begins. A check then looks only at the related units, and
 * in each only at the reservations whose buffered time can meet the slot's buffered time (a
 * binary search, then a short scan), and judges those with the very same pair test. Whatever
 * blocks a slot meets it buffer to buffer, so nothing the pair test would flag is passed over;
 * the tests prove it against the plain check on random workloads.
 */
export interface ConflictIndex {
  check(slot: ProposedSlot): SlotCheck;
}

interface Entry {
  reservation: ReservationTiming;
  span: Span;
  /** Buffered begin and end. */
  from: number;
  to: number;
}

interface UnitEntries {
  entries: Entry[];
  /** `from` of each entry, ascending, for the binary search. */
  froms: Float64Array;
  /** The longest buffered length among the entries: how far before a slot a meeting one can begin. */
  longest: number;
}

export function buildConflictIndex(existing: readonly ReservationTiming[], relations: RelationIndex): ConflictIndex {
  const grouped = new Map<string, ReservationTiming[]>();
  for (const r of existing) {
    // A reservation on a unit outside the structure relates to nothing the index can be asked about.
    if (!isBlockingState(r.state) || !relations.unit(r.reservationUnitId)) continue;
    const list = grouped.get(r.reservationUnitId) ?? [];
    list.push(r);
    grouped.set(r.reservationUnitId, list);
  }
  // Each unit's spans are worked out when a check first needs them: a series touches a handful
  // of related units, and parsing the rest of the bookings would be most of the cost.
  const byUnit = new Map<string, UnitEntries>();
  const entriesOf = (unitId: string): UnitEntries | undefined => {
    let built = byUnit.get(unitId);
    const reservations = grouped.get(unitId);
    if (built || !reservations) return built;
    const unit = relations.unit(unitId)!;
    const entries = reservations.map((reservation): Entry => {
      const span = spanOf(reservation, unit);
      return { reservation, span, from: span.begin - span.before, to: span.end + span.after };
    });
    entries.sort((a, b) => a.from - b.from);
    let longest = 0;
    for (const e of entries) longest = Math.max(longest, e.to - e.from);
    built = { entries, froms: Float64Array.from(entries, (e) => e.from), longest };
    byUnit.set(unitId, built);
    return built;
  };

  return {
    check(slot) {
      const proposed = proposedSpan(slot, relations);
      const from = proposed.begin - proposed.before;
      const to = proposed.end + proposed.after;
      const blockers: Blocker[] = [];
      for (const [unitId, relation] of relations.related(slot.reservationUnitId)) {
        const unit = entriesOf(unitId);
        if (!unit) continue;
        for (let i = firstAfter(unit.froms, from - unit.longest); i < unit.entries.length; i++) {
          const e = unit.entries[i]!;
          if (e.from >= to) break;
          if (e.to <= from || e.reservation.id === slot.id) continue;
          const cause = blockCause(proposed, e.span);
          if (cause) blockers.push(blockerOf(e.reservation, relation, cause));
        }
      }
      blockers.sort(byBegin);
      return { free: blockers.length === 0, blockers };
    },
  };
}

/** The index of the first value greater than `limit` in an ascending array. */
function firstAfter(values: Float64Array, limit: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
