import type { ReservationTiming, ReservationUnitLinks, SpaceNode } from './vocabulary.ts';

/**
 * A small Helsinki-like structure for the conflict tests: the Mika Waltari hall of the old
 * fixture with its three parts (part 1 has a corner of its own), a studio wing with two siblings,
 * and a projector shared by hall part 3 and studio A.
 *
 *   house ─┬─ hall ─┬─ part1 ── corner1
 *          │        ├─ part2
 *          │        └─ part3            (projector)
 *          └─ studios ─┬─ studioA       (projector)
 *                      └─ studioB
 */
export const SPACES: SpaceNode[] = [
  { id: 'house', parentId: null },
  { id: 'hall', parentId: 'house' },
  { id: 'part1', parentId: 'hall' },
  { id: 'corner1', parentId: 'part1' },
  { id: 'part2', parentId: 'hall' },
  { id: 'part3', parentId: 'hall' },
  { id: 'studios', parentId: 'house' },
  { id: 'studioA', parentId: 'studios' },
  { id: 'studioB', parentId: 'studios' },
];

export function unit(id: string, spaceIds: string[], more: Partial<ReservationUnitLinks> = {}): ReservationUnitLinks {
  return { id, spaceIds, resourceIds: [], blockWholeDay: false, bufferBeforeMin: 0, bufferAfterMin: 0, ...more };
}

export const UNITS: ReservationUnitLinks[] = [
  unit('u-hall', ['hall']),
  unit('u-part1', ['part1']),
  unit('u-corner1', ['corner1']),
  unit('u-part2', ['part2']),
  unit('u-part3', ['part3'], { resourceIds: ['projector'] }),
  unit('u-parts12', ['part1', 'part2']),
  unit('u-studioA', ['studioA'], { resourceIds: ['projector'] }),
  unit('u-studioB', ['studioB']),
];

let nextId = 1;

/** A confirmed NORMAL reservation on the unit's own buffers, Helsinki summer time (+03:00). */
export function booking(unitId: string, day: string, from: string, to: string, more: Partial<ReservationTiming> = {}): ReservationTiming {
  return {
    id: `r${nextId++}`,
    reservationUnitId: unitId,
    beginsAt: new Date(`${day}T${from}:00+03:00`).toISOString(),
    endsAt: new Date(`${day}T${to}:00+03:00`).toISOString(),
    state: 'CONFIRMED',
    type: 'NORMAL',
    bufferBeforeMin: null,
    bufferAfterMin: null,
    ...more,
  };
}

/** Deterministic pseudo-random numbers (mulberry32), so a failing workload can be replayed by its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
