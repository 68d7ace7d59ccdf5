import type { Berth, BerthProduct, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { HarbourMasterData, PriceListState, PriceListVersion, PriceListsView } from '../../../domain/berths/master-data-contract.ts';
import type { MasterDataCommandType, MasterDataPayload } from '../../../domain/berths/master-data-commands.ts';
import { retired, type MasterDataState } from '../../../domain/berths/master-data-deciders.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  harbour: db.prepare<[string], VersionedData>('SELECT version, data FROM harbour WHERE id = ?'),
  pier: db.prepare<[string], VersionedData>('SELECT version, data FROM pier WHERE id = ?'),
  berth: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE id = ?'),
  piersOfHarbour: db.prepare<[string], VersionedData>('SELECT version, data FROM pier WHERE harbour_id = ?'),
  berthsOfHarbour: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE harbour_id = ?'),
  berthsOfPier: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE pier_id = ?'),
  leasesOnBerth: db.prepare<[string, number, number], VersionedData>('SELECT version, data FROM lease WHERE berth_id = ? AND season BETWEEN ? AND ?'),
  products: db.prepare<[], VersionedData>('SELECT version, data FROM berth_product'),
}));

const all = <T>(rows: VersionedData[]): Versioned<T>[] => rows.map((r) => ({ record: JSON.parse(r.data) as T, version: r.version }));
const natural = new Intl.Collator('fi', { numeric: true, sensitivity: 'base' });

/** One harbour with its piers and berths and their versions; null when the cache has no such harbour. */
export function harbourMasterData(db: SqliteDatabase, harbourId: string): HarbourMasterData | null {
  const s = statements(db);
  const harbour = parseRow<Harbour>(s.harbour.get(harbourId));
  if (!harbour) return null;
  const piers = all<Pier>(s.piersOfHarbour.all(harbourId)).sort((a, b) => natural.compare(a.record.identifier, b.record.identifier));
  const order = new Map(piers.map((p, i) => [p.record.id, i]));
  const berths = all<Berth>(s.berthsOfHarbour.all(harbourId)).sort(
    (a, b) => (order.get(a.record.pierId) ?? 0) - (order.get(b.record.pierId) ?? 0) || natural.compare(a.record.number, b.record.number),
  );
  return { harbour, piers, berths };
}

function stateOn(v: { validFrom: string | null; validUntil: string | null }, today: string): PriceListState {
  if (v.validFrom !== null && v.validFrom > today) return 'upcoming';
  return v.validUntil !== null && v.validUntil < today ? 'past' : 'current';
}

const CATEGORY_ORDER = ['default', 'dinghy', 'trailer', 'vasikkasaari'];

/** The price list as versions: the bands that share their days of validity, newest first. */
export function priceLists(db: SqliteDatabase, today: string): PriceListsView {
  const byVersion = new Map<string, PriceListVersion>();
  for (const p of all<BerthProduct>(statements(db).products.all())) {
    if (retired(p.record)) continue;
    const validFrom = p.record.validFrom ?? null;
    const validUntil = p.record.validUntil ?? null;
    const key = `${validFrom}|${validUntil}`;
    const version = byVersion.get(key) ?? { validFrom, validUntil, state: stateOn({ validFrom, validUntil }, today), products: [] };
    version.products.push(p);
    byVersion.set(key, version);
  }
  const versions = [...byVersion.values()].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  for (const v of versions) {
    v.products.sort((a, b) => CATEGORY_ORDER.indexOf(a.record.pricingCategory) - CATEGORY_ORDER.indexOf(b.record.pricingCategory) || a.record.minWidthExclusive - b.record.minWidthExclusive);
  }
  return { today, versions };
}

/** What a master data decider needs, from the cache as it is now (optimistic rows included). */
export function loadLocalMasterDataState(db: SqliteDatabase, type: MasterDataCommandType, payload: unknown, today: string): MasterDataState {
  const s = statements(db);
  switch (type) {
    case 'berths.editHarbour':
      return { harbour: parseRow<Harbour>(s.harbour.get((payload as MasterDataPayload<typeof type>).harbourId)) };
    case 'berths.editPier': {
      const pier = parseRow<Pier>(s.pier.get((payload as MasterDataPayload<typeof type>).pierId));
      if (!pier) return { pier };
      return {
        pier,
        siblingPiers: all<Pier>(s.piersOfHarbour.all(pier.record.harbourId)).map((p) => p.record),
        pierBerths: all<Berth>(s.berthsOfPier.all(pier.record.id)).map((b) => b.record),
      };
    }
    case 'berths.editBerth': {
      const berth = parseRow<Berth>(s.berth.get((payload as MasterDataPayload<typeof type>).berthId));
      if (!berth) return { berth };
      const year = Number(today.slice(0, 4));
      return {
        berth,
        pierBerths: all<Berth>(s.berthsOfPier.all(berth.record.pierId)).map((b) => b.record),
        berthLeases: all<Lease>(s.leasesOnBerth.all(berth.record.id, year - 1, year + 1)).map((l) => l.record),
      };
    }
    case 'berths.addBerth': {
      const p = payload as MasterDataPayload<typeof type>;
      const pier = parseRow<Pier>(s.pier.get(p.pierId));
      if (!pier) return { pier };
      return { pier, berth: parseRow<Berth>(s.berth.get(p.berthId)), pierBerths: all<Berth>(s.berthsOfPier.all(pier.record.id)).map((b) => b.record) };
    }
    case 'berths.addPier': {
      const p = payload as MasterDataPayload<typeof type>;
      const harbour = parseRow<Harbour>(s.harbour.get(p.harbourId));
      if (!harbour) return { harbour };
      return { harbour, pier: parseRow<Pier>(s.pier.get(p.pierId)), siblingPiers: all<Pier>(s.piersOfHarbour.all(harbour.record.id)).map((x) => x.record) };
    }
    case 'berths.savePriceList':
      return { products: all<BerthProduct>(s.products.all()) };
  }
}
