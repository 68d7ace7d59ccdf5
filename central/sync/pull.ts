import type { Change, PullResponse } from '../../domain/sync/protocol.ts';
import type { Queryable } from '../db/db.ts';
import { encodeCursor } from './cursor.ts';
import { KIOSK_FIELDS_PARAM, kioskEntityFilter, kioskProjectedData } from '../kiosk/feed-projection.ts';

/**
 * The newest numbered change. Read BEFORE the changes themselves: everything committed after
 * this read carries a higher seq, so a cursor never jumps over a row.
 */
export async function feedHead(db: Queryable): Promise<number> {
  const res = await db.query<{ head: string | number }>('SELECT coalesce(max(seq), 0) AS head FROM sync_feed', [], 'feed_head');
  return Number(res.rows[0]?.head ?? 0);
}

interface FeedRow {
  seq: string | number;
  entity: Change['entity'];
  id: string;
  op: Change['op'];
  version: number;
  data: unknown;
}

const PAGE = `SELECT seq, entity, id, op, version, data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ','))
  ORDER BY seq LIMIT $4`;

/** A kiosk's page: public entities only, each row cut to its public fields in SQL (central/kiosk/feed-projection.ts). */
const KIOSK_PAGE = `SELECT seq, entity, id, op, version, ${kioskProjectedData('$5')} AS data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ',')) AND ${kioskEntityFilter('$5')}
  ORDER BY seq LIMIT $4`;

/** One page of the paged pull; `kiosk` for a kiosk terminal's projected feed. */
export async function pullPage(db: Queryable, scopes: readonly string[], after: number, limit: number, kiosk = false): Promise<PullResponse> {
  const head = await feedHead(db);
  if (scopes.length === 0 || head <= after) {
    return { cursor: encodeCursor({ seq: Math.max(head, after), scopes: [...scopes] }), hasMore: false, changes: [] };
  }
  const params = [String(after), String(head), scopes.join(','), limit + 1];
  const res = kiosk
    ? await db.query<FeedRow>(KIOSK_PAGE, [...params, KIOSK_FIELDS_PARAM], 'feed_page_kiosk')
    : await db.query<FeedRow>(PAGE, params, 'feed_page');
  const hasMore = res.rows.length > limit;
  const rows = hasMore ? res.rows.slice(0, limit) : res.rows;
  const changes: Change[] = rows.map((r) =>
    r.op === 'delete'
      ? { entity: r.entity, id: r.id, op: r.op, version: r.version }
      : { entity: r.entity, id: r.id, op: r.op, version: r.version, data: r.data },
  );
  const last = rows.at(-1);
  const seq = hasMore && last ? Number(last.seq) : head;
  return { cursor: encodeCursor({ seq, scopes: [...scopes] }), hasMore, changes };
}
