import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../sync/command-context.ts';
import type { Boat, Customer, Lease } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import { BERTH_DECIDERS, type BerthCommandState, type Decision } from './decide.ts';
import { COMMANDS } from '../workspaces.ts';
import { HARBOUR_A, PIER_A, PRODUCTS, berth, customer as person, harbour, lease, pier } from './fixtures.test-support.ts';
import { berthFit, createLeaseDefaults, leaseDatesProblem, type CreateLeasePayload } from './lease-create-schema.ts';
import { decideRenewLease } from './renewal-deciders.ts';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000051',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2026-12-02T10:00:00+02:00',
  recordedAt: null,
  today: '2026-12-02',
  baseVersion: null,
  ...extra,
});

const B = berth(HARBOUR_A, PIER_A, 2.5, 6);
const H = harbour(HARBOUR_A, 'Puotilan venesatama');
const CUSTOMER = '00000000-0000-4000-b000-000000000061';
const BOAT = '00000000-0000-4000-a000-000000000061';
const LEASE = '00000000-0000-4000-8000-0000000000c1';
const ORDER = '00000000-0000-4000-8000-0000000000c2';

const customer = (extra: Partial<Customer> = {}): Customer => person(CUSTOMER, { firstName: 'Kalle', lastName: 'Suurlaiva', ...extra });
const boat = (extra: Partial<Boat> = {}): Boat => ({ id: BOAT, customerId: CUSTOMER, boatType: 3, registrationNumber: 'X1', name: 'Iso', model: '', length: 5.5, width: 2.4, draught: null, weightKg: null, ...extra });

function state(extra: Partial<BerthCommandState> = {}): BerthCommandState {
  return { application: null, applicationLeases: [], customer: customer(), boat: boat(), berth: { record: B, version: 1 }, pier: pier(PIER_A, HARBOUR_A), harbour: H, berthLeases: [], products: PRODUCTS, ...extra };
}
const payload = (extra: Partial<CreateLeasePayload> = {}): CreateLeasePayload => ({
  customerId: CUSTOMER,
  boatId: BOAT,
  berthId: B.id,
  season: 2027,
  startDate: '2027-06-10',
  endDate: '2027-09-14',
  reason: 'Large vessel',
  acceptShorter: false,
  leaseId: LEASE,
  orderId: ORDER,
  ...extra,
});
const create = (s = state(), p = payload(), c = ctx()) => BERTH_DECIDERS['berths.createLease'](s, p, c);
const code = (d: Decision) => (d.ok ? 'ok' : `${d.status}:${d.code}`);
function written(d: Decision): { lease: Lease; order: BerthOrder } {
  if (!d.ok) throw new Error(d.message);
  const lease = d.puts.find((p) => p.entity === 'lease')?.record as Lease;
  const order = d.puts.find((p) => p.entity === 'berth_order')?.record as BerthOrder;
  return { lease, order };
}

describe('a lease made without an application', () => {
  it('is a drafted lease with no application and a drafted order priced by the price list, and records who, when and why', () => {
    const d = create();
    expect(d.ok && d.puts.map((p) => [p.entity, p.version])).toEqual([['lease', 1], ['berth_order', 1]]);
    const { lease: l, order: o } = written(d);
    expect(l).toEqual({
      id: LEASE,
      berthId: B.id,
      customerId: CUSTOMER,
      boatId: BOAT,
      applicationId: null,
      season: 2027,
      status: 'drafted',
      startDate: '2027-06-10',
      endDate: '2027-09-14',
      dueDate: null,
      priceCents: 29000,
      vatPercent: 25.5,
      offeredAt: ctx().now,
      offeredBy: 'Aino Virtanen',
      direct: { reason: 'Large vessel', actorId: 'u-aino', actorName: 'Aino Virtanen', at: ctx().now },
    });
    expect(o).toMatchObject({ id: ORDER, leaseId: LEASE, applicationId: null, customerId: CUSTOMER, season: 2027, status: 'drafted', totalCents: 29000, dueDate: null, sentAt: null, paidAt: null, invoicingType: 'online_payment', language: 'fi' });
    expect(o.lines).toHaveLength(1);
  });

  it('prices a company at double and makes a non-billable customer\'s lease paid at once at 0 € and 0 % VAT', () => {
    expect(written(create(state({ customer: customer({ kind: 'company', companyName: 'Laiva Oy' }) }))).order.totalCents).toBe(58000);
    const { lease: l, order: o } = written(create(state({ customer: customer({ kind: 'non_billable' }) })));
    expect(l).toMatchObject({ status: 'paid', priceCents: 0, vatPercent: 0 });
    expect(o).toMatchObject({ status: 'paid_man', totalCents: 0, paidVia: 'free', paidAt: ctx().now, dueDate: null });
  });

  it('needs no boat; with one, it must be the customer\'s', () => {
    expect(code(create(state({ boat: null }), payload({ boatId: null })))).toBe('ok');
    expect(written(create(state({ boat: null }), payload({ boatId: null }))).lease.boatId).toBeNull();
    expect(code(create(state({ boat: null })))).toBe('rejected:lease_boat_invalid');
    expect(code(create(state({ boat: boat({ customerId: '00000000-0000-4000-b000-0000000000ff' }) })))).toBe('rejected:lease_boat_invalid');
    expect(code(create(state({ customer: null })))).toBe('rejected:not_found');
    expect(code(create(state({ berth: null })))).toBe('rejected:not_found');
  });

  it('refuses a berth taken by an active lease, held for its holder\'s renewal, or out of use', () => {
    const other = '00000000-0000-4000-b000-000000000077';
    for (const status of ['drafted', 'offered', 'awaiting_payment', 'paid', 'error'] as const) {
      expect(code(create(state({ berthLeases: [lease(B.id, 2027, status, { customerId: other })] }))), status).toBe('conflict:berth_taken');
    }
    expect(code(create(state({ berthLeases: [lease(B.id, 2027, 'refused', { customerId: other })] })))).toBe('ok');
    // Last season's paid lease holds the berth for its holder's renewal.
    const held = create(state({ berthLeases: [lease(B.id, 2026, 'paid', { customerId: other })] }));
    expect(code(held)).toBe('conflict:berth_taken');
    expect(!held.ok && held.current).toMatchObject({ occupancy: { free: false, reason: 'renewal' } });
    expect(code(create(state({ berth: { record: { ...B, isActive: false }, version: 2 } })))).toBe('rejected:berth_inactive');
  });

  it('refuses a berth narrower than the boat, and a shorter one unless the handler confirmed it', () => {
    expect(code(create(state({ boat: boat({ width: 2.6 }) })))).toBe('rejected:berth_too_narrow');
    expect(code(create(state({ boat: boat({ length: 7 }) })))).toBe('rejected:berth_too_short');
    expect(code(create(state({ boat: boat({ length: 7 }) }), payload({ acceptShorter: true })))).toBe('ok');
    expect(berthFit(B, { width: 2.6, length: 5 })).toBe('too_narrow');
    expect(berthFit(B, { width: 2.4, length: 7 })).toBe('too_short');
    expect(berthFit(B, null)).toBe('fits');
  });

  it('refuses dates out of the season, an end not after the start, and a season not open', () => {
    for (const [startDate, endDate] of [['2027-06-09', '2027-09-14'], ['2027-06-10', '2027-09-15'], ['2027-08-01', '2027-08-01'], ['2027-08-02', '2027-08-01']]) {
      expect(code(create(state(), payload({ startDate, endDate }))), `${startDate}–${endDate}`).toBe('rejected:lease_dates_invalid');
    }
    const closed = create(state(), payload({ season: 2026, startDate: '2026-06-10', endDate: '2026-09-14' }));
    expect(!closed.ok && closed.message).toContain('choose 2027 or 2028');
    expect(code(create(state(), payload({ season: 2028, startDate: '2028-07-01', endDate: '2028-09-14' })))).toBe('ok');
    const outside = create(state(), payload({ endDate: '2027-10-01' }));
    expect(!outside.ok && outside.message).toContain('2027-06-10 to 2027-09-14');
  });

  it('defaults to the season offers are for: the whole season before it, today to 14.9. during it', () => {
    expect(createLeaseDefaults('2026-12-02')).toEqual({ season: 2027, startDate: '2027-06-10', endDate: '2027-09-14' });
    expect(createLeaseDefaults('2027-07-01')).toEqual({ season: 2027, startDate: '2027-07-01', endDate: '2027-09-14' });
    expect(leaseDatesProblem(createLeaseDefaults('2027-07-01'), '2027-07-01')).toBeNull();
    // During the season a correction may start before today.
    expect(code(create(state(), payload({ startDate: '2027-06-10', endDate: '2027-09-14' }), ctx({ today: '2027-07-01', now: '2027-07-01T10:00:00+03:00' })))).toBe('ok');
  });

  it('is a handler\'s command: berth services and handlers, not supervisors nor harbour services, and a reason is required', () => {
    expect(COMMANDS['berths.createLease']).toMatchObject({ permission: 'berths.cases.write', versioned: false });
    const schema = COMMANDS['berths.createLease'].payload;
    expect(schema.safeParse(payload()).success).toBe(true);
    expect(schema.safeParse(payload({ reason: '   ' })).success).toBe(false);
    expect(schema.safeParse(payload({ startDate: '2027-02-30' })).success).toBe(false);
  });

  it('renews next season like any paid lease: the renewal knows no application', () => {
    const { lease: made, order } = written(create());
    const paid = BERTH_DECIDERS['berths.markOrderPaidElsewhere'](
      { application: null, applicationLeases: [], order: { record: order, version: 1 }, lease: { record: made, version: 1 }, leaseOrders: [{ record: order, version: 1 }], customer: customer() },
      { orderId: ORDER },
      ctx({ now: '2026-12-10T10:00:00+02:00', today: '2026-12-10' }),
    );
    if (!paid.ok) throw new Error(paid.message);
    const paidLease = paid.puts.find((p) => p.entity === 'lease')!.record as Lease;
    expect(paidLease).toMatchObject({ status: 'paid', applicationId: null });
    const autumn = ctx({ now: '2027-10-01T10:00:00+03:00', today: '2027-10-01' });
    const renewed = decideRenewLease(
      { previous: { record: paidLease, version: 2 }, berth: { record: B, version: 1 }, pier: pier(PIER_A, HARBOUR_A), harbour: H, berthLeases: [paidLease], customer: { record: customer(), version: 1 }, products: PRODUCTS },
      { previousLeaseId: LEASE, leaseId: '00000000-0000-4000-d000-0000000000c3', orderId: '00000000-0000-4000-d000-0000000000c4', dueDate: '2027-10-15' },
      autumn,
    );
    expect(code(renewed)).toBe('ok');
    expect(written(renewed).lease).toMatchObject({ season: 2028, applicationId: null, renewalOf: LEASE, boatId: BOAT, status: 'offered' });
    // Another handler cannot take the berth meanwhile: it is held for the renewal.
    expect(code(create(state({ berthLeases: [paidLease], customer: customer({ id: '00000000-0000-4000-b000-000000000088' }), boat: null }), payload({ customerId: '00000000-0000-4000-b000-000000000088', boatId: null, season: 2028, startDate: '2028-06-10', endDate: '2028-09-14' }), autumn))).toBe('conflict:berth_taken');
  });

  it('makes nothing new for a customer whose personal data was erased: no lease, no renewal, no contact details (decision 51)', () => {
    const erased = customer({ firstName: '', lastName: '', email: '', erasedAt: '2027-09-20T10:00:00+03:00' });
    expect(code(create(state({ customer: erased })))).toBe('rejected:customer_already_erased');
    const paidLease = lease(B.id, 2027, 'paid', { id: LEASE, customerId: CUSTOMER, startDate: '2027-06-10', endDate: '2027-09-14' });
    const autumn = ctx({ now: '2027-10-01T10:00:00+03:00', today: '2027-10-01' });
    const renewal = { previous: { record: paidLease, version: 2 }, berth: { record: B, version: 1 }, pier: pier(PIER_A, HARBOUR_A), harbour: H, berthLeases: [paidLease], products: PRODUCTS };
    const renew = { previousLeaseId: LEASE, leaseId: '00000000-0000-4000-d000-0000000000c3', orderId: '00000000-0000-4000-d000-0000000000c4', dueDate: '2027-10-15' };
    expect(code(decideRenewLease({ ...renewal, customer: { record: erased, version: 3 } }, renew, autumn))).toBe('rejected:customer_already_erased');
    expect(code(decideRenewLease({ ...renewal, customer: { record: customer(), version: 1 } }, renew, autumn))).toBe('ok');
  });
});
