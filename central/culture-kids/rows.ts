import type { CultureKidsEntityName, CultureKidsEntityRecord } from '../../domain/culture-kids/entities.ts';
import type { Versioned } from '../../domain/sync/command-context.ts';
import type { Queryable } from '../db/db.ts';

/** The generated columns of migration 200 a command looks rows up by. */
export type CkColumn = 'id' | 'cohort_id' | 'event_id' | 'event_group_id' | 'child_id' | 'guardian_id' | 'occurrence_id' | 'family_id';

/**
 * Culture Kids rows as the deciders take them, read from the tables of migration 200. Table and
 * column names come from the types above, never from input; `lock` takes the rows FOR UPDATE so a
 * concurrent command on them waits for this one's commit.
 */
export async function rowsBy<E extends CultureKidsEntityName>(
  tx: Queryable,
  table: E,
  column: CkColumn,
  values: readonly string[],
  lock = false,
): Promise<Versioned<CultureKidsEntityRecord[E]>[]> {
  if (values.length === 0) return [];
  const res = await tx.query<{ data: CultureKidsEntityRecord[E]; version: number }>(
    `SELECT data, version FROM ${table} WHERE ${column} = ANY($1::text[]) ORDER BY id${lock ? ' FOR UPDATE' : ''}`,
    [values],
    `ck_rows_${table}_${column}${lock ? '_lock' : ''}`,
  );
  return res.rows.map((r) => ({ record: r.data, version: r.version }));
}

export async function rowById<E extends CultureKidsEntityName>(tx: Queryable, table: E, id: string, lock = false): Promise<Versioned<CultureKidsEntityRecord[E]> | null> {
  return (await rowsBy(tx, table, 'id', [id], lock))[0] ?? null;
}

export const records = <T>(rows: readonly Versioned<T>[]): T[] => rows.map((r) => r.record);
