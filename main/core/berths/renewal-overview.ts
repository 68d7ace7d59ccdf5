import type { Berth, BerthProduct, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { pierName } from '../../../domain/berths/matching.ts';
import { berthPrice } from '../../../domain/berths/pricing.ts';
import { invoiceContactProblem, renewalCounts, renewalRefusal } from '../../../domain/berths/renewal.ts';
import type { RenewalBerth, RenewalCandidate, RenewalContact, RenewalFailure, RenewalOverview } from '../../../domain/berths/renewal-contract.ts';
import { defaultBerthLeaseDates, helsinkiDate, offerSeason } from '../../../domain/berths/seasons.ts';
import { fail, ok, type Result } from '../../../domain/result.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';

type Data = { data: string };

// Whole-table reads, folded in memory: two seasons' leases and the berths they are on are a few
// thousand rows, cheaper read once than asked for per lease.
const statements = preparedFor((db: SqliteDatabase) => ({
  leases: db.prepare<[number, number], Data>('SELECT data FROM lease WHERE season IN (?, ?)'),
  berths: db.prepare<[], Data>('SELECT data FROM berth'),
  piers: db.prepare<[], Data>('SELECT data FROM pier'),
  harbours: db.prepare<[], Data>('SELECT data FROM harbour'),
  products: db.prepare<[], Data>('SELECT data FROM berth_product'),
  customers: db.prepare<[number, number], VersionedData>('SELECT version, data FROM customer WHERE id IN (SELECT json_extract(data, \'$.customerId\') FROM lease WHERE season IN (?, ?))'),
  orders: db.prepare<[number], Data>("SELECT o.data FROM berth_order o JOIN lease l ON l.id = o.lease_id WHERE l.season = ? AND json_extract(l.data, '$.renewalOf') IS NOT NULL"),
}));

const parse = <T>(rows: Data[]): T[] => rows.map((r) => JSON.parse(r.data) as T);
const contactOf = (c: Customer): RenewalContact => ({ email: c.email, phone: c.phone, address: c.address, zipCode: c.zipCode, municipality: c.municipality, language: c.language, invoicingType: c.invoicingType });
const nameOf = (c: Customer | undefined): string => (c ? (c.companyName ?? `${c.lastName} ${c.firstName}`.trim()) : '');

/**
 * The season renewal from the local cache (brief 4.7): which of last season's paid leases renew
 * now and how each will go out (the preview), and how the season's renewals stand (sent, failed,
 * paid, waiting) with the failed ones listed for fixing. Optionally one harbour's.
 */
export function renewalOverview(db: SqliteDatabase, input: { harbourId: string | null }, now: Date): Result<RenewalOverview> {
  const today = helsinkiDate(now);
  const season = offerSeason(today);
  const s = statements(db);
  const harbours = new Map(parse<Harbour>(s.harbours.all()).map((h) => [h.id, h]));
  if (input.harbourId !== null && !harbours.has(input.harbourId)) return fail('not_found', 'The harbour does not exist.');
  const piers = new Map(parse<Pier>(s.piers.all()).map((p) => [p.id, p]));
  const berths = new Map(parse<Berth>(s.berths.all()).map((b) => [b.id, b]));
  const products = parse<BerthProduct>(s.products.all());
  const leases = parse<Lease>(s.leases.all(season - 1, season));
  const customers = new Map(s.customers.all(season - 1, season).map((r) => {
    const c = JSON.parse(r.data) as Customer;
    return [c.id, { record: c, version: r.version }] as const;
  }));
  const byBerth = new Map<string, Lease[]>();
  for (const l of leases) {
    const list = byBerth.get(l.berthId);
    if (list) list.push(l);
    else byBerth.set(l.berthId, [l]);
  }
  const label = (berth: Berth): RenewalBerth => ({
    harbourId: berth.harbourId,
    harbourName: harbours.get(berth.harbourId)?.name ?? { fi: '', sv: '', en: '' },
    pier: pierName(piers.get(berth.pierId)?.identifier) ?? null,
    number: berth.number,
  });
  const inScope = (berth: Berth | undefined): berth is Berth => berth !== undefined && (input.harbourId === null || berth.harbourId === input.harbourId);
  const startDate = defaultBerthLeaseDates(today, season).startDate;

  const candidates: RenewalCandidate[] = [];
  const used = new Set<string>();
  for (const l of leases) {
    if (l.season !== season - 1 || l.status !== 'paid') continue;
    const berth = berths.get(l.berthId);
    if (berth) used.add(berth.harbourId);
    if (!inScope(berth) || renewalRefusal(l, berth, byBerth.get(l.berthId) ?? [], season)) continue;
    const customer = customers.get(l.customerId)?.record;
    // An erased customer (decision 51) is renewed no more.
    if (!customer || customer.erasedAt) continue;
    const pier = piers.get(berth.pierId);
    const harbour = harbours.get(berth.harbourId);
    const problem = invoiceContactProblem(customer);
    const pricing = pier && harbour ? berthPrice(berth, pier, harbour, products, customer.kind, startDate) : null;
    candidates.push({
      previousLeaseId: l.id,
      customerId: customer.id,
      customerName: nameOf(customer),
      berth: label(berth),
      invoicing: customer.kind === 'non_billable' ? 'free' : customer.invoicingType === 'paper_invoice' ? 'paper' : 'online',
      problem,
      contact: problem ? contactOf(customer) : null,
      priceCents: pricing?.ok ? pricing.price.cents : null,
    });
  }
  const order = (b: RenewalBerth) => `${b.harbourName.fi}\u0000${b.pier ?? ''}\u0000${b.number.padStart(6, '0')}`;
  candidates.sort((a, b) => order(a.berth).localeCompare(order(b.berth), 'fi'));

  const leaseById = new Map(leases.map((l) => [l.id, l]));
  const orders = parse<BerthOrder>(s.orders.all(season)).filter((o) => inScope(berths.get(leaseById.get(o.leaseId)?.berthId ?? '')));
  const failures: RenewalFailure[] = [];
  for (const o of orders) {
    if (o.status !== 'error') continue;
    const lease = leaseById.get(o.leaseId);
    const berth = lease ? berths.get(lease.berthId) : undefined;
    const customer = customers.get(o.customerId);
    if (!lease || !berth || !customer) continue;
    const c = customer.record;
    failures.push({
      orderId: o.id,
      leaseId: lease.id,
      customerId: c.id,
      customerVersion: customer.version,
      customerName: nameOf(c),
      customer: contactOf(c),
      berth: label(berth),
      problem: o.problem ?? invoiceContactProblem(c),
      contactFixed: invoiceContactProblem(c) === null,
    });
  }
  failures.sort((a, b) => order(a.berth).localeCompare(order(b.berth), 'fi'));

  return ok({
    season,
    previousSeason: season - 1,
    harbourId: input.harbourId,
    harbours: [...used].flatMap((id) => {
      const h = harbours.get(id);
      return h ? [{ id, name: h.name }] : [];
    }).sort((a, b) => a.name.fi.localeCompare(b.name.fi, 'fi')),
    candidates,
    counts: renewalCounts(orders),
    failures,
  });
}
