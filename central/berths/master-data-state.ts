import type { Berth, BerthProduct, Harbour, Lease, Pier } from '../../domain/berths/entities.ts';
import type { MasterDataCommandType, MasterDataPayload } from '../../domain/berths/master-data-commands.ts';
import type { MasterDataState } from '../../domain/berths/master-data-deciders.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';
import { lockForAdd, lockRow } from './master-add-state.ts';

type Row<T> = { data: T; version: number };
const lockOne = <T>(tx: Queryable, table: 'harbour' | 'pier' | 'berth', id: string): Promise<Versioned<T> | null> => lockRow<T>(tx, table, id, 'master');

async function dataOf<T>(tx: Queryable, sql: string, params: unknown[], name: string): Promise<T[]> {
  return (await tx.query<{ data: T }>(sql, params, name)).rows.map((r) => r.data);
}

/**
 * Loads a master data command's state under row locks, in one order for every command: pier
 * before berth, so two edits on one pier (a number both want, a pier taken out of use while a
 * berth on it is put back in use) run one after the other. An offer locks the berth alone and
 * writes its lease under that lock, so a berth taken out of use sees every lease an offer made. An
 * added berth locks its pier, so of two adds of one number the second sees the first's berth; an
 * added or edited pier locks its harbour first, so of two wanting one identifier the second sees the first's.
 */
export async function loadMasterDataState(tx: Queryable, type: MasterDataCommandType, payload: unknown, today: string): Promise<MasterDataState> {
  switch (type) {
    case 'berths.editHarbour':
      return { harbour: await lockOne<Harbour>(tx, 'harbour', (payload as MasterDataPayload<typeof type>).harbourId) };
    case 'berths.editPier': {
      // The harbour first, as an added pier locks it: an identifier two of them want is decided one after the other.
      const pierId = (payload as MasterDataPayload<typeof type>).pierId;
      const [harbourId] = await dataOf<string>(tx, 'SELECT harbour_id::text AS data FROM pier WHERE id = $1', [pierId], 'master_pier_harbour');
      if (harbourId === undefined) return { pier: null };
      await lockOne<Harbour>(tx, 'harbour', harbourId);
      const pier = await lockOne<Pier>(tx, 'pier', pierId);
      if (!pier) return { pier };
      return {
        pier,
        siblingPiers: await dataOf<Pier>(tx, 'SELECT data FROM pier WHERE harbour_id = $1', [pier.record.harbourId], 'master_sibling_piers'),
        pierBerths: await dataOf<Berth>(tx, 'SELECT data FROM berth WHERE pier_id = $1', [pier.record.id], 'master_pier_berths'),
      };
    }
    case 'berths.editBerth': {
      const berthId = (payload as MasterDataPayload<typeof type>).berthId;
      const [pierId] = await dataOf<string>(tx, 'SELECT pier_id::text AS data FROM berth WHERE id = $1', [berthId], 'master_berth_pier');
      if (pierId === undefined) return { berth: null };
      await tx.query('SELECT 1 FROM pier WHERE id = $1 FOR UPDATE', [pierId], 'master_lock_pier_of_berth');
      const berth = await lockOne<Berth>(tx, 'berth', berthId);
      const year = Number(today.slice(0, 4));
      return {
        berth,
        pierBerths: await dataOf<Berth>(tx, 'SELECT data FROM berth WHERE pier_id = $1', [pierId], 'master_pier_berths'),
        berthLeases: await dataOf<Lease>(tx, 'SELECT data FROM lease WHERE berth_id = $1 AND season BETWEEN $2::int - 1 AND $2::int + 1', [berthId, year], 'master_berth_leases'),
      };
    }
    case 'berths.addBerth': {
      // The pier's lock makes two adds on one pier (or an add and an edit wanting one number) run one after the other.
      const p = payload as MasterDataPayload<typeof type>;
      const s = await lockForAdd<Pier, Berth>(tx, 'master', { table: 'pier', id: p.pierId }, { table: 'berth', id: p.berthId, parentColumn: 'pier_id' });
      return s ? { pier: s.parent, berth: s.existing, pierBerths: s.children } : { pier: null };
    }
    case 'berths.addPier': {
      // The harbour's lock makes two adds in one harbour (or an add and an edit wanting one identifier) run one after the other.
      const p = payload as MasterDataPayload<typeof type>;
      const s = await lockForAdd<Harbour, Pier>(tx, 'master', { table: 'harbour', id: p.harbourId }, { table: 'pier', id: p.pierId, parentColumn: 'harbour_id' });
      return s ? { harbour: s.parent, pier: s.existing, siblingPiers: s.children } : { harbour: null };
    }
    case 'berths.savePriceList': {
      // Every product locked: two new versions saved at once cannot both end the same open one.
      const res = await tx.query<Row<BerthProduct>>('SELECT data, version FROM berth_product ORDER BY id FOR UPDATE', [], 'master_lock_products');
      return { products: res.rows.map((r) => ({ record: r.data, version: r.version })) };
    }
  }
}
