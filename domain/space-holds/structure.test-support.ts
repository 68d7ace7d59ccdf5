import type { ReservationUnitLinks, SpaceNode } from './related-units.ts';

/**
 * A small Helsinki-like structure for the relation and conflict tests: the Mika Waltari hall of the old
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
