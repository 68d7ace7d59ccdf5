import type { Queryable } from '../db/db.ts';
import { encodeCursor } from './cursor.ts';
import { CHANGE_JSON } from './change-json.ts';
import { KIOSK_FIELDS_PARAM, kioskEntityFilter, kioskProjectedData } from '../kiosk/feed-projection.ts';

/**
 * The newest numbered change. Read BEFORE the changes themselves: everything committed after
 * this read carries a higher seq, so a cursor never jumps over a row.
 */
export async function feedHead(db: Queryable): Promise<number> {
  const res = await db.query<{ head: string | number }>('SELECT coalesce(max(seq), 0) AS head FROM sync_feed', [], 'feed_head');
  return Number(res.rows[0]?.head ?? 0);
}

/** The page's rows up to the head, one more than the limit to tell whether more follow. */
const ROWS = `SELECT seq, entity, id, op, version, data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= (SELECT head FROM h) AND scope = ANY(string_to_array($2, ','))
  ORDER BY seq LIMIT $3::int + 1`;

/** A kiosk's rows: public entities only, each cut to its public fields in SQL (central/kiosk/feed-projection.ts). */
const KIOSK_ROWS = `SELECT seq, entity, id, op, version, ${kioskProjectedData('$4')} AS data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= (SELECT head FROM h) AND scope = ANY(string_to_array($2, ',')) AND ${kioskEntityFilter('$4')}
  ORDER BY seq LIMIT $3::int + 1`;

/**
 * The head and the page in one statement, so in one snapshot: every row at or below the head it
 * reads is visible to it (feed lines are numbered in commit order), and the page costs one query.
 * The changes come as one JSON array text rendered by PostgreSQL; the extra row is only counted.
 */
const pageQuery = (rows: string) => `WITH h AS MATERIALIZED (SELECT coalesce(max(seq), 0)::bigint AS head FROM sync_feed),
  numbered AS (SELECT *, row_number() OVER (ORDER BY seq) AS n FROM (${rows}) r)
  SELECT (SELECT head FROM h) AS head, count(*)::int AS fetched,
    max(seq) FILTER (WHERE n <= $3) AS last,
    string_agg(${CHANGE_JSON}, ',' ORDER BY seq) FILTER (WHERE n <= $3) AS changes
  FROM numbered`;
const PAGE = pageQuery(ROWS);
const KIOSK_PAGE = pageQuery(KIOSK_ROWS);

interface PageRow {
  head: string | number | null;
  fetched: number;
  last: string | number | null;
  changes: string | null;
}

/** A page of the paged pull as its JSON body (a PullResponse), with the seq its cursor holds. */
export interface PulledPage {
  json: string;
  /** Where the next pull starts: the page's last seq when more follow, else the head. */
  upTo: number;
}

/** One page of the paged pull; `kiosk` for a kiosk terminal's projected feed. */
export async function pullPage(db: Queryable, scopes: readonly string[], after: number, limit: number, kiosk = false): Promise<PulledPage> {
  const params = [String(after), scopes.join(','), limit];
  const res = kiosk
    ? await db.query<PageRow>(KIOSK_PAGE, [...params, KIOSK_FIELDS_PARAM], 'feed_page_kiosk')
    : await db.query<PageRow>(PAGE, params, 'feed_page');
  const row = res.rows[0];
  const head = Number(row?.head ?? 0);
  const hasMore = (row?.fetched ?? 0) > limit;
  const upTo = hasMore ? Number(row!.last) : Math.max(head, after);
  const cursor = encodeCursor({ seq: upTo, scopes: [...scopes] });
  return { json: `{"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore},"changes":[${row?.changes ?? ''}]}`, upTo };
}
