import type {
  BerthOccupancyReason,
  HarbourBerthRow,
  HarbourBerths,
  HarbourOccupancyCounts,
  HarbourOverview,
  HarbourOverviewRow,
} from '../../../domain/contract.ts';
import type { Harbour, Lease, MooringType } from '../../../domain/berths/entities.ts';
import { berthOccupancy } from '../../../domain/berths/availability.ts';
import { helsinkiDate, offerSeason } from '../../../domain/berths/seasons.ts';
import { can, type Role } from '../../../domain/roles.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor } from '../cache/prepared.ts';
import { finnishSortKey } from './tables.ts';

type LeaseLike = Pick<Lease, 'berthId' | 'season' | 'status' | 'customerId'>;
type BerthCells = { id: string; harbour_id: string; is_active: number; width: number; length: number };

/*
 * Whole-cache reads, one statement per table: 4,068 berths and a season's leases are a few
 * thousand rows, cheaper to read once and fold in JavaScript than to ask per harbour or berth.
 * The typed columns carry everything but a berth's mooring type, so only the drill-down parses JSON.
 */
const statements = preparedFor((db: SqliteDatabase) => ({
  harbours: db.prepare<[], { data: string }>('SELECT data FROM harbour'),
  harbour: db.prepare<[string], { data: string }>('SELECT data FROM harbour WHERE id = ?'),
  pierCounts: db.prepare<[], { harbour_id: string; n: number }>('SELECT harbour_id, COUNT(*) AS n FROM pier GROUP BY harbour_id'),
  berths: db.prepare<[], BerthCells>('SELECT id, harbour_id, is_active, width, length FROM berth'),
  harbourBerths: db.prepare<[string], BerthCells & { pier_id: string; number: string; mooring_type: MooringType; pier: string | null }>(
    `SELECT b.id, b.harbour_id, b.is_active, b.width, b.length, b.pier_id, b.number,
            json_extract(b.data, '$.mooringType') AS mooring_type, p.identifier AS pier
     FROM berth b LEFT JOIN pier p ON p.id = b.pier_id
     WHERE b.harbour_id = ?`,
  ),
  // Only the two seasons berthOccupancy looks at: this one and the one before (renewals).
  leases: db.prepare<[number, number], { berth_id: string; season: number; status: Lease['status']; customer_id: string }>(
    `SELECT berth_id, season, status, json_extract(data, '$.customerId') AS customer_id FROM lease WHERE season IN (?, ?)`,
  ),
  harbourLeases: db.prepare<[string, number, number], { berth_id: string; season: number; status: Lease['status']; customer_id: string }>(
    `SELECT l.berth_id, l.season, l.status, json_extract(l.data, '$.customerId') AS customer_id
     FROM lease l JOIN berth b ON b.id = l.berth_id
     WHERE b.harbour_id = ? AND l.season IN (?, ?)`,
  ),
}));

export interface OverviewActor {
  roles: readonly Role[];
}

/** The season asked for, or the one offers are made for on this Helsinki day. */
export function seasonOrDefault(season: number | undefined, now: Date): number {
  return season ?? offerSeason(helsinkiDate(now));
}

/** Natural order for pier identifiers and berth numbers: "2" before "10", "A" before "B". */
const natural = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });

function leasesByBerth(rows: readonly { berth_id: string; season: number; status: Lease['status']; customer_id: string }[]) {
  const byBerth = new Map<string, LeaseLike[]>();
  for (const r of rows) {
    const lease: LeaseLike = { berthId: r.berth_id, season: r.season, status: r.status, customerId: r.customer_id };
    const list = byBerth.get(r.berth_id);
    if (list) list.push(lease);
    else byBerth.set(r.berth_id, [lease]);
  }
  return byBerth;
}

function reasonOf(berth: BerthCells, leases: ReadonlyMap<string, LeaseLike[]>, season: number): BerthOccupancyReason {
  const o = berthOccupancy({ id: berth.id, isActive: berth.is_active === 1 }, leases.get(berth.id) ?? [], season);
  // A switch offer waiting on a berth is an offer on it (the cache holds no switch offers yet).
  return o.free ? 'free' : o.reason === 'switch_offer' ? 'offered' : o.reason;
}

/** Every harbour with its piers, berths and sizes; occupancy counts only for roles that read cases. */
export function harbourOverview(db: SqliteDatabase, actor: OverviewActor, season: number): HarbourOverview {
  const s = statements(db);
  const includesOccupancy = can(actor.roles, 'berths.cases.read');
  const rows = new Map<string, HarbourOverviewRow>();
  for (const { data } of s.harbours.all()) {
    const h = JSON.parse(data) as Harbour;
    rows.set(h.id, {
      id: h.id,
      name: h.name,
      region: h.region,
      pierCount: 0,
      berthCount: 0,
      activeBerths: 0,
      inactiveBerths: 0,
      maxWidth: null,
      maxLength: null,
      occupancy: includesOccupancy ? { free: 0, offered: 0, leased: 0, renewal: 0 } : null,
    });
  }
  for (const p of s.pierCounts.all()) {
    const row = rows.get(p.harbour_id);
    if (row) row.pierCount = p.n;
  }
  const leases = includesOccupancy ? leasesByBerth(s.leases.all(season, season - 1)) : null;
  for (const b of s.berths.all()) {
    // A berth may arrive before its harbour (rows come in commit order): it counts once the harbour does.
    const row = rows.get(b.harbour_id);
    if (!row) continue;
    row.berthCount += 1;
    if (b.is_active === 1) {
      row.activeBerths += 1;
      row.maxWidth = Math.max(row.maxWidth ?? 0, b.width);
      row.maxLength = Math.max(row.maxLength ?? 0, b.length);
    } else row.inactiveBerths += 1;
    if (leases && row.occupancy) {
      const reason = reasonOf(b, leases, season);
      if (reason !== 'inactive') row.occupancy[reason satisfies keyof HarbourOccupancyCounts] += 1;
    }
  }
  const harbours = [...rows.values()]
    .map((row) => ({ row, key: finnishSortKey(row.name.fi) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.row);
  return { season, includesOccupancy, harbours };
}

/** A harbour's berths by pier and number (natural order); null when the harbour is not in the cache. */
export function listHarbourBerths(db: SqliteDatabase, actor: OverviewActor, harbourId: string, season: number): HarbourBerths | null {
  const s = statements(db);
  if (!s.harbour.get(harbourId)) return null;
  const includesOccupancy = can(actor.roles, 'berths.cases.read');
  const leases = includesOccupancy ? leasesByBerth(s.harbourLeases.all(harbourId, season, season - 1)) : null;
  const berths = s.harbourBerths.all(harbourId).map(
    (b): HarbourBerthRow => ({
      id: b.id,
      pierId: b.pier_id,
      pier: b.pier ?? '',
      number: b.number,
      width: b.width,
      length: b.length,
      mooringType: b.mooring_type,
      isActive: b.is_active === 1,
      occupancy: leases ? reasonOf(b, leases, season) : null,
    }),
  );
  berths.sort((a, b) => natural.compare(a.pier, b.pier) || natural.compare(a.number, b.number) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { harbourId, season, includesOccupancy, berths };
}
