import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

/** The master data tables a record is added to or under (a fixed list: the name goes into the SQL). */
export type MasterTable = 'harbour' | 'pier' | 'berth' | 'winter_area' | 'winter_section' | 'winter_place';

type Row<T> = { data: T; version: number };

/** One row read under its row lock; `name` prefixes the query's name (`<name>_lock_<table>`). */
export async function lockRow<T>(tx: Queryable, table: MasterTable, id: string, name: string): Promise<Versioned<T> | null> {
  const row = (await tx.query<Row<T>>(`SELECT data, version FROM ${table} WHERE id = $1 FOR UPDATE`, [id], `${name}_lock_${table}`)).rows[0];
  return row ? { record: row.data, version: row.version } : null;
}

/**
 * What an add (decision 45) is decided on, read in the edits' order: its parent's row lock first
 * (none: nothing more is read), then a record the new id names already (refused, never
 * overwritten) and the parent's children, its column `parentColumn`. Two adds under one parent run
 * one after the other, so the second sees the first's record.
 */
export async function lockForAdd<P, C>(
  tx: Queryable,
  name: string,
  parent: { table: MasterTable; id: string },
  added: { table: MasterTable; id: string; parentColumn: 'harbour_id' | 'pier_id' | 'area_id' | 'section_id' },
): Promise<{ parent: Versioned<P>; existing: Versioned<C> | null; children: C[] } | null> {
  const locked = await lockRow<P>(tx, parent.table, parent.id, name);
  if (!locked) return null;
  const existing = await lockRow<C>(tx, added.table, added.id, name);
  const children = (await tx.query<{ data: C }>(`SELECT data FROM ${added.table} WHERE ${added.parentColumn} = $1`, [parent.id], `${name}_children_of_${parent.table}`)).rows.map((r) => r.data);
  return { parent: locked, existing, children };
}
