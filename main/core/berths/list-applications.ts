import type { ApplicationList, ApplicationRow, ParsedInput } from '../../../domain/contract.ts';
import type { Application, Harbour } from '../../../domain/berths/entities.ts';
import { APPLICATION_STATUSES } from '../../../domain/berths/entities.ts';
import type { SqliteDatabase, SqliteStatement } from '../db/open-database.ts';
import type { SqlValue } from '../cache/entity-table.ts';
import { isOfferOverdue } from '../../../domain/berths/overdue.ts';
import { helsinkiDate, offerSeason } from '../../../domain/berths/seasons.ts';
import { searchMatch } from './search-query.ts';
import { queuePositionsOf } from './queue-position.ts';
import { preparedFor } from '../cache/prepared.ts';

type Input = ParsedInput<'berths.listApplications'>;

const QUEUE = ['a.priority DESC', 'a.received_ms ASC', 'a.id ASC'];
const STATUS_RANK = `CASE a.status ${APPLICATION_STATUSES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;
const LEAD: Record<Input['sort']['column'], string[]> = {
  queue: QUEUE,
  reference: ['a.reference ASC', ...QUEUE],
  receivedAt: ['a.received_ms ASC', 'a.id ASC'],
  applicantName: ['a.applicant_sort ASC', ...QUEUE],
  boatWidth: ['a.boat_width ASC', ...QUEUE],
  boatLength: ['a.boat_length ASC', ...QUEUE],
  status: [`${STATUS_RANK} ASC`, ...QUEUE],
  season: ['a.season ASC', ...QUEUE],
};

/** ORDER BY terms: ties fall back to queue order so paging is stable; descending reverses every term. */
function orderBy(sort: Input['sort']): string {
  const terms = LEAD[sort.column];
  if (sort.direction === 'asc') return terms.join(', ');
  return terms.map((t) => (t.endsWith(' ASC') ? `${t.slice(0, -4)} DESC` : `${t.slice(0, -5)} ASC`)).join(', ');
}

/**
 * WHERE terms. With a sort other than the queue, status and kind are written `+a.status` so the
 * planner walks the sort column's index and filters, instead of sorting every matching row.
 */
function where(filter: Input['filter'], sort: Input['sort'] | null, today: string): { sql: string; params: SqlValue[] } {
  const terms: string[] = [];
  const params: SqlValue[] = [];
  const season = filter.season === 'current' ? offerSeason(today) : filter.season === 'all' ? undefined : filter.season;
  if (season !== undefined) {
    terms.push('a.season = ?');
    params.push(season);
  }
  if (filter.overdue) {
    // The SQL form of isOfferOverdue (domain/berths/overdue.ts): waiting offer, due before today.
    terms.push(
      "a.status = 'offer_sent' AND a.id IN (SELECT application_id FROM lease WHERE status = 'offered' AND due_date IS NOT NULL AND due_date < ?)",
    );
    params.push(today);
  }
  const plain = sort === null || sort.column === 'queue' || sort.column === 'status' ? '' : '+';
  if (filter.statuses && filter.statuses.length > 0) {
    terms.push(`${plain}a.status IN (${filter.statuses.map(() => '?').join(', ')})`);
    params.push(...filter.statuses);
  }
  if (filter.kind) {
    terms.push(`${plain}a.kind = ?`);
    params.push(filter.kind);
  }
  if (filter.harbourId) {
    terms.push('a.rowid IN (SELECT application_rowid FROM application_choice WHERE harbour_id = ?)');
    params.push(filter.harbourId);
  }
  const match = searchMatch(filter.text);
  if (match.kind === 'none') terms.push('0');
  if (match.kind === 'match') {
    // `+a.rowid`: the matches become a set the index scan below tests each row against. Without
    // the `+` the planner looked up every match's row in the table, whose pages are mostly JSON:
    // a short prefix matching a quarter of 100,000 applications took 90 ms to count, now 12 ms.
    terms.push('+a.rowid IN (SELECT rowid FROM application_fts WHERE application_fts MATCH ?)');
    params.push(match.query);
  }
  return { sql: terms.length > 0 ? `WHERE ${terms.join(' AND ')}` : '', params };
}

interface PageKey {
  rid: number;
  id: string;
  status: string;
  priority: number;
  received_ms: number;
  season: number;
}

const rowData = preparedFor((db: SqliteDatabase) =>
  db.prepare<[number], { data: string; first_choice: string | null; has_pending: number; due_date: string | null }>(
    `SELECT a.data, h.data AS first_choice, EXISTS (SELECT 1 FROM outbox o WHERE o.aggregate_id = a.id) AS has_pending,
       (SELECT l.due_date FROM lease l WHERE l.application_id = a.id AND l.status = 'offered' ORDER BY l.due_date DESC LIMIT 1) AS due_date
     FROM application a LEFT JOIN harbour h ON h.id = a.first_choice_id WHERE a.rowid = ?`,
  ),
);

// A handful of distinct shapes (filters x sort) recur all day: keep their statements.
const cache = new WeakMap<SqliteDatabase, Map<string, SqliteStatement<SqlValue[], unknown>>>();
function prepared<R>(db: SqliteDatabase, sql: string): SqliteStatement<SqlValue[], R> {
  let byDb = cache.get(db);
  if (!byDb) cache.set(db, (byDb = new Map()));
  let stmt = byDb.get(sql);
  if (!stmt) {
    if (byDb.size > 200) byDb.clear();
    stmt = db.prepare<SqlValue[], unknown>(sql);
    byDb.set(sql, stmt);
  }
  return stmt as SqliteStatement<SqlValue[], R>;
}

export function listApplications(db: SqliteDatabase, input: Input, now: Date): ApplicationList {
  const today = helsinkiDate(now);
  const counted = where(input.filter, null, today);
  const total = prepared<{ n: number }>(db, `SELECT COUNT(*) AS n FROM application a ${counted.sql}`).get(...counted.params)!.n;
  const w = where(input.filter, input.sort, today);
  // Sort and page on narrow keys, then read the page's 100 rows: the sorter never carries JSON.
  const keys = prepared<PageKey>(
    db,
    `SELECT a.rowid AS rid, a.id, a.status, a.priority, a.received_ms, a.season FROM application a ${w.sql} ORDER BY ${orderBy(input.sort)} LIMIT ? OFFSET ?`,
  ).all(...w.params, input.limit, input.offset);
  const read = rowData(db);
  const page = keys.map((k) => read.get(k.rid)!);
  const apps = page.map((r) => JSON.parse(r.data) as Application);
  const positions = queuePositionsOf(
    db,
    keys.filter((k) => k.status === 'pending'),
  );
  const rows = page.map((r, i): ApplicationRow => {
    const a = apps[i]!;
    return {
      id: a.id,
      reference: a.reference,
      kind: a.kind,
      status: a.status,
      priority: a.priority,
      receivedAt: a.receivedAt,
      queuePosition: positions.get(a.id) ?? null,
      applicantName: `${a.applicant.lastName} ${a.applicant.firstName}`.trim(),
      companyName: a.applicant.companyName,
      municipality: a.applicant.municipality,
      boatRegistration: a.boat.registrationNumber,
      boatName: a.boat.name,
      boatWidth: a.boat.width,
      boatLength: a.boat.length,
      firstChoice: r.first_choice ? (JSON.parse(r.first_choice) as Harbour).name : null,
      choiceCount: a.harbourChoices.length,
      season: a.season,
      offerDueDate: a.status === 'offer_sent' ? r.due_date : null,
      overdue: isOfferOverdue(a.status, r.due_date, today),
      pending: r.has_pending === 1,
    };
  });
  return { total, rows, offerSeason: offerSeason(today) };
}
