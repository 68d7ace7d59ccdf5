import type { EntityName } from '../../domain/workspaces.ts';
import type { Queryable } from '../db/db.ts';
import { lockFeed, writePuts } from './feed.ts';

const CHUNK = 2000;

/**
 * Demo and test data: version-1 records of one entity with their feed lines, through the shared
 * write path, numbered as they are written. It takes the feed lock until the transaction ends, as
 * seeding may; the transaction still ends with `numberChanges`, which tells the events streams.
 * In order of calls, so what is loaded first (a harbour before its piers) comes first in the feed.
 */
export async function loadRecords(tx: Queryable, entity: EntityName, records: readonly { id: string }[]): Promise<void> {
  if (records.length === 0) return;
  await lockFeed(tx);
  for (let i = 0; i < records.length; i += CHUNK) {
    const refused = await writePuts(tx, records.slice(i, i + CHUNK).map((r) => ({ entity, id: r.id, version: 1, data: r })), { numbered: true });
    if (refused) throw new Error(`Seeding ${entity}: ${refused.message}`);
  }
}
