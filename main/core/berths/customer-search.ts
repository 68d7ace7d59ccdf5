import type { Berth, Boat, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { CustomerHit, CustomerMatch, CustomerSearch } from '../../../domain/berths/customer-contract.ts';
import type { ParsedInput } from '../../../domain/contract.ts';
import { preparedFor } from '../cache/prepared.ts';
import { compactText, searchTerms } from '../cache/search-text.ts';
import type { SqliteDatabase, SqliteStatement } from '../db/open-database.ts';

type Input = ParsedInput<'berths.searchCustomers'>;

/**
 * Ranked: customers whose name holds every word come first (word for word before starts-with),
 * then customers with one other field holding every word (an email, a registration, a berth);
 * alphabetically within each. Only when no single field holds every word are the words looked
 * for spread over a customer's fields (a name and a registration typed together): each word must
 * then match some piece of the customer (customer-search-index.ts). That keeps a search of two
 * common words to the index's own AND, never an intersection of two large sets.
 */
const PIECES = 'SELECT DISTINCT o.customer_id AS id FROM customer_fts f JOIN customer_fts_owner o ON o.piece = f.rowid WHERE customer_fts MATCH ?';
/** Past this many pieces a word is too common to drive the search: the words' sets are intersected in SQL. */
const DRIVER_MAX = 500;

const statements = preparedFor((db: SqliteDatabase) => ({
  // A name piece is a customer piece: its rowid >> 3 is the customer's rowid.
  names: db.prepare<[string, number], { id: string }>(
    `SELECT c.id FROM customer_fts f JOIN customer c ON c.rowid = f.rowid >> 3 JOIN customer_fts_name n ON n.customer_id = c.id
     WHERE customer_fts MATCH ? ORDER BY n.name_sort, c.id LIMIT ?`,
  ),
  pieces: db.prepare<[string], { id: string }>(PIECES),
  countUpTo: db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM (SELECT 1 FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?)'),
  piecesOf: db.prepare<[string], { piece: number }>('SELECT piece FROM customer_fts_owner WHERE customer_id = ?'),
  // A range, not `rowid = ?`: FTS5 (3.53) answered a MATCH with `rowid = ?` with rows of other rowids.
  pieceMatches: db.prepare<[string, number, number], { one: number }>('SELECT 1 AS one FROM customer_fts WHERE customer_fts MATCH ? AND rowid >= ? AND rowid <= ?'),
  nameSort: db.prepare<[string], { name_sort: string }>('SELECT name_sort FROM customer_fts_name WHERE customer_id = ?'),
}));

/** The customers `inner` names, alphabetically, at most `?`: joined and sorted in SQL, never row by row in JS. */
const byName = (inner: string) => `SELECT n.customer_id AS id FROM (${inner}) h JOIN customer_fts_name n ON n.customer_id = h.id ORDER BY n.name_sort, n.customer_id LIMIT ?`;
const sortedHits = preparedFor(() => new Map<number, SqliteStatement<(string | number)[], { id: string }>>());

/** Customers with one piece matching the whole query, alphabetically, at most `take`. */
function inOnePiece(db: SqliteDatabase, query: string, take: number): string[] {
  const byCount = sortedHits(db);
  let stmt = byCount.get(1);
  if (!stmt) byCount.set(1, (stmt = db.prepare(byName(PIECES))));
  return stmt.all(query, take).map((r) => r.id);
}

/** Customers matching every prefix term in some piece, alphabetically, at most `take`. */
function otherFieldHits(db: SqliteDatabase, prefix: readonly string[], take: number): string[] {
  const s = statements(db);
  if (prefix.length > 1) {
    // Drive by the rarest word, then check the others on the few candidates' own pieces.
    const counted = prefix.map((q) => ({ q, n: s.countUpTo.get(q, DRIVER_MAX)!.n }));
    const driver = counted.reduce((a, b) => (b.n < a.n ? b : a));
    if (driver.n < DRIVER_MAX) {
      const others = prefix.filter((q) => q !== driver.q);
      return s.pieces
        .all(driver.q)
        .filter(({ id }) => {
          const own = s.piecesOf.all(id).map((p) => p.piece);
          return others.every((q) => own.some((piece) => s.pieceMatches.get(q, piece, piece)));
        })
        .map(({ id }) => ({ id, sort: s.nameSort.get(id)?.name_sort ?? '' }))
        .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.id < b.id ? -1 : 1))
        .slice(0, take)
        .map((r) => r.id);
    }
  }
  // One word, or only common ones: the words' sets intersected in SQL.
  const byCount = sortedHits(db);
  let stmt = byCount.get(prefix.length);
  if (!stmt) byCount.set(prefix.length, (stmt = db.prepare(byName(prefix.map(() => PIECES).join(' INTERSECT ')))));
  return stmt.all(...prefix, take).map((r) => r.id);
}

/**
 * Customer ids in rank order, at most `limit + 1` (the one more says there are more), and how
 * many lead the list by their name alone.
 */
function rankedIds(db: SqliteDatabase, terms: readonly string[], limit: number): { ids: string[]; byName: number } {
  const s = statements(db);
  const prefix = terms.map((t) => `"${t}"*`);
  const ranked: string[] = [];
  const listed = new Set<string>();
  const add = (ids: readonly string[]) => ids.forEach((id) => listed.has(id) || (listed.add(id), ranked.push(id)));
  add(s.names.all(`names : (${terms.map((t) => `"${t}"`).join(' ')})`, limit + 1).map((r) => r.id));
  add(s.names.all(`names : (${prefix.join(' ')})`, limit + 1 + ranked.length).map((r) => r.id));
  const byName = ranked.length;
  if (ranked.length > limit) return { ids: ranked.slice(0, limit + 1), byName };
  if (prefix.length > 1) {
    add(inOnePiece(db, prefix.join(' '), limit + 1 + ranked.length));
    if (ranked.length > 0) return { ids: ranked.slice(0, limit + 1), byName };
  }
  add(otherFieldHits(db, prefix, limit + 1 + ranked.length));
  return { ids: ranked.slice(0, limit + 1), byName };
}

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

/** The fields the words matched. A hit by name is shown by its name alone: its other fields are not read. */
function matchesOf(db: SqliteDatabase, c: Customer, terms: readonly string[], byName: boolean): CustomerMatch[] {
  const hit = hitBy(terms);
  const r = reads(db);
  const out: CustomerMatch[] = [];
  if (hit(`${c.firstName} ${c.lastName}`)) out.push({ field: 'name', value: `${c.firstName} ${c.lastName}`.trim() });
  if (byName) return out;
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
  if (terms.length === 0) return { rows: [], more: false };
  const { ids, byName } = rankedIds(db, terms, input.limit);
  const r = reads(db);
  const rows = ids.slice(0, input.limit).flatMap((id, i): CustomerHit[] => {
    const c = parse<Customer>(r.customer.get(id)?.data);
    if (!c) return [];
    return [{ id: c.id, kind: c.kind, firstName: c.firstName, lastName: c.lastName, companyName: c.companyName, email: c.email, municipality: c.municipality, matched: matchesOf(db, c, terms, i < byName) }];
  });
  return { rows, more: ids.length > input.limit };
}
