import type { DenyReason, ReservationUnit, Unit } from '../../domain/bookings/entities.ts';
import { buildRelationIndex, type RelationIndex } from '../../domain/space-holds/related-units.ts';
import type { SpaceNode } from '../../domain/bookings/vocabulary.ts';
import type { UnitGroups } from '../../domain/roles.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache } from '../sync/handler.ts';
import type { AncestorsOf } from './slots.ts';

/**
 * What every bookings command reads besides its own rows: the units, the space tree, the
 * reservation units with their rules, the unit groups grants are read through, and the deny
 * reasons. A few hundred rows, read once per push chunk.
 */
export interface BookingStructure {
  units: ReadonlyMap<string, Unit>;
  reservationUnits: ReadonlyMap<string, ReservationUnit>;
  relations: RelationIndex;
  ancestorsOf: AncestorsOf;
  groups: UnitGroups;
  denyReasons: readonly DenyReason[];
}

const CACHE_KEY = 'bookings.structure';

/** After a chunk's command changed the structure (a reservation unit's prices): its later commands read it again. */
export function forgetBookingStructure(cache: ChunkCache): void {
  cache.delete(CACHE_KEY);
}

export async function bookingStructure(tx: Queryable, cache?: ChunkCache): Promise<BookingStructure> {
  const cached = cache?.get(CACHE_KEY);
  if (cached) return cached as BookingStructure;
  const res = await tx.query<{ units: Unit[]; spaces: SpaceNode[]; rus: ReservationUnit[]; groups: { id: string; unitIds: string[] }[]; reasons: DenyReason[] }>(
    `SELECT
       (SELECT coalesce(json_agg(data), '[]') FROM booking_unit) AS units,
       (SELECT coalesce(json_agg(json_build_object('id', id, 'parentId', parent_id)), '[]') FROM booking_space) AS spaces,
       (SELECT coalesce(json_agg(data), '[]') FROM reservation_unit) AS rus,
       (SELECT coalesce(json_agg(data), '[]') FROM booking_unit_group) AS groups,
       (SELECT coalesce(json_agg(data ORDER BY (data->>'rank')::int), '[]') FROM deny_reason) AS reasons`,
    [],
    'bookings_structure',
  );
  const row = res.rows[0]!;
  const parentOf = new Map(row.spaces.map((s) => [s.id, s.parentId]));
  const structure: BookingStructure = {
    units: new Map(row.units.map((u) => [u.id, u])),
    reservationUnits: new Map(row.rus.map((u) => [u.id, u])),
    relations: buildRelationIndex(row.spaces, row.rus),
    ancestorsOf: (spaceId) => {
      const out: string[] = [];
      // A cycle in bad data ends the walk instead of looping.
      for (let p = parentOf.get(spaceId) ?? null; p !== null && p !== spaceId && !out.includes(p); p = parentOf.get(p) ?? null) out.push(p);
      return out;
    },
    groups: new Map(row.groups.map((g) => [g.id, g.unitIds])),
    denyReasons: row.reasons,
  };
  cache?.set(CACHE_KEY, structure);
  return structure;
}
