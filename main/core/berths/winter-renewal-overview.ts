import type { Customer } from '../../../domain/berths/entities.ts';
import { winterStoragePrice } from '../../../domain/berths/pricing.ts';
import { invoiceContactProblem } from '../../../domain/berths/renewal.ts';
import type { RenewalContact } from '../../../domain/berths/renewal-contract.ts';
import type { WinterRenewalCandidate, WinterRenewalFailure, WinterRenewalOverview } from '../../../domain/berths/winter-contract.ts';
import type { WinterArea, WinterLease, WinterPlace } from '../../../domain/berths/winter-entities.ts';
import { winterRenewalCounts, winterRenewalRefusal } from '../../../domain/berths/winter-renewal.ts';
import { defaultWinterDueDate, offerWinter, winterDueDateWindow } from '../../../domain/berths/winter-seasons.ts';
import { preparedFor, type VersionedData } from '../cache/prepared.ts';
import type { SqliteDatabase } from '../db/open-database.ts';
import { parseData, placeLabel, winterRows } from './winter-state.ts';

const statements = preparedFor((db: SqliteDatabase) => ({
  customer: db.prepare<[string], VersionedData>('SELECT version, data FROM customer WHERE id = ?'),
}));

const contactOf = (c: Customer): RenewalContact => ({ email: c.email, phone: c.phone, address: c.address, zipCode: c.zipCode, municipality: c.municipality, language: c.language, invoicingType: c.invoicingType });
const nameOf = (c: Customer): string => c.companyName ?? `${c.lastName} ${c.firstName}`.trim();

/**
 * The winter storage renewal from the local cache (decision 49): which of last winter's paid marked
 * leases renew now and how each will go out (the preview), how the winter's renewal invoices stand,
 * and the ones in error with their reason, to be fixed and sent again.
 */
export function winterRenewalOverview(db: SqliteDatabase, today: string): WinterRenewalOverview {
  const winter = offerWinter(today);
  const s = winterRows(db);
  const c = statements(db);
  const previous = s.leasesOfWinter.all(winter - 1).map((r) => JSON.parse(r.data) as WinterLease);
  const current = s.leasesOfWinter.all(winter).map((r) => JSON.parse(r.data) as WinterLease);
  const onPlace = new Map<string, WinterLease[]>();
  for (const l of [...previous, ...current]) if (l.placeId) onPlace.set(l.placeId, [...(onPlace.get(l.placeId) ?? []), l]);
  const customers = new Map<string, { record: Customer; version: number } | null>();
  const customerOf = (id: string) => {
    if (!customers.has(id)) {
      const row = c.customer.get(id);
      customers.set(id, row ? { record: JSON.parse(row.data) as Customer, version: row.version } : null);
    }
    return customers.get(id) ?? null;
  };
  const areas = new Map<string, WinterArea | null>();
  const areaOf = (id: string) => {
    if (!areas.has(id)) areas.set(id, parseData<WinterArea>(s.area.get(id)));
    return areas.get(id) ?? null;
  };

  const candidates: WinterRenewalCandidate[] = [];
  for (const l of previous) {
    if (l.areaType !== 'marked' || l.status !== 'paid' || !l.placeId) continue;
    const place = parseData<WinterPlace>(s.place.get(l.placeId));
    if (winterRenewalRefusal(l, place, onPlace.get(l.placeId) ?? [], winter) || !place) continue;
    const customer = customerOf(l.customerId)?.record;
    // An erased customer (decision 51) is renewed no more.
    if (!customer || customer.erasedAt) continue;
    const area = areaOf(l.areaId);
    const priced = area?.price ? winterStoragePrice(place, area.id, [{ areaId: area.id, areaName: area.name.fi, ...area.price }], customer.kind) : null;
    const problem = invoiceContactProblem(customer);
    candidates.push({
      previousLeaseId: l.id,
      customerId: customer.id,
      customerName: nameOf(customer),
      placeLabel: placeLabel(db, l),
      invoicing: customer.kind === 'non_billable' ? 'free' : customer.invoicingType === 'paper_invoice' ? 'paper' : 'online',
      problem,
      contact: problem ? contactOf(customer) : null,
      priceCents: priced?.ok ? priced.price.cents : null,
    });
  }
  candidates.sort((a, b) => a.placeLabel.fi.localeCompare(b.placeLabel.fi, 'fi', { numeric: true }));

  const renewals = current.filter((l) => l.renewalOf);
  const failures: WinterRenewalFailure[] = [];
  for (const l of renewals) {
    if (l.invoice.status !== 'error') continue;
    const customer = customerOf(l.customerId);
    if (!customer) continue;
    const fixed = invoiceContactProblem(customer.record) === null;
    failures.push({
      leaseId: l.id,
      customerId: customer.record.id,
      customerVersion: customer.version,
      customerName: nameOf(customer.record),
      customer: contactOf(customer.record),
      placeLabel: placeLabel(db, l),
      problem: l.invoice.problem ?? invoiceContactProblem(customer.record),
      contactFixed: fixed,
    });
  }
  failures.sort((a, b) => a.placeLabel.fi.localeCompare(b.placeLabel.fi, 'fi', { numeric: true }));
  const window = winterDueDateWindow(today, winter);
  const suggested = defaultWinterDueDate(today, winter);
  return {
    winter,
    previousWinter: winter - 1,
    candidates,
    counts: winterRenewalCounts(renewals),
    failures,
    dueDate: window && suggested ? { suggested, ...window } : null,
  };
}
