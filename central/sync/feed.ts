import { ENTITIES, type EntityName } from '../../domain/workspaces.ts';
import type { Queryable } from '../db/db.ts';

/** One entity state to store: the row in its table and its line in the change feed. */
export interface EntityPut {
  entity: EntityName;
  id: string;
  version: number;
  data: unknown;
}

/** Entities whose id is not a UUID. */
const TEXT_IDS: ReadonlySet<EntityName> = new Set(['switch_reason']);

export const CHANGES_CHANNEL = 'kuva_changes';
const FEED_LOCK_KEY = 74_210_002;

function putStatement(entities: readonly EntityName[]): string {
  const writes = entities.map(
    (e, i) => `w${i} AS (
      INSERT INTO ${e} (id, version, data)
      SELECT id${TEXT_IDS.has(e) ? '' : '::uuid'}, v, d FROM src WHERE e = '${e}'
      ON CONFLICT (id) DO UPDATE SET version = excluded.version, data = excluded.data)`,
  );
  return `WITH src AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(e text, id text, v int, d jsonb, s text)),
    ${writes.join(',\n    ')}
    INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
    SELECT e, id, s, 'put', v, d, NULL FROM src
    ON CONFLICT (entity, id) DO UPDATE
      SET seq = NULL, scope = excluded.scope, op = 'put', version = excluded.version, data = excluded.data`;
}

/**
 * Writes entity states and their feed lines in one statement. The feed lines stay unnumbered
 * until `numberChanges` runs at the end of the transaction.
 */
export async function writePuts(tx: Queryable, puts: readonly EntityPut[]): Promise<void> {
  if (puts.length === 0) return;
  const entities = [...new Set(puts.map((p) => p.entity))].sort();
  const rows = puts.map((p) => ({ e: p.entity, id: p.id, v: p.version, d: p.data, s: ENTITIES[p.entity].scope }));
  await tx.query(putStatement(entities), [JSON.stringify(rows)], `feed_put_${entities.join('_')}`);
}

/**
 * Numbers this transaction's feed lines. The advisory lock is held until commit, so the
 * sequence order is the commit order: a reader at seq N never meets a later commit below N.
 */
export async function numberChanges(tx: Queryable): Promise<void> {
  await tx.exec(`SELECT pg_advisory_xact_lock(${FEED_LOCK_KEY});
    UPDATE sync_feed SET seq = nextval('sync_feed_seq') WHERE seq IS NULL;
    NOTIFY ${CHANGES_CHANNEL};`);
}
