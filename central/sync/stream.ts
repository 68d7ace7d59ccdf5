import type { StreamEnd, StreamStart } from '../../domain/sync/protocol.ts';
import type { Db } from '../db/db.ts';
import { encodeCursor } from './cursor.ts';
import { CHANGE_JSON } from './change-json.ts';
import { feedHead } from './pull.ts';
import { KIOSK_FIELDS_PARAM, kioskEntityFilter, kioskProjectedData } from '../kiosk/feed-projection.ts';

/**
 * Rows per page. A page of applications runs to about 2 MB, and a stalled reader holds two (the
 * one being written and the one read ahead): the page size is what one connection may hold.
 */
export const STREAM_PAGE = 2500;

/** Lines are rendered after the LIMIT, so a page never renders rows it does not send. */
const PAGE = `SELECT seq, entity, id, op, version, data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ',')) ORDER BY seq LIMIT $4`;

/** A kiosk's page: public entities only, each row cut to its public fields before it is rendered. */
const KIOSK_PAGE = `SELECT seq, entity, id, op, version, ${kioskProjectedData('$5')} AS data FROM sync_feed
  WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ',')) AND ${kioskEntityFilter('$5')} ORDER BY seq LIMIT $4`;

/**
 * How many lines the whole range holds, by entity: the pages' WHERE, counted. It reads the rows'
 * heads only (no data is detoasted or rendered), so it costs a small part of the stream it announces.
 */
const RANGE = `FROM sync_feed WHERE seq > $1::bigint AND seq <= $2::bigint AND scope = ANY(string_to_array($3, ','))`;
const TOTAL = `SELECT entity, count(*)::int AS n ${RANGE} GROUP BY entity`;
const KIOSK_TOTAL = `SELECT entity, count(*)::int AS n ${RANGE} AND ${kioskEntityFilter('$4')} GROUP BY entity`;

async function countRange(db: Db, after: number, head: number, scopes: string, kiosk: boolean): Promise<StreamStart> {
  const params: string[] = [String(after), String(head), scopes];
  if (kiosk) params.push(KIOSK_FIELDS_PARAM);
  const res = await db.query<{ entity: string; n: number }>(kiosk ? KIOSK_TOTAL : TOTAL, params, kiosk ? 'feed_stream_total_kiosk' : 'feed_stream_total');
  const entities: Record<string, number> = {};
  let total = 0;
  for (const r of res.rows) {
    entities[r.entity] = r.n;
    total += r.n;
  }
  return { start: true, total, entities };
}

interface Page {
  last: number;
  count: number;
  body: string;
}

/**
 * One page. Over the wire (pg) a row per line keeps protocol messages small; in-process (PGlite)
 * one aggregated text value per page avoids creating a JS object per row.
 */
async function readPage(db: Db, after: number, head: number, scopes: string, size: number, kiosk: boolean): Promise<Page> {
  const params: (string | number)[] = [String(after), String(head), scopes, size];
  if (kiosk) params.push(KIOSK_FIELDS_PARAM);
  const page = kiosk ? KIOSK_PAGE : PAGE;
  if (db.kind === 'pglite') {
    const res = await db.query<{ last: string | number | null; n: number; body: string | null }>(
      `SELECT max(seq) AS last, count(*)::int AS n, string_agg(line, E'\\n' ORDER BY seq) AS body
       FROM (SELECT seq, ${CHANGE_JSON} AS line FROM (${page}) rows) page`,
      params,
    );
    const row = res.rows[0];
    return { last: Number(row?.last ?? after), count: row?.n ?? 0, body: row?.body ?? '' };
  }
  const res = await db.query<{ seq: string; line: string }>(
    `SELECT seq, ${CHANGE_JSON} AS line FROM (${page}) rows`,
    params,
    kiosk ? 'feed_stream_page_kiosk' : 'feed_stream_page',
  );
  const rows = res.rows;
  let body = '';
  for (let i = 0; i < rows.length; i++) body += i === 0 ? rows[i]!.line : '\n' + rows[i]!.line;
  return { last: rows.length ? Number(rows[rows.length - 1]!.seq) : after, count: rows.length, body };
}

const FIRST_PAGE = 1000;

/**
 * The fast bootstrap: a start line with the number of changes to come, then keyset pages up to the
 * head seen at the start. The next page is read while the current one is written, and `write`
 * resolves only when the reader has room (backpressure): a reader that falls behind makes the
 * stream wait, holding at most these two pages.
 */
export async function streamChanges(
  db: Db,
  scopes: readonly string[],
  after: number,
  write: (chunk: string) => Promise<void>,
  pageSize = STREAM_PAGE,
  /** Runs once the range (after, head] is known, before any of it is written (the audit of reads). */
  beforeSending?: (head: number) => Promise<void>,
  /** A kiosk terminal's projected feed (central/kiosk/feed-projection.ts). */
  kiosk = false,
  /** Open with the start line: only a client that asks for it knows it. */
  announceTotal = true,
): Promise<StreamEnd> {
  const head = await feedHead(db);
  await beforeSending?.(head);
  const scopeList = scopes.join(',');
  let count = 0;
  // A small first page puts bytes on the wire sooner: the client starts writing while the big
  // pages behind it are still being read.
  let size = Math.min(FIRST_PAGE, pageSize);
  const any = scopes.length > 0 && after < head;
  // The rows of (after, head] only ever leave the range (a changed row gets a seq past the head),
  // so the total is exact while nothing changes and never less than what is sent.
  // Counted beside the first page (over a pool, at the same time).
  let next: Promise<Page> | null = any ? readPage(db, after, head, scopeList, size, kiosk) : null;
  try {
    if (announceTotal) {
      const start: StreamStart = any ? await countRange(db, after, head, scopeList, kiosk) : { start: true, total: 0, entities: {} };
      await write(JSON.stringify(start) + '\n');
    }
  } catch (error) {
    await next?.catch(() => {});
    throw error;
  }
  while (next) {
    const page = await next;
    const full = page.count === size;
    size = pageSize;
    next = full && page.last < head ? readPage(db, page.last, head, scopeList, size, kiosk) : null;
    if (page.count === 0) break;
    count += page.count;
    try {
      // Two writes: joining first would copy the whole page.
      await write(page.body);
      await write('\n');
    } catch (error) {
      await next?.catch(() => {});
      throw error;
    }
  }
  return { end: true, cursor: encodeCursor({ seq: Math.max(head, after), scopes: [...scopes] }), count };
}
