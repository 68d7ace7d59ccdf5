import type { Berth, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { CustomerHit, CustomerMatch, CustomerSearch } from '../../../domain/berths/customer-contract.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { preparedFor } from '../cache/prepared.ts';
import { compactText, searchTerms } from '../cache/search-text.ts';
import type { SqliteDatabase, SqliteStatement } from '../db/open-database.ts';

type Input = ParsedInput<'berths.searchCustomers'>;

/** The customers one FTS5 query matches in any of their pieces (customer-search-index.ts). */
const PIECES = 'SELECT o.customer_id FROM customer_fts f JOIN customer_fts_owner o ON o.piece = f.rowid WHERE customer_fts MATCH ?';

/**
 * Every word must match some piece of the customer (a name and a registration may be typed
 * together). Ranked: the name matches word for word, then the name starts with the words, then
 * every word is a whole word somewhere (a registration or business id typed in full), then the
 * rest; alphabetically within a tier.
 */
function rankedSql(terms: number): string {
  const all = Array.from({ length: terms }, () => PIECES).join(' INTERSECT ');
  return `WITH hits (customer_id) AS (${all})
    SELECT n.customer_id AS id, COUNT(*) OVER () AS total,
      CASE WHEN n.customer_id IN (${PIECES}) THEN 0 WHEN n.customer_id IN (${PIECES}) THEN 1 WHEN n.customer_id IN (${all}) THEN 2 ELSE 3 END AS tier
    FROM hits JOIN customer_fts_name n ON n.customer_id = hits.customer_id
    ORDER BY tier, n.name_sort, n.customer_id LIMIT ?`;
}

const ranked = preparedFor(() => new Map<number, SqliteStatement<(string | number)[], { id: string; total: number }>>());

const reads = preparedFor((db: SqliteDatabase) => ({
  customer: db.prepare<[string], { data: string }>('SELECT data FROM customer WHERE id = ?'),
  boats: db.prepare<[string], { data: string }>('SELECT data FROM boat WHERE customer_id = ? ORDER BY rowid'),
  leases: db.prepare<[string], { lease: string; berth: string | null; pier: string | null; harbour: string | null }>(
    `SELECT l.data AS lease, b.data AS berth, p.data AS pier, h.data AS harbour FROM lease l
     LEFT JOIN berth b ON b.id = l.berth_id LEFT JOIN pier p ON p.id = b.pier_id LEFT JOIN harbour h ON h.id = b.harbour_id
     WHERE json_extract(l.data, '$.customerId') = ? ORDER BY l.season DESC, l.rowid DESC`,
  ),
}));

/** Folded as the index folds (unicode61, remove_diacritics 2): ä and a, å and a, ö and o are one letter. */
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const wordsOf = (s: string) => [...fold(s).split(/[^\p{L}\p{N}]+/u), fold(compactText(s))].filter((w) => w.length > 0);

/** Whether any typed word starts a word of the value (what matched is shown for every such field). */
function hitBy(terms: readonly string[]) {
  return (value: string | null | undefined): boolean => {
    if (!value) return false;
    const words = wordsOf(value);
    return terms.some((t) => words.some((w) => w.startsWith(t)));
  };
}

const parse = <T>(data: string | null | undefined): T | null => (data ? (JSON.parse(data) as T) : null);

function matchesOf(db: SqliteDatabase, c: Customer, terms: readonly string[]): CustomerMatch[] {
  const hit = hitBy(terms);
  const r = reads(db);
  const out: CustomerMatch[] = [];
  if (hit(`${c.firstName} ${c.lastName}`)) out.push({ field: 'name', value: `${c.firstName} ${c.lastName}`.trim() });
  if (hit(c.companyName)) out.push({ field: 'company', value: c.companyName! });
  if (hit(c.email)) out.push({ field: 'email', value: c.email });
  const address = `${c.address}, ${c.zipCode} ${c.municipality}`;
  if (hit(address)) out.push({ field: 'address', value: address });
  if (hit(c.businessId)) out.push({ field: 'businessId', value: c.businessId! });
  for (const b of r.boats.all(c.id).map((x) => JSON.parse(x.data) as Boat)) if (hit(b.registrationNumber)) out.push({ field: 'registration', value: b.registrationNumber });
  for (const row of r.leases.all(c.id)) {
    const berth = parse<Berth>(row.berth);
    if (!berth) continue;
    const pier = parse<Pier>(row.pier);
    const harbour = parse<Harbour>(row.harbour);
    const words = [harbour?.name.fi, harbour?.name.sv, pier?.identifier, berth.number, `${pier?.identifier ?? ''}${berth.number}`].filter(Boolean).join(' ');
    if (!hit(words)) continue;
    const lease = JSON.parse(row.lease) as Lease;
    out.push({ field: 'berth', harbourName: harbour?.name ?? null, pier: pier?.identifier ?? null, number: berth.number, season: lease.season, status: lease.status });
  }
  return out;
}

/** Local, instant search over the cached customers (berths.searchCustomers). */
export function searchCustomers(db: SqliteDatabase, input: Input): CustomerSearch {
  const terms = searchTerms(input.text).map(fold);
  if (terms.length === 0) return { total: 0, rows: [] };
  const prefix = terms.map((t) => `"${t}"*`);
  const exact = terms.map((t) => `"${t}"`);
  const byCount = ranked(db);
  let stmt = byCount.get(terms.length);
  if (!stmt) byCount.set(terms.length, (stmt = db.prepare(rankedSql(terms.length))));
  const hits = stmt.all(...prefix, `names : (${exact.join(' ')})`, `names : (${prefix.join(' ')})`, ...exact, input.limit);
  const r = reads(db);
  const rows = hits.flatMap((h): CustomerHit[] => {
    const c = parse<Customer>(r.customer.get(h.id)?.data);
    if (!c) return [];
    return [{ id: c.id, kind: c.kind, firstName: c.firstName, lastName: c.lastName, companyName: c.companyName, email: c.email, municipality: c.municipality, matched: matchesOf(db, c, terms) }];
  });
  return { total: hits[0]?.total ?? 0, rows };
}
