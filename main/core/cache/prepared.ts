import type { SqliteDatabase } from '../db/open-database.ts';

/** Prepares a module's statements once per database and hands back the same set afterwards. */
export function preparedFor<T>(factory: (db: SqliteDatabase) => T): (db: SqliteDatabase) => T {
  const byDb = new WeakMap<SqliteDatabase, T>();
  return (db) => {
    let set = byDb.get(db);
    if (set === undefined) {
      set = factory(db);
      byDb.set(db, set);
    }
    return set;
  };
}

export interface VersionedData {
  version: number;
  data: string;
}

export function parseRow<T>(row: VersionedData | undefined): { record: T; version: number } | null {
  return row ? { record: JSON.parse(row.data) as T, version: row.version } : null;
}
