import type { EntityName } from '../../../domain/workspaces.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import type { RowWriter } from './entity-table.ts';
import type { LocalDecision } from './workspace.ts';

type Puts = Extract<LocalDecision, { ok: true }>['puts'];

/**
 * Optimistic effects sit on top of the server rows: the first time an effect overwrites a row,
 * its server copy goes to `shadow` (or a marker that there was none). Taking the effects off
 * restores exactly the server state, so pulled rows are always written onto server rows.
 */
export interface OptimisticLayer {
  isEmpty(): boolean;
  /** Writes a decision's puts as pending rows. */
  put(puts: Puts, touched: Set<EntityName>): void;
  /** Restores every shadowed row and drops optimistic-only rows. */
  takeOff(touched: Set<EntityName>): void;
  /** A pending row's server copy is now this (an answered command's row under still-pending ones); false when it has none. */
  reshadow(entity: EntityName, id: string, version: number, data: string): boolean;
  /** A pending row became a server row: nothing to restore for it any more. */
  unshadow(entity: EntityName, id: string): void;
  clear(): void;
}

export function createOptimisticLayer(db: SqliteDatabase, writer: (entity: EntityName) => RowWriter): OptimisticLayer {
  const any = db.prepare<[], { n: number }>('SELECT EXISTS (SELECT 1 FROM shadow) AS n');
  const has = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM shadow WHERE entity = ? AND id = ?');
  const save = db.prepare<[string, string, number | null, string | null]>('INSERT INTO shadow (entity, id, version, data) VALUES (?, ?, ?, ?)');
  const all = db.prepare<[], { entity: EntityName; id: string; version: number | null; data: string | null }>('SELECT entity, id, version, data FROM shadow');
  const clear = db.prepare('DELETE FROM shadow');
  const update = db.prepare<[number, string, string, string]>('UPDATE shadow SET version = ?, data = ? WHERE entity = ? AND id = ?');
  const drop = db.prepare<[string, string]>('DELETE FROM shadow WHERE entity = ? AND id = ?');

  return {
    isEmpty: () => any.get()!.n === 0,
    put(puts, touched) {
      for (const p of puts) {
        const w = writer(p.entity);
        const id = (p.record as { id: string }).id;
        if (!has.get(p.entity, id)) {
          const server = w.read(id);
          save.run(p.entity, id, server ? server.version : null, server ? server.data : null);
        }
        w.putOptimistic(id, p.version, p.record);
        touched.add(p.entity);
      }
    },
    takeOff(touched) {
      for (const s of all.all()) {
        const w = writer(s.entity);
        if (s.version === null || s.data === null) w.remove(s.id, null);
        else w.restore(s.id, s.version, s.data);
        touched.add(s.entity);
      }
      clear.run();
    },
    reshadow: (entity, id, version, data) => update.run(version, data, entity, id).changes === 1,
    unshadow: (entity, id) => void drop.run(entity, id),
    clear: () => void clear.run(),
  };
}
