import type { AssistEntityName, AssistEntityRecord } from '../../domain/assist/entities.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

/** The columns of migration 300 a command looks rows up by. */
export type AsColumn = 'id' | 'service_point_id' | 'calendar_id' | 'kiosk_id' | 'helper_id';

const TEXT_ID_TABLES: ReadonlySet<AssistEntityName> = new Set(['as_service_point', 'as_helper_calendar']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Assistance rows as the deciders take them, read from the tables of migration 300. Table and
 * column names come from the types above, never from input; `lock` takes the rows FOR UPDATE so a
 * concurrent command on them waits for this one's commit. `where` narrows by a fixed condition.
 */
export async function rowsBy<E extends AssistEntityName>(
  tx: Queryable,
  table: E,
  column: AsColumn,
  values: readonly string[],
  opts: { lock?: boolean; where?: string; params?: readonly unknown[] } = {},
): Promise<Versioned<AssistEntityRecord[E]>[]> {
  const byUuid = column === 'id' && !TEXT_ID_TABLES.has(table);
  // A text that is no UUID names no row of a UUID table: left out rather than failing the cast.
  const keys = byUuid ? values.filter((v) => UUID.test(v)) : values;
  if (keys.length === 0) return [];
  const extra = opts.where ? ` AND ${opts.where}` : '';
  const res = await tx.query<{ data: AssistEntityRecord[E]; version: number }>(
    `SELECT data, version FROM ${table} WHERE ${column} = ANY($1::text[]${byUuid ? '::uuid[]' : ''})${extra} ORDER BY id${opts.lock ? ' FOR UPDATE' : ''}`,
    [keys, ...(opts.params ?? [])],
  );
  return res.rows.map((r) => ({ record: r.data, version: r.version }));
}

export async function rowById<E extends AssistEntityName>(tx: Queryable, table: E, id: string, lock = false): Promise<Versioned<AssistEntityRecord[E]> | null> {
  return (await rowsBy(tx, table, 'id', [id], { lock }))[0] ?? null;
}

export const records = <T>(rows: readonly Versioned<T>[]): T[] => rows.map((r) => r.record);
