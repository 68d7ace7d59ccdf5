import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { ApplicationEvent } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { application, boat, HANDLER, lease, put, received, SUPERVISOR, tempCache, uid, world } from './testing/index.ts';

const NOW = new Date('2026-02-10T10:00:00+02:00');
const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Laine', roles: ['harbour_services'], grants: [] };

let t: ReturnType<typeof tempCache>;
let w: ReturnType<typeof world>;
beforeEach(() => {
  t = tempCache();
  w = world();
  t.cache.applyChanges(w.changes, 'c1');
});
afterEach(() => t.dispose());

function view(id: string, user: StaffUser = HANDLER) {
  const r = t.cache.handle('berths.getCustomer', { id }, user, NOW);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}

describe('berths.getCustomer', () => {
  it("gathers the profile, boats, applications with status, leases with berth and season, and the applications' history", () => {
    const virtanen = w.apps.Virtanen!;
    // Last season's paid lease on Merisatama B 1 and this season's offer on Pajalahti P 1, with its events.
    const old = lease(uid(9, 40), w.berths.b1, null, 'paid', 2025, virtanen.customerId);
    const offer = lease(uid(9, 41), w.berths.p1, virtanen, 'offered', 2026);
    const second = application({ n: 40, firstName: 'Ville', lastName: 'Virtanen', choices: [w.harbours[0]!.id], receivedAt: '2026-01-25T09:00:00+02:00', status: 'rejected' });
    const secondApp = { ...second.application, customerId: virtanen.customerId };
    const spare = { ...boat(uid(6, 41), virtanen.customerId, 1.5, 4), registrationNumber: '' };
    const offered: ApplicationEvent = {
      ...received(virtanen, 41), id: uid(8, 41), at: '2026-02-01T12:00:00+02:00', kind: 'offer_made', actorName: 'Aino Virtanen',
      fromStatus: 'pending', toStatus: 'offer_sent', berthId: w.berths.p1.id, leaseId: offer.id,
    };
    const invoice = (id: string, l: typeof offer, status: BerthOrder['status'], totalCents: number, dueDate: string | null, paidAt: string | null): BerthOrder => ({
      id, leaseId: l.id, applicationId: l.applicationId, customerId: virtanen.customerId, season: l.season, status,
      lines: [{ product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: Math.round(totalCents / 1.255), vatPercent: 25.5, totalCents }],
      pretaxCents: Math.round(totalCents / 1.255), vatCents: totalCents - Math.round(totalCents / 1.255), totalCents,
      dueDate, sentAt: dueDate ? '2026-02-01T12:00:00+02:00' : null, paidAt, paidVia: paidAt ? 'online' : null,
      invoicingType: 'online_payment', language: 'fi', refund: null,
    });
    const paidOld = invoice(uid(11, 40), old, 'paid', 29000, '2025-01-20', '2025-01-10T09:00:00+02:00');
    const offeredNow = invoice(uid(11, 41), offer, 'offered', 29000, '2026-02-15', null);
    t.cache.applyChanges([put('lease', old), put('lease', offer), put('application', secondApp), put('application_event', received(secondApp, 42)), put('application_event', offered), put('boat', spare), put('berth_order', paidOld), put('berth_order', offeredNow)], 'c2');

    const v = view(virtanen.customerId);
    expect(v.customer).toMatchObject({ firstName: 'Ville', lastName: 'Virtanen', kind: 'private', invoicingType: 'online_payment' });
    expect(v.boats.map((b) => b.id)).toEqual([virtanen.boatId, spare.id]);
    expect(v.applications.map((a) => [a.reference, a.status])).toEqual([
      [secondApp.reference, 'rejected'],
      [virtanen.reference, 'pending'],
    ]);
    expect(v.leases.map((l) => [l.season, l.status, l.harbourName?.fi, l.pier, l.berthNumber])).toEqual([
      [2026, 'offered', 'Pajalahti', 'P', '1'],
      [2025, 'paid', 'Merisatama', 'B', '1'],
    ]);
    expect(v.leases[0]!.applicationId).toBe(virtanen.id);
    expect(v.history.map((h) => [h.kind, h.reference])).toEqual([
      ['offer_made', virtanen.reference],
      ['received', secondApp.reference],
      ['received', virtanen.reference],
    ]);
    expect(v.history[0]).toMatchObject({ actorName: 'Aino Virtanen', fromStatus: 'pending', toStatus: 'offer_sent' });
    // The orders of the customer's leases, newest season first, from the orders' own records.
    expect(v.orders.map((o) => [o.season, o.status, o.totalCents, o.dueDate, o.paidAt])).toEqual([
      [2026, 'offered', 29000, '2026-02-15', null],
      [2025, 'paid', 29000, '2025-01-20', '2025-01-10T09:00:00+02:00'],
    ]);
  });

  it('shows a customer with nothing yet as empty lists', () => {
    const lone = { ...w.apps.Laine!, id: uid(7, 60), customerId: uid(5, 60) };
    t.cache.applyChanges([put('customer', { ...(view(w.apps.Laine!.customerId).customer), id: lone.customerId, firstName: 'Uusi' })], 'c2');
    const v = view(lone.customerId);
    expect([v.boats, v.applications, v.leases, v.orders, v.history]).toEqual([[], [], [], [], []]);
  });

  it('answers not_found for an unknown customer, and is refused to harbour services; a supervisor may read it', () => {
    const missing = t.cache.handle('berths.getCustomer', { id: uid(5, 404) }, HANDLER, NOW);
    expect(missing.ok ? 'ok' : missing.error.code).toBe('not_found');
    const harri = t.cache.handle('berths.getCustomer', { id: w.apps.Laine!.customerId }, HARRI, NOW);
    expect(harri.ok ? 'ok' : harri.error.code).toBe('forbidden');
    expect(view(w.apps.Laine!.customerId, SUPERVISOR).customer.lastName).toBe('Laine');
  });
});

describe('a lease made without an application in the 360° view', () => {
  it('shows the lease with no application, its drafted invoice, and who made it and why in the history; refusals queue nothing', () => {
    const virtanen = w.apps.Virtanen!;
    const input = { customerId: virtanen.customerId, boatId: virtanen.boatId, berthId: w.berths.p1.id, season: 2026, startDate: '2026-06-10', endDate: '2026-09-14', reason: 'Large vessel', acceptShorter: false };
    const made = t.cache.handle('berths.createLease', input, HANDLER, NOW);
    expect(made.ok, made.ok ? '' : made.error.message).toBe(true);
    const v = view(virtanen.customerId);
    const created = v.leases.find((l) => l.directReason === 'Large vessel');
    expect(created).toMatchObject({ season: 2026, status: 'drafted', applicationId: null, startDate: '2026-06-10', endDate: '2026-09-14', directReason: 'Large vessel' });
    expect(v.orders.find((o) => o.leaseId === created!.id)).toMatchObject({ applicationId: null, status: 'drafted', dueDate: null, totalCents: created!.priceCents });
    expect(v.history[0]).toMatchObject({ kind: 'lease_created', applicationId: null, leaseId: created!.id, actorName: HANDLER.name, note: 'Large vessel' });
    expect(t.cache.pendingCommands(10).map((c) => [c.type, c.baseVersion])).toEqual([['berths.createLease', null]]);
    // The berth is now taken for the season; a supervisor may not make leases; a blank reason is bad input.
    const again = t.cache.handle('berths.createLease', input, HANDLER, NOW);
    expect(!again.ok && again.error.code).toBe('berth_taken');
    const narrow = t.cache.handle('berths.createLease', { ...input, berthId: w.berths.a10.id }, HANDLER, NOW);
    expect(!narrow.ok && narrow.error.code).toBe('berth_too_narrow');
    const supervisor = t.cache.handle('berths.createLease', { ...input, berthId: w.berths.a2.id }, SUPERVISOR, NOW);
    expect(!supervisor.ok && supervisor.error.code).toBe('forbidden');
    const blank = t.cache.handle('berths.createLease', { ...input, berthId: w.berths.a2.id, reason: '  ' }, HANDLER, NOW);
    expect(!blank.ok && blank.error.code).toBe('bad_request');
    expect(t.cache.counts().pendingCommands).toBe(1);
  });
});
