import type { Scope } from '../../domain/roles.ts';
import type { StreamEnd } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import { encodeCursor } from './cursor.ts';
import { feedHead } from './pull.ts';

export const STREAM_PAGE = 5000;

/**
 * The fast bootstrap: PostgreSQL renders each change as its NDJSON line and joins a page into one
 * text value, so a page costs one round trip and no JSON parsing or re-serialising in Node.
 * `write` resolves when the socket can take more (backpressure).
 */
export async function streamChanges(
  db: Queryable,
  scopes: readonly Scope[],
  after: number,
  write: (chunk: string) => Promise<void>,
  pageSize = STREAM_PAGE,
): Promise<StreamEnd> {
  const head = await feedHead(db);
  let seq = after;
  let count = 0;
  while (scopes.length > 0 && seq < head) {
    const res = await db.query<{ last: string | number | null; n: number; body: string | null }>(
      `SELECT max(seq) AS last, count(*)::int AS n, string_agg(line, E'\\n' ORDER BY seq) AS body FROM (
         SELECT seq, '{"entity":' || to_json(entity)::text || ',"id":' || to_json(id)::text
           || ',"op":"' || op || '","version":' || version::text
           || CASE WHEN op = 'delete' THEN '}' ELSE ',"data":' || coalesce(data::text, 'null') || '}' END AS line
         FROM sync_feed
         WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ','))
         ORDER BY seq LIMIT $4) page`,
      [String(seq), String(head), scopes.join(','), pageSize],
      'feed_stream_page',
    );
    const row = res.rows[0];
    if (!row || row.n === 0 || row.body === null || row.last === null) break;
    count += row.n;
    await write(row.body + '\n');
    if (row.n < pageSize) break;
    seq = Number(row.last);
  }
  return { end: true, cursor: encodeCursor({ seq: Math.max(head, after), scopes: [...scopes] }), count };
}
