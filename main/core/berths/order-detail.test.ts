import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../../domain/sync/protocol.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { HANDLER, lease, put, SUPERVISOR, uid } from './testing/index.ts';
import { worldCacheEach } from './testing/world-cache.ts';

const HARRI: StaffUser = { id: 'u-harri', name: 'Harri Laine', roles: ['harbour_services'], grants: [] };
const { cache, world, call } = worldCacheEach(new Date('2026-02-10T10:00:00+02:00'));

/** A lease a handler made without an application (decision 40) and its drafted invoice. */
function directLease() {
  const w = world();
  const customerId = w.apps.Virtanen!.customerId;
  const l = { ...lease(uid(9, 60), w.berths.p1, null, 'drafted', 2026, customerId), direct: { reason: 'Large vessel', actorId: 'u-aino', actorName: 'Aino Virtanen', at: '2026-02-09T09:00:00+02:00' } };
  const line = { product: 'berth', title: { fi: 'Venepaikka Pajalahti 1', sv: 'Båtplats Pajalahti 1', en: 'Berth Pajalahti 1' }, pretaxCents: 23904, vatPercent: 25.5, totalCents: 30000 };
  const order: BerthOrder = {
    id: uid(11, 60), leaseId: l.id, applicationId: null, customerId, season: 2026, status: 'drafted', lines: [line], pretaxCents: 23904, vatCents: 6096, totalCents: 30000,
    dueDate: null, sentAt: null, paidAt: null, paidVia: null, invoicingType: 'online_payment', language: 'fi', refund: null,
  };
  cache().applyChanges([put('lease', l), put('berth_order', order)], 'c2');
  return { lease: l, order, customerId };
}

describe('berths.getOrder', () => {
  it('gives one order with its lease, no application for a direct lease, and the application’s status for an offer', () => {
    const d = directLease();
    expect(call('berths.getOrder', { id: d.order.id })).toMatchObject({ ok: true, value: { order: { id: d.order.id, status: 'drafted' }, lease: { id: d.lease.id, status: 'drafted' }, pending: false, applicationId: null, applicationStatus: null } });
    const app = world().apps['Mäkinen']!;
    expect(call('berths.offerBerth', { applicationId: app.id, berthId: world().berths.a1.id, acceptShorter: false }).ok).toBe(true);
    const detail = call('berths.getApplication', { id: app.id });
    const orderId = detail.ok ? detail.value.order!.order.id : '';
    expect(call('berths.getOrder', { id: orderId })).toMatchObject({ ok: true, value: { pending: true, applicationId: app.id, applicationStatus: 'offer_sent' } });
  });

  it('shows a handler’s line edit and send at once (pending), and in the customer’s history by the order’s own log', () => {
    const d = directLease();
    expect(call('berths.editOrderLines', { orderId: d.order.id, services: [{ service: 'electricity', totalCents: 12550, vatPercent: 25.5 }] }).ok).toBe(true);
    expect(call('berths.resendOffer', { orderId: d.order.id }).ok).toBe(true);
    const r = call('berths.getOrder', { id: d.order.id });
    expect(r).toMatchObject({ ok: true, value: { pending: true, order: { status: 'offered', totalCents: 42550, lines: [{ product: 'berth' }, { product: 'electricity', pretaxCents: 10000 }] }, lease: { status: 'offered' } } });
    const v = call('berths.getCustomer', { id: d.customerId });
    const mine = v.ok ? v.value.history.filter((h) => h.leaseId === d.lease.id).map((h) => [h.kind, h.actorName, h.applicationId]) : [];
    expect(mine).toEqual([
      ['offer_resent', HANDLER.name, null],
      ['order_lines_edited', HANDLER.name, null],
      ['lease_created', 'Aino Virtanen', null],
    ]);
    expect(v.ok && v.value.orders.find((o) => o.id === d.order.id)).toMatchObject({ status: 'offered', totalCents: 42550 });
  });

  it('is read by a supervisor, who may not act on it; harbour services never read it; an unknown order is not found', () => {
    const d = directLease();
    expect(call('berths.getOrder', { id: d.order.id }, SUPERVISOR).ok).toBe(true);
    expect(call('berths.editOrderLines', { orderId: d.order.id, services: [] }, SUPERVISOR)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.getOrder', { id: d.order.id }, HARRI)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(call('berths.getOrder', { id: uid(11, 404) })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(call('berths.getOrder', { id: 'nope' }).ok).toBe(false);
  });
});
