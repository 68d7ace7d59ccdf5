import { sql as initial } from './001-initial.ts';

export interface Migration {
  level: number;
  sql: string;
}

/** Applied in order at open, all pending ones in one transaction; PRAGMA user_version = last level. */
export const MIGRATIONS: readonly Migration[] = [{ level: 1, sql: initial }];
