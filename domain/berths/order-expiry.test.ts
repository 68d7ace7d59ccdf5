import { describe, expect, it } from 'vitest';
import type { Application, Lease } from './entities.ts';
import type { BerthOrder } from './order-entity.ts';
import { HARBOUR_A, PIER_A, application, berth, lease } from './fixtures.test-support.ts';
import { decideOrderExpiry, type ExpiryContext, type ExpiryState } from './order-expiry.ts';

const B = berth(HARBOUR_A, PIER_A, 2.5, 6);
const ctx: ExpiryContext = {
  actor: { id: 'job', name: 'Automaattinen vanhentuminen' },
  now: '2026-12-13T03:00:00+02:00',
  today: '2026-12-13',
  eventId: '00000000-0000-4000-e000-000000000001',
};

function state(o: BerthOrder['status'], l: Lease['status'], a: Application['status'] | null, extra: Partial<BerthOrder> = {}): ExpiryState {
  const theLease = lease(B.id, 2027, l, { applicationId: a ? application().id : null });
  const order: BerthOrder = {
    id: '00000000-0000-4000-d000-0000000000ee',
    leaseId: theLease.id,
    applicationId: a ? application().id : null,
    customerId: application().customerId,
    season: 2027,
    status: o,
    lines: [{ product: 'berth', title: { fi: 'Venepaikka', sv: 'Båtplats', en: 'Berth' }, pretaxCents: 23108, vatPercent: 25.5, totalCents: 29000 }],
    pretaxCents: 23108,
    vatCents: 5892,
    totalCents: 29000,
    dueDate: '2026-12-12',
    sentAt: '2026-11-28T10:00:00+02:00',
    paidAt: null,
    paidVia: null,
    invoicingType: 'online_payment',
    language: 'fi',
    refund: null,
    ...extra,
  };
  return {
    order: { record: order, version: 2 },
    lease: { record: theLease, version: 2 },
    application: a ? { record: application({ status: a }), version: 4 } : null,
  };
}

const statuses = (d: ReturnType<typeof decideOrderExpiry>) =>
  d.ok ? Object.fromEntries(d.puts.filter((p) => p.entity !== 'application_event').map((p) => [p.entity, (p.record as { status: string }).status])) : d.code;

describe('expiry of an unpaid offer', () => {
  it('expires the order, the lease (the berth is free) and the application, whether or not the customer accepted', () => {
    expect(statuses(decideOrderExpiry(state('offered', 'offered', 'offer_sent'), ctx))).toEqual({ berth_order: 'expired', lease: 'expired', application: 'expired' });
    expect(statuses(decideOrderExpiry(state('offered', 'awaiting_payment', 'awaiting_payment'), ctx))).toEqual({ berth_order: 'expired', lease: 'expired', application: 'expired' });
    // A lease made without an application expires the same way, with nothing else to move.
    expect(statuses(decideOrderExpiry(state('offered', 'offered', null), ctx))).toEqual({ berth_order: 'expired', lease: 'expired' });
  });

  it('records it in the application’s history as the central’s act, naming the due date', () => {
    const d = decideOrderExpiry(state('offered', 'offered', 'offer_sent'), ctx);
    if (!d.ok) throw new Error(d.message);
    const event = d.puts.find((p) => p.entity === 'application_event');
    expect(event?.record).toMatchObject({ id: ctx.eventId, actorName: 'Automaattinen vanhentuminen', fromStatus: 'offer_sent', toStatus: 'expired', commandId: null });
    expect((event?.record as { note: string }).note).toContain('2026-12-12');
    expect(d.puts.map((p) => p.version)).toEqual([3, 3, 5, 1]);
  });

  it('refuses an order that is not due to expire: paid, answered, on paper, or still within its due date', () => {
    expect(statuses(decideOrderExpiry(state('offered', 'offered', 'offer_sent'), { ...ctx, today: '2026-12-12' }))).toBe('invalid_transition');
    expect(statuses(decideOrderExpiry(state('paid', 'paid', 'handled'), ctx))).toBe('invalid_transition');
    expect(statuses(decideOrderExpiry(state('rejected', 'refused', 'declined_by_customer'), ctx))).toBe('invalid_transition');
    expect(statuses(decideOrderExpiry(state('offered', 'offered', 'offer_sent', { invoicingType: 'paper_invoice' }), ctx))).toBe('invalid_transition');
    // The lease was terminated meanwhile: the cascade cannot carry, so nothing moves.
    expect(statuses(decideOrderExpiry(state('offered', 'terminated', 'offer_sent'), ctx))).toBe('invalid_transition');
  });
});
