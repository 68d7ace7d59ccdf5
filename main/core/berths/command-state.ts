import type { Application, Berth, BerthProduct, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { BerthCommandState } from '../../../domain/berths/decide.ts';
import type { Versioned } from '../../../domain/sync/command-context.ts';
import type { BerthCommandType } from '../../../domain/berths/commands.ts';
import { berthCommandTargets } from '../../../domain/berths/decide.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseRow, preparedFor, type VersionedData } from '../cache/prepared.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  application: db.prepare<[string], VersionedData>('SELECT version, data FROM application WHERE id = ?'),
  leasesOfApplication: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE application_id = ?'),
  berth: db.prepare<[string], VersionedData>('SELECT version, data FROM berth WHERE id = ?'),
  pier: db.prepare<[string], VersionedData>('SELECT version, data FROM pier WHERE id = ?'),
  harbour: db.prepare<[string], VersionedData>('SELECT version, data FROM harbour WHERE id = ?'),
  leasesOnBerth: db.prepare<[string], VersionedData>('SELECT version, data FROM lease WHERE berth_id = ?'),
  products: db.prepare<[], VersionedData>('SELECT version, data FROM berth_product'),
  customer: db.prepare<[string], VersionedData>('SELECT version, data FROM customer WHERE id = ?'),
}));

const records = <T>(rows: VersionedData[]): Versioned<T>[] => rows.map((r) => ({ record: JSON.parse(r.data) as T, version: r.version }));

/** The local state a berth decider needs, read from the cache as it is now (optimistic rows included). */
export function loadBerthCommandState(db: SqliteDatabase, type: BerthCommandType, payload: { applicationId: string; berthId?: string }): BerthCommandState {
  const s = statements(db);
  const targets = berthCommandTargets(type, payload);
  const application = parseRow<Application>(s.application.get(targets.applicationId));
  const state: BerthCommandState = {
    application,
    applicationLeases: records<Lease>(s.leasesOfApplication.all(targets.applicationId)),
  };
  if (targets.berthId !== null) {
    const berth = parseRow<Berth>(s.berth.get(targets.berthId));
    state.berth = berth;
    state.pier = berth ? (parseRow<Pier>(s.pier.get(berth.record.pierId))?.record ?? null) : null;
    state.harbour = berth ? (parseRow<Harbour>(s.harbour.get(berth.record.harbourId))?.record ?? null) : null;
    state.berthLeases = records<Lease>(s.leasesOnBerth.all(targets.berthId)).map((l) => l.record);
    state.products = records<BerthProduct>(s.products.all()).map((p) => p.record);
    state.customer = application ? (parseRow<Customer>(s.customer.get(application.record.customerId))?.record ?? null) : null;
  }
  return state;
}
