import { isBlockingState } from '../../domain/bookings/conflicts.ts';
import { spanOf } from '../../domain/space-holds/held-span.ts';
import type { ReservationTiming, ReservationUnitLinks } from '../../domain/bookings/vocabulary.ts';
import type { Queryable } from '../db/db.ts';

/**
 * How a blocking reservation occupies `reservation_slot` (migration 101), so that the exclusion
 * constraint refuses exactly the pairs the domain rule (conflicts.ts `blockCause`, relations.ts)
 * calls conflicts.
 *
 * Where: one key per thing the booking takes. `space:<id>` for each of its unit's spaces with
 * the full space lane ("own"), and `space:<ancestor>` for every ancestor of those spaces with its
 * own point lane ("under"): a booking of the parent (own) meets a child's under row at any
 * depth, two children under one parent (two points) never meet. `resource:<id>` and
 * `ru:<reservation unit>` are own rows: sharing a resource or a unit relates two bookings, and
 * nothing is transitive because each pair must share one key.
 *
 * When: the booking's own time in the full time lane ("core"), and its time widened by its
 * buffers in its point lane ("buffered"): a core meets cores and the other's buffered time, two
 * buffered times never meet (buffers may touch buffers). A BLOCKED booking has only its core, in
 * the lane [0,1) that meets cores (and other BLOCKED) but no point lane: it ignores buffers both
 * ways. A whole-day unit's buffers are the rest of its Helsinki days (spanOf).
 */
export type SpaceLane = 'own' | 'under';
export type TimeLane = 'core' | 'buffered' | 'blocked';

export interface SlotRow {
  reservationId: string;
  key: string;
  /** ISO instants, [from, to). */
  from: string;
  to: string;
  slane: SpaceLane;
  tlane: TimeLane;
}

/** The ancestors of a space (not the space itself), nearest first. */
export type AncestorsOf = (spaceId: string) => readonly string[];

/** The rows of one reservation; none when its state does not hold time. */
export function slotRows(r: ReservationTiming, unit: ReservationUnitLinks, ancestorsOf: AncestorsOf): SlotRow[] {
  if (!isBlockingState(r.state)) return [];
  const places = new Map<string, SpaceLane>();
  for (const s of unit.spaceIds) places.set(`space:${s}`, 'own');
  for (const s of unit.spaceIds) {
    // A space that is both own and an ancestor of another own space stays own: that meets more.
    for (const a of ancestorsOf(s)) if (!places.has(`space:${a}`)) places.set(`space:${a}`, 'under');
  }
  for (const res of unit.resourceIds) places.set(`resource:${res}`, 'own');
  places.set(`ru:${unit.id}`, 'own');

  const span = spanOf(r, unit);
  const iso = (ms: number) => new Date(ms).toISOString();
  const times: { from: string; to: string; tlane: TimeLane }[] = span.blocked
    ? [{ from: iso(span.begin), to: iso(span.end), tlane: 'blocked' }]
    : [{ from: iso(span.begin), to: iso(span.end), tlane: 'core' }];
  if (!span.blocked && (span.before > 0 || span.after > 0)) times.push({ from: iso(span.begin - span.before), to: iso(span.end + span.after), tlane: 'buffered' });

  const rows: SlotRow[] = [];
  for (const [key, slane] of [...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    for (const t of times) rows.push({ reservationId: r.id, key, slane, ...t });
  }
  return rows;
}

/** The lanes as ranges: a reservation's point is [k+1, k+2), never 0, so never inside [0,1). */
const LANES_SQL = `
  CASE WHEN x.slane = 'own' THEN '[0,)'::int8range ELSE int8range(ks.k + 1, ks.k + 2) END AS sl,
  CASE x.tlane WHEN 'core' THEN '[0,)'::int8range WHEN 'blocked' THEN '[0,1)'::int8range ELSE int8range(ks.k + 1, ks.k + 2) END AS tl`;

/**
 * Stores the rows of several reservations (each with a fresh k); a clash with a stored row fails
 * with the exclusion violation (23P01). Two transactions inserting clashing rows at once can
 * deadlock whatever the row order (the constraint is checked after each new index entry is in):
 * a writer racing others takes `lockSlotRows` (slot-locks.ts) first. The seed does not: it writes
 * alone, and its thousands of rows would overflow the lock table.
 */
export async function insertSlotRows(tx: Queryable, rows: readonly SlotRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(r uuid, key text, f timestamptz, t timestamptz, slane text, tlane text)),
       ks AS (SELECT r, nextval('reservation_slot_k') AS k FROM (SELECT DISTINCT r FROM x) d)
     INSERT INTO reservation_slot (reservation_id, k, key, span, slane, tlane)
     SELECT x.r, ks.k, x.key, tstzrange(x.f, x.t, '[)'), ${LANES_SQL}
     FROM x JOIN ks ON ks.r = x.r
     ORDER BY x.key, x.r`,
    [JSON.stringify(rows.map((row) => ({ r: row.reservationId, key: row.key, f: row.from, t: row.to, slane: row.slane, tlane: row.tlane })))],
    'bookings_insert_slots',
  );
}

export async function deleteSlotRows(tx: Queryable, reservationIds: readonly string[]): Promise<void> {
  if (reservationIds.length === 0) return;
  await tx.query('DELETE FROM reservation_slot WHERE reservation_id = ANY($1::uuid[])', [reservationIds], 'bookings_delete_slots');
}

/**
 * The stored reservations whose rows meet these rows under the constraint's own test: who holds
 * the time a refused write wanted. The candidate's point lane is one no stored reservation has.
 */
export async function slotHolders(tx: Queryable, rows: readonly SlotRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const res = await tx.query<{ id: string }>(
    `WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(r uuid, key text, f timestamptz, t timestamptz, slane text, tlane text)),
       ks AS (SELECT (2::bigint ^ 62)::bigint AS k),
       c AS (SELECT x.r, x.key, tstzrange(x.f, x.t, '[)') AS span, ${LANES_SQL} FROM x, ks)
     SELECT DISTINCT s.reservation_id::text AS id FROM c
       JOIN reservation_slot s ON s.key = c.key AND s.span && c.span AND s.slane && c.sl AND s.tlane && c.tl AND s.reservation_id <> c.r
     ORDER BY 1`,
    [JSON.stringify(rows.map((row) => ({ r: row.reservationId, key: row.key, f: row.from, t: row.to, slane: row.slane, tlane: row.tlane })))],
    'bookings_slot_holders',
  );
  return res.rows.map((r) => r.id);
}
