import type { BerthOrder } from '../../domain/berths/order-entity.ts';
import { BERTH_DECIDERS, berthCommandTargets, type BerthCommandState, type Decision, type Put } from '../../domain/berths/decide.ts';
import type { CommandContext, Versioned } from '../../domain/sync/command-context.ts';
import type { BerthCommandType } from '../../domain/berths/commands.ts';
import type { Application, Berth, BerthProduct, Boat, Customer, Harbour, Lease, Pier } from '../../domain/berths/entities.ts';
import { ENTITY_NAMES, type EntityName } from '../../domain/workspaces.ts';
import type { Queryable } from '../db/db.ts';

/**
 * An in-memory copy of every synced row of a central, for the property test of the push: it runs
 * the same domain deciders on its own copy, so what the central wrote can be checked against what
 * the deciders of its applied commands produced, row by row.
 */
export interface ModelRow {
  version: number;
  data: unknown;
}

export const rowKey = (entity: EntityName, id: string) => `${entity}:${id}`;

/** A transaction id: every row written after this call carries a newer one in its xmin. */
export async function writeMark(db: Queryable): Promise<number> {
  const res = await db.query<{ x: string }>('SELECT txid_current()::text AS x');
  return Number(res.rows[0]!.x);
}

/**
 * Every entity row written (inserted or updated, even with the same data) since `mark`, straight
 * from the rows' xmin, and how many rows each table holds (a deleted row shows in the counts).
 */
export async function writtenSince(db: Queryable, mark: number): Promise<{ rows: Map<string, ModelRow>; counts: Map<EntityName, number> }> {
  const rows = new Map<string, ModelRow>();
  const written = await db.query<{ e: EntityName; id: string; version: number; data: unknown }>(
    ENTITY_NAMES.map((e) => `SELECT '${e}'::text AS e, id::text AS id, version, data FROM ${e} WHERE xmin::text::bigint > $1`).join('\nUNION ALL '),
    [mark],
  );
  for (const r of written.rows) rows.set(rowKey(r.e, r.id), { version: r.version, data: r.data });
  const counted = await db.query<{ e: EntityName; n: number }>(ENTITY_NAMES.map((e) => `SELECT '${e}'::text AS e, count(*)::int AS n FROM ${e}`).join(' UNION ALL '));
  return { rows, counts: new Map(counted.rows.map((r) => [r.e, r.n])) };
}

/** What the model predicts for one command: the decider's answer, and the write rule's. */
export interface Prediction {
  status: 'applied' | 'rejected' | 'conflict';
  code: string | null;
  /** The rows an applied command writes, by key. */
  puts: Map<string, { version: number; data: unknown }>;
  applicationVersion?: number;
}

export class PushModel {
  readonly rows = new Map<string, ModelRow>();
  private readonly counts = new Map<EntityName, number>();
  private readonly leasesOfApplication = new Map<string, Set<string>>();
  private readonly leasesOfBerth = new Map<string, Set<string>>();
  /** Rows the predictions wrote since the last `settle`. */
  private touched = new Map<string, { version: number; data: unknown }>();

  static async load(db: Queryable): Promise<PushModel> {
    const model = new PushModel();
    const { rows } = await writtenSince(db, 0);
    for (const [key, row] of rows) model.setRow(key, row);
    return model;
  }

  count(entity: EntityName): number {
    return this.counts.get(entity) ?? 0;
  }

  private setRow(key: string, row: ModelRow) {
    if (!this.rows.has(key)) {
      const entity = key.slice(0, key.indexOf(':')) as EntityName;
      this.counts.set(entity, this.count(entity) + 1);
    }
    this.rows.set(key, row);
    if (!key.startsWith('lease:')) return;
    const lease = row.data as Lease;
    for (const [index, by] of [[this.leasesOfApplication, lease.applicationId], [this.leasesOfBerth, lease.berthId]] as const) {
      if (!by) continue;
      const set = index.get(by) ?? new Set<string>();
      set.add(lease.id);
      index.set(by, set);
    }
  }

  get<T>(entity: EntityName, id: string): Versioned<T> | null {
    const row = this.rows.get(rowKey(entity, id));
    return row ? { record: row.data as T, version: row.version } : null;
  }

  all<T>(entity: EntityName): Versioned<T>[] {
    const out: Versioned<T>[] = [];
    for (const [k, row] of this.rows) if (k.startsWith(`${entity}:`)) out.push({ record: row.data as T, version: row.version });
    return out;
  }

  leasesOf(applicationId: string): Versioned<Lease>[] {
    return [...(this.leasesOfApplication.get(applicationId) ?? [])].map((id) => this.get<Lease>('lease', id)!);
  }

  /** What the central's berth handler loads for a command, from the model instead. */
  private state(type: BerthCommandType, payload: { applicationId: string; berthId?: string }): BerthCommandState {
    const targets = berthCommandTargets(type, payload);
    const application = this.get<Application>('application', targets.applicationId);
    const state: BerthCommandState = {
      application,
      applicationLeases: application ? this.leasesOf(application.record.id) : [],
      applicationOrders: application ? this.all<BerthOrder>('berth_order').filter((o) => o.record.applicationId === application.record.id) : [],
      customer: application ? (this.get<Customer>('customer', application.record.customerId)?.record ?? null) : null,
    };
    if (targets.berthId && application) {
      const berth = this.get<Berth>('berth', targets.berthId);
      const pier = berth ? this.get<Pier>('pier', berth.record.pierId) : null;
      const harbour = berth ? this.get<Harbour>('harbour', berth.record.harbourId) : null;
      const found = berth && pier && harbour;
      state.berth = found ? berth : null;
      state.pier = found ? pier.record : null;
      state.harbour = found ? harbour.record : null;
      const season = application.record.season;
      state.berthLeases = found
        ? [...(this.leasesOfBerth.get(targets.berthId) ?? [])].map((id) => this.get<Lease>('lease', id)!.record).filter((l) => l.season === season || l.season === season - 1)
        : [];
      state.products = this.all<BerthProduct>('berth_product').map((p) => p.record);
    }
    if (type === 'berths.linkApplicationCustomer' && application) {
      const app = application.record;
      const target = this.get<Customer>('customer', (payload as { customerId?: string }).customerId?.toLowerCase() ?? '');
      state.linkTarget = target ? { customer: target.record, boats: this.all<Boat>('boat').filter((b) => b.record.customerId === target.record.id).map((b) => b.record) } : null;
      state.applicationBoat = this.get<Boat>('boat', app.boatId);
      state.boatShared =
        this.all<Application>('application').some((a) => a.record.boatId === app.boatId && a.record.id !== app.id) || this.all<Lease>('lease').some((l) => l.record.boatId === app.boatId);
    }
    return state;
  }

  /** Creating never overwrites; an update meets its row at the version before. The first put that breaks it. */
  private writeRule(puts: readonly Put[]): 'id_taken' | 'version_mismatch' | null {
    const seen = new Set<string>();
    for (const p of puts) {
      const key = rowKey(p.entity, p.record.id);
      const current = this.rows.get(key);
      const fits = p.version === 1 ? current === undefined : current?.version === p.version - 1;
      if (seen.has(key) || !fits) return p.version === 1 ? 'id_taken' : 'version_mismatch';
      seen.add(key);
    }
    return null;
  }

  /** Runs the domain decider on the model and, when the command applies, writes its puts. */
  predict(type: BerthCommandType, payload: { applicationId: string; berthId?: string }, ctx: CommandContext): Prediction {
    const decision: Decision = (BERTH_DECIDERS[type] as (s: BerthCommandState, p: unknown, c: CommandContext) => Decision)(this.state(type, payload), payload, ctx);
    if (!decision.ok) return { status: decision.status, code: decision.code, puts: new Map() };
    const refused = this.writeRule(decision.puts);
    if (refused) return { status: 'rejected', code: refused, puts: new Map() };
    const puts = new Map<string, { version: number; data: unknown }>();
    for (const p of decision.puts) {
      const key = rowKey(p.entity, p.record.id);
      // JSON, as the central stores it.
      const data = JSON.parse(JSON.stringify(p.record)) as unknown;
      puts.set(key, { version: p.version, data });
      this.touched.set(key, { version: p.version, data });
      this.setRow(key, { version: p.version, data });
    }
    const applicationVersion = decision.puts.find((p) => p.entity === 'application')?.version;
    return applicationVersion === undefined ? { status: 'applied', code: null, puts } : { status: 'applied', code: null, puts, applicationVersion };
  }

  /** Takes in rows the central wrote that no prediction covered (the other workspaces' commands). */
  absorb(written: ReadonlyMap<string, ModelRow>): void {
    for (const [key, row] of written) this.setRow(key, row);
  }

  /** Forgets a row the central deleted (a Culture Kids queue place a decision dropped). */
  drop(key: string): void {
    if (!this.rows.delete(key)) return;
    const entity = key.slice(0, key.indexOf(':')) as EntityName;
    this.counts.set(entity, this.count(entity) - 1);
  }

  /** The rows predictions wrote since the last call, and forget them. */
  takeTouched(): Map<string, { version: number; data: unknown }> {
    const t = this.touched;
    this.touched = new Map();
    return t;
  }

}
