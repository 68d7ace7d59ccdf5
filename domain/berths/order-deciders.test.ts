import { describe, expect, it } from 'vitest';
import { BERTH_DECIDERS, type BerthCommandState } from './decide.ts';
import type { BerthOrder, OrderLogEntry } from './order-entity.ts';
import type { Lease } from './entities.ts';
import type { CommandContext } from '../sync/command-context.ts';
import { HARBOUR_A, PIER_A, PRODUCTS, application, berth, customer, harbour, lease, pier } from './fixtures.test-support.ts';
import { berthLine, orderTotals, pricedServiceLine } from './order-lines.ts';
import { berthPrice, priceFor } from './pricing.ts';
import { EditOrderLinesPayload } from './order-commands.ts';

const ctx = (extra: Partial<CommandContext> = {}): CommandContext => ({
  commandId: '00000000-0000-4000-f000-000000000002',
  actor: { id: 'u-aino', name: 'Aino Virtanen' },
  now: '2026-11-28T10:00:00+02:00',
  recordedAt: null,
  today: '2026-11-28',
  baseVersion: null,
  ...extra,
});

const ORDER_ID = '00000000-0000-4000-d000-0000000000ee';
const B = berth(HARBOUR_A, PIER_A, 2.5, 6);
const H = harbour(HARBOUR_A, 'Puotilan venesatama');
/** The order's berth as a resend prices it: the berth, its place and the price list. */
const PRICED: Pick<BerthCommandState, 'berth' | 'pier' | 'harbour' | 'products'> = { berth: { record: B, version: 1 }, pier: pier(PIER_A, HARBOUR_A), harbour: H, products: PRODUCTS };

function order(status: BerthOrder['status'], extra: Partial<BerthOrder> = {}): BerthOrder {
  const priced = berthPrice(B, pier(PIER_A, HARBOUR_A), H, PRODUCTS);
  if (!priced.ok) throw new Error('the fixture berth has no price');
  const lines = [berthLine(B, H, priced.price)];
  return {
    id: ORDER_ID,
    leaseId: `00000000-0000-4000-d000-${B.id.slice(-12)}`,
    applicationId: application().id,
    customerId: application().customerId,
    season: 2027,
    status,
    lines,
    ...orderTotals(lines),
    dueDate: '2026-12-12',
    sentAt: null,
    paidAt: null,
    paidVia: null,
    invoicingType: 'online_payment',
    language: 'fi',
    refund: null,
    ...extra,
  };
}

function state(orderStatus: BerthOrder['status'], leaseStatus: Lease['status'], appStatus: ReturnType<typeof application>['status'], extra: Partial<BerthOrder> = {}): BerthCommandState {
  const l = lease(B.id, 2027, leaseStatus, { applicationId: application().id });
  return {
    application: { record: application({ status: appStatus }), version: 4 },
    applicationLeases: [{ record: l, version: 2 }],
    order: { record: order(orderStatus, extra), version: 2 },
    lease: { record: l, version: 2 },
    ...PRICED,
  };
}

const run = <T extends keyof typeof BERTH_DECIDERS>(type: T, s: BerthCommandState, payload: Parameters<(typeof BERTH_DECIDERS)[T]>[1], c = ctx()) =>
  (BERTH_DECIDERS[type] as (s: BerthCommandState, p: unknown, c: CommandContext) => ReturnType<(typeof BERTH_DECIDERS)[T]>)(s, payload, c);

describe('the order lines', () => {
  it('price a 2.50 m tier 1 berth at 290 € incl. VAT 25.5 %, showing the amount before VAT', () => {
    expect(order('drafted')).toMatchObject({ lines: [{ product: 'berth', totalCents: 29000, pretaxCents: 23108, vatPercent: 25.5, title: { fi: 'Venepaikka Puotilan venesatama ' + B.number } }], totalCents: 29000, pretaxCents: 23108, vatCents: 5892 });
  });
});

describe('paid elsewhere', () => {
  it('pays the order, the lease and handles the application, from drafted, offered and error', () => {
    for (const [o, l, a] of [['drafted', 'drafted', 'offer_generated'], ['offered', 'offered', 'offer_sent'], ['error', 'error', 'offer_sent']] as const) {
      const d = run('berths.markOrderPaidElsewhere', state(o, l, a), { orderId: ORDER_ID });
      expect(d, o).toMatchObject({
        ok: true,
        puts: [
          { entity: 'berth_order', version: 3, record: { status: 'paid_man', paidVia: 'elsewhere', paidAt: ctx().now } },
          { entity: 'lease', version: 3, record: { status: 'paid' } },
          { entity: 'application', version: 5, record: { status: 'handled' } },
          { entity: 'application_event', record: { kind: 'order_paid', toStatus: 'handled' } },
        ],
      });
    }
  });

  it('is refused for a paid, cancelled, expired or refunded order', () => {
    for (const o of ['paid', 'paid_man', 'cancelled', 'expired', 'refunded', 'rejected'] as const) {
      expect(run('berths.markOrderPaidElsewhere', state(o, 'paid', 'handled'), { orderId: ORDER_ID }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
    }
  });

  it('is refused for an order that does not exist', () => {
    expect(run('berths.markOrderPaidElsewhere', { ...state('offered', 'offered', 'offer_sent'), order: null }, { orderId: ORDER_ID })).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('resend', () => {
  it('sends a drafted order with its due date: lease offered, application offer_sent', () => {
    const d = run('berths.resendOffer', state('drafted', 'drafted', 'offer_generated'), { orderId: ORDER_ID, dueDate: '2026-12-10' });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { status: 'offered', dueDate: '2026-12-10', sentAt: ctx().now } }, { record: { status: 'offered', dueDate: '2026-12-10' } }, { record: { status: 'offer_sent' } }, { record: { kind: 'offer_resent' } }] });
  });

  it('gives an offered order a new due date, and sends a cancelled one again', () => {
    expect(run('berths.resendOffer', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: true, puts: [{ record: { status: 'offered', dueDate: '2026-12-10' } }, { record: { dueDate: '2026-12-10' } }, { record: { kind: 'offer_resent' } }] });
    expect(run('berths.resendOffer', state('cancelled', 'offered', 'offer_sent'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: true, puts: [{ record: { status: 'offered' } }, { entity: 'lease' }, { record: { kind: 'offer_resent' } }] });
  });

  it('refuses a paper-invoice order, a paid order and a due date outside the window', () => {
    expect(run('berths.resendOffer', state('drafted', 'drafted', 'offer_generated', { invoicingType: 'paper_invoice' }), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: false, code: 'order_paper_invoice' });
    expect(run('berths.resendOffer', state('paid', 'paid', 'handled'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(run('berths.resendOffer', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, dueDate: '2026-11-29' })).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
  });

  it('sends a renewal in error again only once the customer has an address, and clears its reason', () => {
    const contact = { id: application().customerId, kind: 'private', firstName: 'Aili', lastName: 'Mäkinen', companyName: null, businessId: null, email: '', phone: '', address: '', zipCode: '', municipality: '', language: 'fi', invoicingType: 'online_payment' } as const;
    const failed = (email: string): BerthCommandState => ({ ...state('error', 'error', 'offer_sent', { problem: 'customer_email_missing', dueDate: null }), customer: { ...contact, email } });
    expect(run('berths.resendOffer', failed(''), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: false, code: 'customer_email_missing' });
    expect(run('berths.resendOffer', failed('aili@'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: false, code: 'customer_email_invalid' });
    expect(run('berths.resendOffer', failed('aili@example.fi'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: true, puts: [{ record: { status: 'offered', problem: null, dueDate: '2026-12-10' } }, { record: { status: 'offered' } }, { record: { kind: 'offer_resent' } }] });
  });
});

describe('resend prices the berth line again (brief 4.5)', () => {
  const DUE = { orderId: ORDER_ID, dueDate: '2026-12-10' };
  const berthTitle = berthLine(B, H, priceFor(0, 0, 'private')).title;
  /** An offered order of a berth at 290 € with electricity at 10 % of it (29 €) and water at 20 €. */
  function withServices(berthCents = 29000): BerthCommandState {
    const lines = [berthLine(B, H, { cents: berthCents, pretaxCents: Math.round(berthCents / 1.255), vatPercent: berthCents ? 25.5 : 0 }), pricedServiceLine({ service: 'electricity', percent: 10, vatPercent: 25.5 }, berthCents), pricedServiceLine({ service: 'water', totalCents: 2000, vatPercent: 25.5 }, berthCents)];
    return state('offered', 'offered', 'offer_sent', { lines, ...orderTotals(lines) });
  }
  /** The berth made wider since the offer (a handler's master-data edit). */
  const widened = (s: BerthCommandState, width: number): BerthCommandState => ({ ...s, berth: { record: { ...B, width }, version: 2 } });
  const linesOf = (d: ReturnType<typeof run>) => (d.ok ? (d.puts[0]!.record as BerthOrder).lines : d.code);

  it('prices a berth widened into the next band at 330 €; the 10 % line follows, the amount stays, totals and the history say so', () => {
    const d = run('berths.resendOffer', widened(withServices(), 2.9), DUE);
    expect(linesOf(d)).toMatchObject([
      { product: 'berth', totalCents: 33000, pretaxCents: 26295, vatPercent: 25.5 },
      { product: 'electricity', percent: 10, totalCents: 3300, pretaxCents: 2629 },
      { product: 'water', totalCents: 2000 },
    ]);
    const lineChanges = [
      { product: 'berth', title: berthTitle, before: { totalCents: 29000, vatPercent: 25.5 }, after: { totalCents: 33000, vatPercent: 25.5 } },
      { product: 'electricity', title: { fi: 'Sähkö', sv: 'El', en: 'Electricity' }, before: { totalCents: 2900, vatPercent: 25.5, percent: 10 }, after: { totalCents: 3300, vatPercent: 25.5, percent: 10 } },
    ];
    expect(d).toMatchObject({
      ok: true,
      puts: [
        { entity: 'berth_order', record: { totalCents: 38300, pretaxCents: 26295 + 2629 + 1594, vatCents: 38300 - (26295 + 2629 + 1594), dueDate: '2026-12-10' } },
        { entity: 'lease', record: { priceCents: 33000, vatPercent: 25.5, dueDate: '2026-12-10' } },
        { entity: 'application_event', record: { kind: 'offer_resent', lineChanges } },
      ],
    });
  });

  it('keeps the puts of a resend as they were when the price is the same (a wider berth in the same band)', () => {
    const s = widened(withServices(), 2.7);
    const d = run('berths.resendOffer', s, DUE);
    expect(d.ok && d.puts.slice(0, 2)).toEqual([
      { entity: 'berth_order', version: 3, record: { ...s.order!.record, dueDate: '2026-12-10', sentAt: ctx().now, problem: null } },
      { entity: 'lease', version: 3, record: { ...s.lease!.record, dueDate: '2026-12-10' } },
    ]);
    expect(d.ok && d.puts[2]!.record).not.toHaveProperty('lineChanges');
  });

  it('prices a company at double (660 €, its 10 % 66 €) and a non-billable customer at 0 € still', () => {
    const company = { ...widened(withServices(), 2.9), customer: customer(application().customerId, { kind: 'company' }) };
    expect(linesOf(run('berths.resendOffer', company, DUE))).toMatchObject([{ totalCents: 66000 }, { totalCents: 6600 }, { totalCents: 2000 }]);
    const free = { ...widened(withServices(0), 2.9), customer: customer(application().customerId, { kind: 'non_billable' }) };
    const d = run('berths.resendOffer', free, DUE);
    expect(linesOf(d)).toEqual(free.order!.record.lines);
    expect(linesOf(d)).toMatchObject([{ product: 'berth', totalCents: 0, vatPercent: 0 }, { totalCents: 0 }, { totalCents: 2000 }]);
    expect(d.ok && d.puts[2]!.record).not.toHaveProperty('lineChanges');
  });

  it('refuses a berth whose width has no product in its category, never pricing it from another (the dinghy list holds every width)', () => {
    const d = run('berths.resendOffer', widened(withServices(), 3.5), DUE);
    expect(d).toMatchObject({ ok: false, code: 'berth_not_priced', message: expect.stringContaining('3.5 m, default') });
  });

  it('keeps the lines of an order with no berth line (winter storage) as they were offered', () => {
    const lines = [{ product: 'winter_storage_marked', title: { fi: 'Talvisäilytys', sv: 'Vinterförvaring', en: 'Winter storage' }, pretaxCents: 9108, vatPercent: 25.5, totalCents: 11430 }];
    const winter = widened(state('offered', 'offered', 'offer_sent', { lines, ...orderTotals(lines) }), 2.9);
    expect(run('berths.resendOffer', winter, DUE)).toMatchObject({ ok: true, puts: [{ record: { lines, totalCents: 11430 } }, { record: { priceCents: 29000 } }, { record: { kind: 'offer_resent' } }] });
  });
});

describe('cancel', () => {
  it('cancels an offered or errored order and leaves the lease and the application', () => {
    const d = run('berths.cancelOrder', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID });
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'berth_order', record: { status: 'cancelled' } }, { entity: 'application_event', record: { kind: 'order_cancelled' } }] });
    expect(run('berths.cancelOrder', state('error', 'error', 'offer_sent'), { orderId: ORDER_ID }).ok).toBe(true);
  });

  it('refuses a drafted or paid order', () => {
    for (const o of ['drafted', 'paid', 'paid_man', 'cancelled'] as const) expect(run('berths.cancelOrder', state(o, 'drafted', 'offer_generated'), { orderId: ORDER_ID }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

describe('edit lines', () => {
  it('replaces the service lines of a waiting order and keeps the berth line; totals follow', () => {
    const d = run('berths.editOrderLines', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, services: [{ service: 'parking_permit', totalCents: 5000, vatPercent: 25.5 }] });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { lines: [{ product: 'berth' }, { product: 'parking_permit', totalCents: 5000, pretaxCents: 3984, title: { en: 'Parking permit' } }], totalCents: 34000, pretaxCents: 27092, vatCents: 6908 } }, { record: { kind: 'order_lines_edited' } }] });
    // The application's history says which line was added, with its price.
    const logged = (d as { puts: { record: { lineChanges?: unknown } }[] }).puts[1]!.record.lineChanges;
    expect(logged).toEqual([{ product: 'parking_permit', title: expect.objectContaining({ en: 'Parking permit' }), before: null, after: { totalCents: 5000, vatPercent: 25.5 } }]);
  });

  it('keeps a percentage line as its percent of the berth line: 10 % of 290 € is 29,00 €, and the history says both', () => {
    const d = run('berths.editOrderLines', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, services: [{ service: 'electricity', percent: 10, vatPercent: 25.5 }, { service: 'water', totalCents: 2900, vatPercent: 25.5 }] });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { lines: [{ product: 'berth', totalCents: 29000 }, { product: 'electricity', percent: 10, totalCents: 2900, pretaxCents: 2311 }, { product: 'water', totalCents: 2900 }], totalCents: 34800 } }, { record: { kind: 'order_lines_edited' } }] });
    // The amount line stays an amount: no percent is stored for it.
    expect((d as { puts: { record: BerthOrder }[] }).puts[0]!.record.lines[2]).not.toHaveProperty('percent');
    const changes = (d as { puts: { record: { lineChanges?: unknown } }[] }).puts[1]!.record.lineChanges;
    expect(changes).toEqual([expect.objectContaining({ product: 'electricity', before: null, after: { totalCents: 2900, vatPercent: 25.5, percent: 10 } }), expect.objectContaining({ product: 'water', after: { totalCents: 2900, vatPercent: 25.5 } })]);
  });

  it('rounds a percentage line to the cent: 12,35 % of 290 € is 35,815 €, so 35,82 €', () => {
    const d = run('berths.editOrderLines', state('drafted', 'drafted', 'offer_generated'), { orderId: ORDER_ID, services: [{ service: 'gate', percent: 12.35, vatPercent: 25.5 }] });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { lines: [{ product: 'berth' }, { product: 'gate', percent: 12.35, totalCents: 3582, pretaxCents: 2854 }], totalCents: 32582 } }, { record: { kind: 'order_lines_edited' } }] });
  });

  it('takes the amount shape desks queued before percentages, and refuses a percent of 0, above 100 or with three decimals, saying why', () => {
    const orderId = '00000000-0000-4000-8000-0000000000ee';
    const old = { orderId, services: [{ service: 'parking_permit', totalCents: 5000, vatPercent: 25.5 }] };
    expect(EditOrderLinesPayload.parse(old)).toEqual(old);
    const message = (percent: number, extra = {}) => {
      const r = EditOrderLinesPayload.safeParse({ orderId, services: [{ service: 'electricity', percent, vatPercent: 25.5, ...extra }] });
      return r.success ? 'accepted' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(message(0)).toBe('services.0.percent: a percentage must be more than 0');
    expect(message(101)).toBe('services.0.percent: a percentage must be at most 100');
    expect(message(10.125)).toBe('services.0.percent: a percentage has at most two decimals');
    expect(message(0.29)).toBe('accepted');
    expect(message(100)).toBe('accepted');
    // A line is an amount or a percentage, never both.
    expect(message(10, { totalCents: 2900 })).not.toBe('accepted');
  });

  it('refuses a paid or cancelled order', () => {
    for (const o of ['paid', 'paid_man', 'cancelled', 'refunded'] as const) expect(run('berths.editOrderLines', state(o, 'paid', 'handled'), { orderId: ORDER_ID, services: [] }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

describe('refund', () => {
  it('refunds an order paid online in full and terminates its lease', () => {
    const d = run('berths.refundOrder', state('paid', 'paid', 'handled'), { orderId: ORDER_ID }, ctx({ today: '2027-07-01' }));
    expect(d).toMatchObject({ ok: true, puts: [{ record: { status: 'refunded', refund: { status: 'accepted', amountCents: 29000 } } }, { record: { status: 'terminated', endDate: '2027-07-01' } }, { record: { kind: 'order_refunded' } }] });
  });

  it('refuses an order paid elsewhere, one not paid, and one already refunded', () => {
    expect(run('berths.refundOrder', state('paid_man', 'paid', 'handled'), { orderId: ORDER_ID })).toMatchObject({ ok: false, code: 'order_not_paid' });
    expect(run('berths.refundOrder', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID })).toMatchObject({ ok: false, code: 'order_not_paid' });
    expect(run('berths.refundOrder', state('paid', 'paid', 'handled', { refund: { status: 'pending', amountCents: 29000, at: ctx().now } }), { orderId: ORDER_ID })).toMatchObject({ ok: false, code: 'refund_pending' });
  });
});

describe('terminate', () => {
  const leaseState = (status: Lease['status'], withApp = true): BerthCommandState => {
    const s = state(status === 'paid' ? 'paid' : 'offered', status, 'offer_sent');
    return { ...s, application: withApp ? s.application : null, order: null, leaseOrders: s.order ? [s.order] : [] };
  };
  const leaseId = () => leaseState('paid').lease!.record.id;

  it('terminates an offered, errored or paid lease on the chosen day and cancels its waiting order', () => {
    const d = run('berths.terminateLease', leaseState('offered'), { leaseId: leaseId(), endDate: '2027-07-31' });
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'lease', record: { status: 'terminated', endDate: '2027-07-31' } }, { entity: 'berth_order', record: { status: 'cancelled' } }, { record: { kind: 'lease_terminated' } }] });
    expect(run('berths.terminateLease', leaseState('error'), { leaseId: leaseId(), endDate: '2027-06-10' }).ok).toBe(true);
    const paid = run('berths.terminateLease', leaseState('paid'), { leaseId: leaseId(), endDate: '2027-09-14' });
    expect(paid.ok && paid.puts.map((p) => p.entity)).toEqual(['lease', 'application_event']);
  });

  it('terminates a lease that has no application', () => {
    const d = run('berths.terminateLease', leaseState('paid', false), { leaseId: leaseId(), endDate: '2027-08-01' });
    // Its paid order keeps the termination in its own log (decision 41).
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'lease', record: { status: 'terminated', endDate: '2027-08-01' } }, { entity: 'berth_order', record: { status: 'paid', log: [{ kind: 'lease_terminated' }] } }] });
  });

  it('refuses a drafted, refused or terminated lease, and an end date outside the lease', () => {
    for (const l of ['drafted', 'refused', 'expired', 'terminated'] as const) expect(run('berths.terminateLease', leaseState(l), { leaseId: leaseId(), endDate: '2027-07-31' }), l).toMatchObject({ ok: false, code: 'invalid_transition' });
    expect(run('berths.terminateLease', leaseState('paid'), { leaseId: leaseId(), endDate: '2027-06-09' })).toMatchObject({ ok: false, code: 'end_date_out_of_range' });
    expect(run('berths.terminateLease', leaseState('paid'), { leaseId: leaseId(), endDate: '2027-09-15' })).toMatchObject({ ok: false, code: 'end_date_out_of_range' });
  });
});

describe('the payment provider’s confirmation', () => {
  it('pays an offered order online: lease paid, application handled', () => {
    const d = run('berths.recordPayment', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, amountCents: 29000, providerReference: 'demo-1' });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { status: 'paid', paidVia: 'online' } }, { record: { status: 'paid' } }, { record: { status: 'handled' } }, { record: { kind: 'order_paid' } }] });
  });

  it('refuses another sum, and an order that is not offered', () => {
    expect(run('berths.recordPayment', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID, amountCents: 100, providerReference: 'demo-1' })).toMatchObject({ ok: false, code: 'payment_amount_mismatch' });
    for (const o of ['drafted', 'paid', 'cancelled', 'expired'] as const) expect(run('berths.recordPayment', state(o, 'offered', 'offer_sent'), { orderId: ORDER_ID, amountCents: 29000, providerReference: 'demo-1' }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
  });
});

describe('the offer creates the order', () => {
  it('leaves a paper-invoice customer’s order drafted, unsent, and the application offer_generated', () => {
    const s: BerthCommandState = {
      application: { record: application(), version: 3 },
      applicationLeases: [],
      berth: { record: B, version: 1 },
      pier: pier(PIER_A, HARBOUR_A),
      harbour: H,
      berthLeases: [],
      products: PRODUCTS,
      customer: { id: application().customerId, kind: 'private', firstName: 'A', lastName: 'B', companyName: null, businessId: null, email: 'a@b.fi', phone: '', address: '', zipCode: '', municipality: '', language: 'fi', invoicingType: 'paper_invoice' },
    };
    const d = run('berths.offerBerth', s, { applicationId: application().id, berthId: B.id, leaseId: '00000000-0000-4000-d000-0000000000ff', orderId: ORDER_ID, dueDate: '2026-12-12', acceptShorter: false }, ctx({ baseVersion: 3 }));
    expect(d).toMatchObject({ ok: true, puts: [{ record: { status: 'drafted', dueDate: null } }, { record: { status: 'drafted', sentAt: null, invoicingType: 'paper_invoice', dueDate: '2026-12-12' } }, { record: { status: 'offer_generated' } }, { record: { kind: 'offer_made', toStatus: 'offer_generated' } }] });
  });
});

describe('an order whose lease has no application (a direct lease, decision 40)', () => {
  /** The lease and its order as berths.createLease makes them: no application anywhere. */
  function direct(orderStatus: BerthOrder['status'], leaseStatus: Lease['status'], extra: Partial<BerthOrder> = {}): BerthCommandState {
    const l = lease(B.id, 2027, leaseStatus, { applicationId: null });
    const o = { record: order(orderStatus, { applicationId: null, leaseId: l.id, dueDate: orderStatus === 'drafted' ? null : '2026-12-12', ...extra }), version: 1 };
    return { application: null, applicationLeases: [], order: o, lease: { record: l, version: 1 }, leaseOrders: [o], ...PRICED };
  }
  const entry = (kind: OrderLogEntry['kind']) => ({ kind, at: ctx().now, actorName: 'Aino Virtanen' });
  const entities = (d: ReturnType<typeof run>) => (d.ok ? d.puts.map((p) => p.entity) : d.code);

  it('sends the drafted invoice: order and lease offered with the due date, the order keeping the send in its own log', () => {
    const d = run('berths.resendOffer', direct('drafted', 'drafted'), { orderId: ORDER_ID, dueDate: '2026-12-10' });
    expect(d).toMatchObject({ ok: true, puts: [{ entity: 'berth_order', record: { status: 'offered', dueDate: '2026-12-10', applicationId: null, log: [entry('offer_resent')] } }, { entity: 'lease', record: { status: 'offered', dueDate: '2026-12-10' } }] });
    expect(entities(d)).toEqual(['berth_order', 'lease']);
    // Sent again with a new date, the log grows; nothing names an application.
    const again = run('berths.resendOffer', direct('offered', 'offered', { log: [entry('offer_resent')] }), { orderId: ORDER_ID, dueDate: '2026-12-11' });
    expect(again).toMatchObject({ ok: true, puts: [{ record: { dueDate: '2026-12-11', log: [entry('offer_resent'), entry('offer_resent')] } }, { record: { dueDate: '2026-12-11' } }] });
  });

  it('marks paid elsewhere from drafted, offered and error: the lease is paid; cancels an offered one and leaves the lease', () => {
    for (const [o, l] of [['drafted', 'drafted'], ['offered', 'offered'], ['error', 'error']] as const) {
      const d = run('berths.markOrderPaidElsewhere', direct(o, l), { orderId: ORDER_ID });
      expect(d, o).toMatchObject({ ok: true, puts: [{ record: { status: 'paid_man', paidVia: 'elsewhere', log: [entry('order_paid')] } }, { entity: 'lease', record: { status: 'paid' } }] });
      expect(entities(d)).toEqual(['berth_order', 'lease']);
    }
    const c = run('berths.cancelOrder', direct('offered', 'offered'), { orderId: ORDER_ID });
    expect(c).toMatchObject({ ok: true, puts: [{ record: { status: 'cancelled', log: [entry('order_cancelled')] } }] });
    expect(entities(c)).toEqual(['berth_order']);
    // A cancelled invoice is sent again by the same rule as an application's.
    expect(run('berths.resendOffer', direct('cancelled', 'offered'), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: true, puts: [{ record: { status: 'offered' } }, { entity: 'lease' }] });
  });

  it('refuses what the machines refuse, as for an application: a drafted invoice is not cancelled, a paid one not sent, paid or edited', () => {
    expect(run('berths.cancelOrder', direct('drafted', 'drafted'), { orderId: ORDER_ID })).toMatchObject({ ok: false, code: 'invalid_transition' });
    for (const o of ['paid', 'paid_man'] as const) {
      expect(run('berths.resendOffer', direct(o, 'paid'), { orderId: ORDER_ID, dueDate: '2026-12-10' }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
      expect(run('berths.markOrderPaidElsewhere', direct(o, 'paid'), { orderId: ORDER_ID }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
      expect(run('berths.editOrderLines', direct(o, 'paid'), { orderId: ORDER_ID, services: [] }), o).toMatchObject({ ok: false, code: 'invalid_transition' });
    }
    expect(run('berths.resendOffer', direct('drafted', 'drafted', { invoicingType: 'paper_invoice' }), { orderId: ORDER_ID, dueDate: '2026-12-10' })).toMatchObject({ ok: false, code: 'order_paper_invoice' });
    expect(run('berths.resendOffer', direct('drafted', 'drafted'), { orderId: ORDER_ID, dueDate: '2026-11-28' })).toMatchObject({ ok: false, code: 'due_date_out_of_range' });
  });

  it('edits the lines of a drafted invoice, logging the edit on the order; a refund and a termination are logged too', () => {
    const d = run('berths.editOrderLines', direct('drafted', 'drafted'), { orderId: ORDER_ID, services: [{ service: 'electricity', totalCents: 12550, vatPercent: 25.5 }] });
    expect(d).toMatchObject({ ok: true, puts: [{ record: { lines: [{ product: 'berth' }, { product: 'electricity', pretaxCents: 10000 }], totalCents: 41550, log: [entry('order_lines_edited')] } }] });
    expect((d as { puts: { record: { log?: { lineChanges?: unknown }[] } }[] }).puts[0]!.record.log![0]!.lineChanges).toEqual([{ product: 'electricity', title: expect.any(Object), before: null, after: { totalCents: 12550, vatPercent: 25.5 } }]);
    expect(entities(d)).toEqual(['berth_order']);
    const r = run('berths.refundOrder', direct('paid', 'paid', { paidVia: 'online' }), { orderId: ORDER_ID }, ctx({ today: '2027-07-01' }));
    expect(r).toMatchObject({ ok: true, puts: [{ record: { status: 'refunded', log: [entry('order_refunded')] } }, { record: { status: 'terminated' } }] });
    // A terminated lease's orders, waiting or paid, each keep the termination.
    const paid = direct('paid_man', 'paid');
    const t = run('berths.terminateLease', { ...paid, order: null }, { leaseId: paid.lease!.record.id, endDate: '2027-08-01' });
    expect(t).toMatchObject({ ok: true, puts: [{ entity: 'lease', record: { status: 'terminated' } }, { entity: 'berth_order', record: { status: 'paid_man', log: [entry('lease_terminated')] } }] });
  });

  it('leaves an application’s order without a log: its history is the application’s', () => {
    const d = run('berths.markOrderPaidElsewhere', state('offered', 'offered', 'offer_sent'), { orderId: ORDER_ID });
    expect(d.ok && d.puts[0]!.record).not.toHaveProperty('log');
  });
});
