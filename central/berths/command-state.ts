import type { Application, Berth, BerthProduct, Boat, Customer, Harbour, Lease, Pier } from '../../domain/berths/entities.ts';
import type { CreateLeasePayload } from '../../domain/berths/lease-create-schema.ts';
import type { BerthCommandState } from '../../domain/berths/decide.ts';
import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import type { ChunkCache } from '../sync/handler.ts';

type ApplicationState = Pick<BerthCommandState, 'application' | 'applicationLeases' | 'applicationOrders' | 'customer'>;

const EMPTY: ApplicationState = { application: null, applicationLeases: [], applicationOrders: [], customer: null };

/** An application's state as loaded; `alone`: without its leases, orders and customer (their lists are empty, not read). */
export interface LoadedApplicationState {
  state: ApplicationState;
  alone: boolean;
}

/**
 * Applications (row-locked, in id order), their leases, their orders and their customers, in one
 * round trip; for the ids in `alone`, the application only (a chunk of notes reads no more).
 */
export async function loadApplicationStates(tx: Queryable, applicationIds: readonly string[], alone: ReadonlySet<string> = new Set()): Promise<Map<string, LoadedApplicationState>> {
  const res = await tx.query<{ id: string; data: Application; version: number; alone: boolean; leases: Versioned<Lease>[] | null; orders: Versioned<BerthOrder>[] | null; customer: Customer | null }>(
    `SELECT a.id::text AS id, a.data, a.version, a.id = ANY($2::uuid[]) AS alone,
       CASE WHEN a.id <> ALL($2::uuid[]) THEN (SELECT coalesce(json_agg(json_build_object('record', l.data, 'version', l.version)), '[]'::json)
          FROM lease l WHERE l.application_id = a.id) END AS leases,
       CASE WHEN a.id <> ALL($2::uuid[]) THEN (SELECT coalesce(json_agg(json_build_object('record', o.data, 'version', o.version)), '[]'::json)
          FROM berth_order o WHERE o.application_id = a.id) END AS orders,
       CASE WHEN a.id <> ALL($2::uuid[]) THEN (SELECT c.data FROM customer c WHERE c.id = a.customer_id) END AS customer
     FROM application a WHERE a.id = ANY($1::uuid[]) ORDER BY a.id FOR UPDATE OF a`,
    [applicationIds, [...alone]],
    'berths_load_applications',
  );
  // Keyed by the id as PostgreSQL writes it (lower case); a payload may spell it in capitals.
  const states = new Map<string, LoadedApplicationState>(applicationIds.map((id) => [id.toLowerCase(), { state: EMPTY, alone: false }]));
  for (const row of res.rows) {
    const state = { application: { record: row.data, version: row.version }, applicationLeases: row.leases ?? [], applicationOrders: row.orders ?? [], customer: row.customer };
    states.set(row.id, { state, alone: row.alone });
  }
  return states;
}

/** One application's state (row-locked); see loadApplicationStates. */
export async function loadApplicationState(tx: Queryable, applicationId: string): Promise<ApplicationState> {
  return (await loadApplicationStates(tx, [applicationId])).get(applicationId.toLowerCase())?.state ?? EMPTY;
}

const BERTH_WITH_PLACE = `SELECT b.data, b.version, p.data AS pier, h.data AS harbour
     FROM berth b JOIN pier p ON p.id = b.pier_id JOIN harbour h ON h.id = b.harbour_id
     WHERE b.id = $1`;

async function berthWithPlace(tx: Queryable, berthId: string, sql: string, name: string): Promise<{ berth: Versioned<Berth>; pier: Pier; harbour: Harbour } | null> {
  const res = await tx.query<{ data: Berth; version: number; pier: Pier; harbour: Harbour }>(sql, [berthId], name);
  const row = res.rows[0];
  return row ? { berth: { record: row.data, version: row.version }, pier: row.pier, harbour: row.harbour } : null;
}

/** The berth (row-locked) with its pier and harbour. */
export function lockBerth(tx: Queryable, berthId: string): Promise<{ berth: Versioned<Berth>; pier: Pier; harbour: Harbour } | null> {
  return berthWithPlace(tx, berthId, `${BERTH_WITH_PLACE} FOR UPDATE OF b`, 'berths_lock_berth');
}

/** The berth with its pier and harbour, read without a lock: for a command that prices the berth but does not hold it. */
export function readBerth(tx: Queryable, berthId: string): Promise<{ berth: Versioned<Berth>; pier: Pier; harbour: Harbour } | null> {
  return berthWithPlace(tx, berthId, BERTH_WITH_PLACE, 'berths_read_berth');
}

type LockedBerth = NonNullable<Awaited<ReturnType<typeof lockBerth>>>;

/**
 * A chunk's berths (row-locked in id order, as one lockBerth each would) with their piers and
 * harbours, then in a second statement, after the locks, their leases of the seasons asked and
 * the ones before (see berthLeases): keyed by berth id, null for a berth that does not exist.
 */
export async function lockBerthsWithLeases(
  tx: Queryable,
  berthIds: readonly string[],
  seasons: readonly number[],
): Promise<Map<string, { locked: LockedBerth; leases: Lease[] } | null>> {
  const res = await tx.query<{ id: string; data: Berth; version: number; pier: Pier; harbour: Harbour }>(
    `SELECT b.id::text AS id, b.data, b.version, p.data AS pier, h.data AS harbour
     FROM berth b JOIN pier p ON p.id = b.pier_id JOIN harbour h ON h.id = b.harbour_id
     WHERE b.id = ANY($1::uuid[]) ORDER BY b.id FOR UPDATE OF b`,
    [berthIds],
    'berths_lock_berths',
  );
  const leases = await tx.query<{ berth_id: string; data: Lease }>(
    'SELECT berth_id::text AS berth_id, data FROM lease WHERE berth_id = ANY($1::uuid[]) AND season = ANY($2::int[])',
    [res.rows.map((r) => r.id), [...new Set(seasons.flatMap((season) => [season - 1, season]))]],
    'berths_berths_leases',
  );
  const out = new Map<string, { locked: LockedBerth; leases: Lease[] } | null>(berthIds.map((id) => [id.toLowerCase(), null]));
  for (const r of res.rows) out.set(r.id, { locked: { berth: { record: r.data, version: r.version }, pier: r.pier, harbour: r.harbour }, leases: [] });
  for (const l of leases.rows) out.get(l.berth_id)?.leases.push(l.data);
  return out;
}

/**
 * Leases on a berth in a season and the one before. A separate statement after the lock, so its
 * snapshot includes whatever the previous lock holder committed.
 */
export async function berthLeases(tx: Queryable, berthId: string, season: number): Promise<Lease[]> {
  const res = await tx.query<{ data: Lease }>(
    'SELECT data FROM lease WHERE berth_id = $1 AND season IN ($2::int - 1, $2::int)',
    [berthId, season],
    'berths_berth_leases',
  );
  return res.rows.map((r) => r.data);
}

export async function products(tx: Queryable, cache: ChunkCache): Promise<BerthProduct[]> {
  const cached = cache.get('berth_product');
  if (cached) return cached as BerthProduct[];
  const res = await tx.query<{ data: BerthProduct }>('SELECT data FROM berth_product', [], 'berths_products');
  const list = res.rows.map((r) => r.data);
  cache.set('berth_product', list);
  return list;
}

/** The ids of every harbour, for an edit's harbour choices (harbours are not removed, so no lock is needed). */
export async function harbourIds(tx: Queryable, cache: ChunkCache): Promise<ReadonlySet<string>> {
  const cached = cache.get('harbour_ids');
  if (cached) return cached as ReadonlySet<string>;
  const res = await tx.query<{ id: string }>('SELECT id::text AS id FROM harbour', [], 'berths_harbour_ids');
  const ids = new Set(res.rows.map((r) => r.id));
  cache.set('harbour_ids', ids);
  return ids;
}

/**
 * A lease made without an application: the berth under the lock every offer of it takes, its
 * leases read after the lock (two handlers racing for the berth run one after the other, and the
 * second sees the first's lease), the customer and the boat as they are, and the price list.
 */
export async function loadCreateLeaseState(tx: Queryable, p: CreateLeasePayload, cache: ChunkCache): Promise<BerthCommandState> {
  const locked = await lockBerth(tx, p.berthId);
  const parties = await tx.query<{ customer: Customer | null; boat: Boat | null }>(
    'SELECT (SELECT data FROM customer WHERE id = $1::uuid) AS customer, (SELECT data FROM boat WHERE id = $2::uuid) AS boat',
    [p.customerId, p.boatId],
    'berths_create_lease_parties',
  );
  const row = parties.rows[0];
  return {
    application: null,
    applicationLeases: [],
    customer: row?.customer ?? null,
    boat: row?.boat ?? null,
    berth: locked?.berth ?? null,
    pier: locked?.pier ?? null,
    harbour: locked?.harbour ?? null,
    berthLeases: locked ? await berthLeases(tx, p.berthId, p.season) : [],
    products: await products(tx, cache),
  };
}

/**
 * Linking an application to another customer, after the application's own lock: the customer
 * named (row-locked: application first, then customer, in every link) with its boats, the
 * application's boat (row-locked, so no lease or application takes it while it moves) and whether
 * another application or lease names that boat, read after the locks.
 */
export async function loadLinkState(tx: Queryable, app: Application, customerId: string): Promise<Partial<BerthCommandState>> {
  const target = await tx.query<{ data: Customer }>('SELECT data FROM customer WHERE id = $1::uuid FOR UPDATE', [customerId], 'berths_link_lock_customer');
  const boat = await tx.query<{ data: Boat; version: number }>('SELECT data, version FROM boat WHERE id = $1::uuid FOR UPDATE', [app.boatId], 'berths_link_lock_boat');
  const rest = await tx.query<{ boats: Boat[]; shared: boolean; customer: Customer | null }>(
    `SELECT (SELECT coalesce(json_agg(b.data ORDER BY b.id), '[]'::json) FROM boat b WHERE b.customer_id = $1::uuid) AS boats,
       (EXISTS (SELECT 1 FROM application a WHERE a.boat_id = $2::uuid AND a.id <> $3::uuid)
         OR EXISTS (SELECT 1 FROM lease l WHERE l.boat_id = $2::uuid)) AS shared,
       (SELECT c.data FROM customer c WHERE c.id = $4::uuid) AS customer`,
    [customerId, app.boatId, app.id, app.customerId],
    'berths_link_parties',
  );
  const customer = target.rows[0]?.data ?? null;
  const row = rest.rows[0];
  const own = boat.rows[0];
  return {
    customer: row?.customer ?? null,
    linkTarget: customer ? { customer, boats: row?.boats ?? [] } : null,
    applicationBoat: own ? { record: own.data, version: own.version } : null,
    boatShared: row?.shared ?? false,
  };
}
