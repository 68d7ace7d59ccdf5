import { createHash } from 'node:crypto';
import { ENTITIES, partitionField, type EntityName } from '../../domain/workspaces.ts';
import { CULTURE_KIDS_ENTITIES } from '../../domain/culture-kids/entities.ts';
import type { Queryable } from '../db/db.ts';

/** One entity state to store: the row in its table and its line in the change feed. */
export interface EntityPut {
  entity: EntityName;
  id: string;
  version: number;
  data: unknown;
}

/** Why a set of puts was not written; nothing of it was (the caller rolls back to its savepoint). */
export interface WriteRefusal {
  code: 'id_taken' | 'version_mismatch';
  entity: EntityName;
  id: string;
  message: string;
}

/** A feed line's scope: the entity's, or for a partitioned scope `<scope>:<unit of the row>`. */
function scopeOf(e: EntityName, row: string): string {
  const field = partitionField(e);
  return field === null ? `'${ENTITIES[e].scope}'::text` : `'${ENTITIES[e].scope}:' || (${row}data->>'${field}')`;
}

/** Entities whose id is not a UUID. */
const TEXT_IDS: ReadonlySet<EntityName> = new Set(['switch_reason', ...(Object.keys(CULTURE_KIDS_ENTITIES) as EntityName[]), 'as_service_point', 'as_helper_calendar']);

export const CHANGES_CHANNEL = 'kuva_changes';
const FEED_LOCK_KEY = 74_210_002;

/**
 * The write rule, for every entity of every workspace: version 1 creates a row that must not
 * exist yet, version n updates the row that is at n - 1. Nothing else is written: a put that
 * would overwrite a row someone else created, or move a version sideways or down, writes nothing
 * and is missing from what the statement returns. Feed lines are written only for rows written.
 */
function putStatement(entities: readonly EntityName[], numbered: boolean): string {
  const key = (e: EntityName, column: string) => (TEXT_IDS.has(e) ? column : `${column}::uuid`);
  // Each write returns what it wrote, so the feed takes exactly those rows (each at most once).
  const returning = (e: EntityName, row: string) => `RETURNING '${e}'::text AS e, ${row}id::text AS id, ${row}version AS v, ${row}data AS d, ${scopeOf(e, row)} AS s`;
  const writes = entities.flatMap((e, i) => [
    `c${i} AS (
      INSERT INTO ${e} (id, version, data)
      SELECT ${key(e, 'id')}, v, d FROM src WHERE e = '${e}' AND v = 1
      ON CONFLICT (id) DO NOTHING
      ${returning(e, '')})`,
    `u${i} AS (
      UPDATE ${e} t SET version = src.v, data = src.d FROM src
      WHERE src.e = '${e}' AND src.v > 1 AND t.id = ${key(e, 'src.id')} AND t.version = src.v - 1
      ${returning(e, 't.')})`,
  ]);
  const written = entities.flatMap((_, i) => [`SELECT * FROM c${i}`, `SELECT * FROM u${i}`]).join(' UNION ALL ');
  return `WITH src AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(e text, id text, v int, d jsonb)),
    ${writes.join(',\n    ')},
    written AS (${written}),
    feed AS (
      INSERT INTO sync_feed (entity, id, scope, op, version, data, seq)
      SELECT e, id, s, 'put', v, d, ${numbered ? "nextval('sync_feed_seq')" : 'NULL'} FROM written
      ON CONFLICT (entity, id) DO UPDATE
        SET seq = ${numbered ? 'excluded.seq' : 'NULL'}, scope = excluded.scope, op = 'put', version = excluded.version, data = excluded.data)
    SELECT e, id FROM written`;
}

function refusal(put: EntityPut): WriteRefusal {
  return put.version === 1
    ? { code: 'id_taken', entity: put.entity, id: put.id, message: `A ${put.entity} with the id ${put.id} exists already; creating never overwrites.` }
    : {
        code: 'version_mismatch',
        entity: put.entity,
        id: put.id,
        message: `The ${put.entity} ${put.id} is not at version ${put.version - 1}, which the command was decided on.`,
      };
}

/**
 * PostgreSQL cuts a prepared statement's name at 63 bytes, so two sets of entities that share a
 * long prefix would be one statement there: past that length the name is a digest of the set.
 */
export function putStatementName(entities: readonly string[]): string {
  const plain = `feed_put_${entities.join('_')}`;
  return plain.length <= 63 ? plain : `feed_put_${createHash('sha256').update(entities.join(',')).digest('hex').slice(0, 32)}`;
}

/**
 * Writes entity states and their feed lines in one statement, under the write rule above. Returns
 * null when every put was written, else the first put that was not; then the caller must roll
 * back what this statement did write. The feed lines stay unnumbered until `numberChanges` runs
 * at the end of the transaction; `numbered` lines get their numbers now, for a caller that has
 * taken `lockFeed` first.
 */
export async function writePuts(tx: Queryable, puts: readonly EntityPut[], options: { numbered?: boolean } = {}): Promise<WriteRefusal | null> {
  if (puts.length === 0) return null;
  const numbered = options.numbered === true;
  const entities = [...new Set(puts.map((p) => p.entity))].sort();
  const rows = puts.map((p) => ({ e: p.entity, id: p.id, v: p.version, d: p.data }));
  const name = putStatementName(entities);
  const res = await tx.query<{ e: string; id: string }>(putStatement(entities, numbered), [JSON.stringify(rows)], numbered ? `${name.slice(0, 61)}_n` : name);
  if (res.rows.length === puts.length) return null;
  const done = new Map<string, number>();
  for (const r of res.rows) done.set(`${r.e}:${r.id}`, (done.get(`${r.e}:${r.id}`) ?? 0) + 1);
  // A put not written, or one of two puts of the same row (only one of them can be).
  const missing = puts.find((p) => {
    const k = `${p.entity}:${TEXT_IDS.has(p.entity) ? p.id : p.id.toLowerCase()}`;
    const n = done.get(k) ?? 0;
    done.set(k, n - 1);
    return n <= 0;
  });
  return refusal(missing ?? puts[puts.length - 1]!);
}

/**
 * Holds the feed's numbering lock until commit, so a bulk load may number its lines as it writes
 * them (`writePuts(…, { numbered: true })`): numbering them afterwards rewrote every feed row once
 * more, a third of a test central's seeding. Only for a writer that may hold the lock that long.
 */
export async function lockFeed(tx: Queryable): Promise<void> {
  await tx.exec(`SELECT pg_advisory_xact_lock(${FEED_LOCK_KEY})`);
}

/**
 * Numbers this transaction's feed lines. The advisory lock is held until commit, so the
 * sequence order is the commit order: a reader at seq N never meets a later commit below N.
 * `channel`: who is told at commit (every events stream unless a narrower channel is named).
 */
export async function numberChanges(tx: Queryable, channel: string = CHANGES_CHANNEL): Promise<void> {
  await tx.exec(`SELECT pg_advisory_xact_lock(${FEED_LOCK_KEY});
    UPDATE sync_feed SET seq = nextval('sync_feed_seq') WHERE seq IS NULL;
    NOTIFY ${channel};`);
}
