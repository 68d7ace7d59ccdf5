/**
 * Which reservation units take time from each other (bookings brief 2.1, 4.1): units whose spaces are the
 * same or ancestors or descendants of each other, at any depth, and units sharing a resource.
 * Siblings and their children do not relate. The relation is deliberately not transitive: A–B by
 * space and B–C by resource leave A and C free of each other, because nothing physical is shared.
 *
 * Built once per structure (Varaamo keeps the same lookup materialised and rebuilds it nightly);
 * every lookup afterwards is a map read. The bookings deciders check conflicts by it and a kiosk
 * shows a space's free time by it, so a booking of the whole hall leaves its parts busy on both.
 */
export type UnitRelation = 'same_unit' | 'space' | 'resource';

/** The physical structure the relation reads: a space tree, units over spaces, shared resources. */
export interface SpaceNode {
  id: string;
  parentId: string | null;
}

export interface ReservationUnitLinks {
  id: string;
  spaceIds: readonly string[];
  resourceIds: readonly string[];
  /** Whole-day units allow one booking per day (Varaamo's reservation_block_whole_day). */
  blockWholeDay: boolean;
  bufferBeforeMin: number;
  bufferAfterMin: number;
}

export interface RelationIndex {
  /** The unit's own rules (buffers, whole-day blocking); undefined for a unit not in the structure. */
  unit(unitId: string): ReservationUnitLinks | undefined;
  /** Every unit related to this one, itself included, with how. */
  related(unitId: string): ReadonlyMap<string, UnitRelation>;
  relation(a: string, b: string): UnitRelation | null;
}

export function buildRelationIndex(spaces: readonly SpaceNode[], units: readonly ReservationUnitLinks[]): RelationIndex {
  const parentOf = new Map(spaces.map((s) => [s.id, s.parentId]));
  const childrenOf = new Map<string, string[]>();
  for (const s of spaces) {
    if (s.parentId === null) continue;
    const list = childrenOf.get(s.parentId) ?? [];
    list.push(s.id);
    childrenOf.set(s.parentId, list);
  }
  const unitsOnSpace = groupUnits(units, (u) => u.spaceIds);
  const unitsWithResource = groupUnits(units, (u) => u.resourceIds);

  const byId = new Map(units.map((u) => [u.id, u]));
  const relatedById = new Map<string, Map<string, UnitRelation>>();
  for (const u of units) {
    const related = new Map<string, UnitRelation>();
    // Resources first, so that a unit related both ways is told as the closer, spatial relation.
    for (const r of u.resourceIds) for (const other of unitsWithResource.get(r) ?? []) related.set(other, 'resource');
    for (const s of u.spaceIds) {
      for (const family of [ancestorsOf(s, parentOf), descendantsOf(s, childrenOf)]) {
        for (const space of family) for (const other of unitsOnSpace.get(space) ?? []) related.set(other, 'space');
      }
    }
    related.set(u.id, 'same_unit');
    relatedById.set(u.id, related);
  }

  return {
    unit: (unitId) => byId.get(unitId),
    related: (unitId) => relatedById.get(unitId) ?? new Map([[unitId, 'same_unit']]),
    relation: (a, b) => (a === b ? 'same_unit' : (relatedById.get(a)?.get(b) ?? null)),
  };
}

function groupUnits(units: readonly ReservationUnitLinks[], keys: (u: ReservationUnitLinks) => readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const u of units) {
    for (const k of keys(u)) {
      const list = map.get(k) ?? [];
      list.push(u.id);
      map.set(k, list);
    }
  }
  return map;
}

/** The space and every ancestor; a cycle in bad data ends the walk instead of looping. */
function ancestorsOf(spaceId: string, parentOf: ReadonlyMap<string, string | null>): Set<string> {
  const seen = new Set<string>();
  for (let s: string | null | undefined = spaceId; s != null && !seen.has(s); s = parentOf.get(s)) seen.add(s);
  return seen;
}

function descendantsOf(spaceId: string, childrenOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>([spaceId]);
  const stack = [spaceId];
  while (stack.length) {
    for (const child of childrenOf.get(stack.pop()!) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      stack.push(child);
    }
  }
  return seen;
}
