import { checkSlot, isBlockingState, type ProposedSlot } from '../../../domain/bookings/conflicts.ts';
import type { RelationIndex } from '../../../domain/space-holds/related-units.ts';
import type { ReservationTiming } from '../../../domain/bookings/vocabulary.ts';

/**
 * The blocking reservations a generator has placed so far, kept per reservation unit and day.
 * `conflict-index.ts` is built once over a fixed set; a generator adds as it goes, so it asks
 * the very rule (`checkSlot`) about the few bookings that can reach the slot: those on related
 * units on the day before, the day itself and the day after. Generated bookings lie within one
 * day (a weekly rent: on each of its days) and no buffer is a day long, so nothing further
 * away can meet them.
 */
/** Longer than any Helsinki day (25 h at the autumn change): a whole-day unit's buffers reach no further. */
const DAY_REACH_MS = 26 * 3_600_000;

export interface SlotBook {
  /** Whether the slot, on the given season day numbers (first and last), is free under the conflict rule. */
  isFree(slot: ProposedSlot, firstDay: number, lastDay: number): boolean;
  /** Records a placed reservation on the days it covers; only blocking ones take time. */
  add(reservation: ReservationTiming, firstDay: number, lastDay: number): void;
}

interface Placed {
  timing: ReservationTiming;
  /** Its time widened by the most its buffers can reach: a cheap first sieve before the rule. */
  from: number;
  to: number;
}

export function slotBook(relations: RelationIndex): SlotBook {
  const byUnitDay = new Map<string, Placed[]>();
  const key = (unitId: string, day: number) => `${unitId}|${day}`;
  const reach = (t: Pick<ReservationTiming, 'reservationUnitId' | 'bufferBeforeMin' | 'bufferAfterMin'>): number => {
    const unit = relations.unit(t.reservationUnitId);
    if (!unit || unit.blockWholeDay) return DAY_REACH_MS;
    return Math.max(unit.bufferBeforeMin, unit.bufferAfterMin, t.bufferBeforeMin ?? 0, t.bufferAfterMin ?? 0) * 60_000;
  };
  return {
    isFree(slot, firstDay, lastDay) {
      const margin = reach(slot);
      const from = Date.parse(slot.beginsAt) - margin;
      const to = Date.parse(slot.endsAt) + margin;
      const nearby: ReservationTiming[] = [];
      for (const unitId of relations.related(slot.reservationUnitId).keys()) {
        for (let d = firstDay - 1; d <= lastDay + 1; d++) {
          for (const p of byUnitDay.get(key(unitId, d)) ?? []) if (p.from < to && from < p.to) nearby.push(p.timing);
        }
      }
      return nearby.length === 0 || checkSlot(slot, nearby, relations).free;
    },
    add(timing, firstDay, lastDay) {
      if (!isBlockingState(timing.state)) return;
      const margin = reach(timing);
      const placed = { timing, from: Date.parse(timing.beginsAt) - margin, to: Date.parse(timing.endsAt) + margin };
      for (let day = firstDay; day <= lastDay; day++) {
        const k = key(timing.reservationUnitId, day);
        const list = byUnitDay.get(k);
        if (list) list.push(placed);
        else byUnitDay.set(k, [placed]);
      }
    },
  };
}
