import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer, Lease } from '../../../domain/berths/entities.ts';
import type { RenewalOverview } from '../../../domain/berths/renewal-contract.ts';
import { customer, HANDLER, H_MERI, lease, put, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-12-02T10:00:00+02:00'); // renewals are made for the 2027 season
const DUE = '2027-01-08';

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
const holders = {
  korhonen: customer(uid(5, 101), 'Kalle', 'Korhonen'),
  laine: { ...customer(uid(5, 102), 'Liisa', 'Laine'), email: '' } satisfies Customer,
  nieminen: customer(uid(5, 103), 'Pekka', 'Nieminen', 'company'),
  paper: { ...customer(uid(5, 104), 'Paula', 'Paperi'), email: '', invoicingType: 'paper_invoice' } satisfies Customer,
  gone: customer(uid(5, 105), 'Veikko', 'Pois'),
  vasikka: customer(uid(5, 106), 'Ville', 'Vasikka'),
};
let paid: Record<string, Lease>;

beforeEach(() => {
  t = tempCache();
  w = world();
  paid = {
    korhonen: lease(uid(9, 11), w.berths.a1, null, 'paid', 2026, holders.korhonen.id),
    laine: lease(uid(9, 12), w.berths.a2, null, 'paid', 2026, holders.laine.id),
    nieminen: lease(uid(9, 13), w.berths.p1, null, 'paid', 2026, holders.nieminen.id),
    paper: lease(uid(9, 14), w.berths.a10, null, 'paid', 2026, holders.paper.id),
    vasikka: lease(uid(9, 15), w.berths.v1, null, 'paid', 2026, holders.vasikka.id),
  };
  const notRenewed = [
    lease(uid(9, 16), w.berths.p2, null, 'terminated', 2026, holders.gone.id),
    lease(uid(9, 17), w.berths.pInactive, null, 'paid', 2026, holders.gone.id),
  ];
  t.cache.applyChanges(
    [...w.changes, ...Object.values(holders).map((c) => put('customer', c)), ...[...Object.values(paid), ...notRenewed].map((l) => put('lease', l))],
    'c1',
  );
});
afterEach(() => t.dispose());

function overview(harbourId: string | null = null): RenewalOverview {
  const r = t.cache.handle('berths.renewalOverview', { harbourId }, HANDLER, NOW);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('berths.renewalOverview', () => {
  it("previews last season's paid leases on berths in use, with how each goes out and what needs attention", () => {
    const o = overview();
    expect([o.season, o.previousSeason]).toEqual([2027, 2026]);
    const rows = Object.fromEntries(o.candidates.map((c) => [c.customerName, [c.invoicing, c.problem, c.priceCents]]));
    expect(rows).toEqual({
      'Korhonen Kalle': ['online', null, 20000], // A 1 is 2.5 m: the band up to 2.5 m, upper bound included
      'Laine Liisa': ['online', 'customer_email_missing', 30000],
      'Nieminen Oy': ['online', null, 60000], // a company pays double
      'Paperi Paula': ['paper', null, 20000],
      'Vasikka Ville': ['online', null, null], // Vasikkasaari has no price list here: flagged, not priced from another
    });
    expect(o.candidates.find((c) => c.problem)?.contact).toMatchObject({ email: '', invoicingType: 'online_payment' });
    expect(o.counts).toEqual({ sent: 0, failed: 0, paid: 0, pending: 0, paper: 0 });
    expect(o.failures).toEqual([]);
    expect(overview(H_MERI).candidates.map((c) => c.customerName).sort()).toEqual(['Korhonen Kalle', 'Laine Liisa', 'Paperi Paula']);
  });

  it('renews through the command: offered, failed for want of an address, drafted for paper; then lists and counts them', () => {
    for (const l of [paid.korhonen!, paid.laine!, paid.paper!]) {
      expect(t.cache.handle('berths.renewLease', { previousLeaseId: l.id, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: true });
    }
    // Renewed once is renewed: the local decider refuses a second run's renewal of the same lease.
    expect(t.cache.handle('berths.renewLease', { previousLeaseId: paid.korhonen!.id, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'already_renewed' } });
    // The unpriced berth is refused with its reason, not priced from another list.
    expect(t.cache.handle('berths.renewLease', { previousLeaseId: paid.vasikka!.id, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'berth_not_priced' } });
    const o = overview();
    expect(o.candidates.map((c) => c.customerName).sort()).toEqual(['Nieminen Oy', 'Vasikka Ville']);
    expect(o.counts).toEqual({ sent: 1, failed: 1, paid: 0, pending: 1, paper: 1 });
    expect(o.failures).toMatchObject([{ customerName: 'Laine Liisa', problem: 'customer_email_missing', contactFixed: false, berth: { pier: 'A', number: '2' } }]);
  });

  it('fixes a failed renewal: the contact edit, then the resend offers it', () => {
    expect(t.cache.handle('berths.renewLease', { previousLeaseId: paid.laine!.id, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: true });
    const [failed] = overview().failures;
    expect(t.cache.handle('berths.resendOffer', { orderId: failed!.orderId, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'customer_email_missing' } });
    const fix = { customerId: failed!.customerId, ...failed!.customer, email: 'liisa.laine@example.fi' };
    expect(t.cache.handle('berths.editCustomerContact', { ...fix, email: 'liisa@' }, HANDLER, NOW)).toMatchObject({ ok: false, error: { code: 'customer_email_invalid' } });
    expect(t.cache.handle('berths.editCustomerContact', fix, HANDLER, NOW)).toMatchObject({ ok: true });
    expect(overview().failures).toMatchObject([{ contactFixed: true, customer: { email: 'liisa.laine@example.fi' } }]);
    expect(t.cache.handle('berths.resendOffer', { orderId: failed!.orderId, dueDate: DUE }, HANDLER, NOW)).toMatchObject({ ok: true });
    const o = overview();
    expect(o.failures).toEqual([]);
    expect(o.counts).toMatchObject({ sent: 1, pending: 1, failed: 0 });
  });

  it('is not offered to a supervisor, who reads but may not renew', () => {
    expect(t.cache.handle('berths.renewalOverview', { harbourId: null }, SUPERVISOR, NOW)).toMatchObject({ ok: true });
    expect(t.cache.handle('berths.renewLease', { previousLeaseId: paid.korhonen!.id, dueDate: DUE }, SUPERVISOR, NOW)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
