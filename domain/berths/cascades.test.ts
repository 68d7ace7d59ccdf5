import { describe, expect, it } from 'vitest';
import { ORDER_ERROR_LEASE_COMMENT, cascadeLeaseCreated, cascadeLeaseDeleted, cascadeOffer, cascadeOrder, refundAccepted } from './cascades.ts';
import { ORDER_STATUSES } from './order-machine.ts';
import { initialOrderStatus } from './order-machine.ts';

describe('order -> lease -> application', () => {
  it('sends: the lease is offered and the application offer_sent', () => {
    expect(cascadeOrder({ order: 'drafted', lease: 'drafted', application: 'offer_generated' }, 'offered')).toEqual({ ok: true, order: 'offered', lease: 'offered', application: 'offer_sent' });
  });

  it('pays online or elsewhere: the lease is paid and the application handled', () => {
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'paid')).toEqual({ ok: true, order: 'paid', lease: 'paid', application: 'handled' });
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'paid_man')).toEqual({ ok: true, order: 'paid_man', lease: 'paid', application: 'handled' });
  });

  it('declines and expires: the lease is refused or expired, and so is the application', () => {
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'rejected')).toEqual({ ok: true, order: 'rejected', lease: 'refused', application: 'rejected' });
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'expired')).toEqual({ ok: true, order: 'expired', lease: 'expired', application: 'expired' });
  });

  it('fails: the lease goes to error with a comment, the application stays', () => {
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'error')).toEqual({ ok: true, order: 'error', lease: 'error', leaseComment: ORDER_ERROR_LEASE_COMMENT });
    expect(cascadeOrder({ order: 'error', lease: 'error', application: 'offer_sent' }, 'drafted')).toEqual({ ok: true, order: 'drafted', lease: 'drafted' });
  });

  it('cancels an invoice without touching the lease, and sends it again', () => {
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'offer_sent' }, 'cancelled')).toEqual({ ok: true, order: 'cancelled' });
    expect(cascadeOrder({ order: 'cancelled', lease: 'offered', application: 'offer_sent' }, 'offered')).toEqual({ ok: true, order: 'offered' });
  });

  it('carries a renewal order (no application) to its lease alone', () => {
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: null }, 'paid')).toEqual({ ok: true, order: 'paid', lease: 'paid' });
  });

  it('pays a non-billable customer\'s order at once: lease paid, application handled', () => {
    const created = cascadeLeaseCreated('pending');
    expect(created).toEqual({ ok: true, lease: 'drafted', application: 'offer_generated' });
    expect(cascadeOrder({ order: 'drafted', lease: 'drafted', application: 'offer_generated' }, initialOrderStatus('non_billable'))).toEqual({ ok: true, order: 'paid_man', lease: 'paid', application: 'handled' });
  });

  it('refuses the whole move when the order may not move', () => {
    expect(cascadeOrder({ order: 'paid', lease: 'paid', application: 'handled' }, 'offered')).toEqual({ ok: false, record: 'order', from: 'paid', to: 'offered' });
    expect(cascadeOrder({ order: 'drafted', lease: 'drafted', application: 'offer_generated' }, 'paid')).toMatchObject({ ok: false, record: 'order' });
    for (const to of ORDER_STATUSES) expect(cascadeOrder({ order: 'refunded', lease: 'terminated', application: 'handled' }, to).ok).toBe(false);
  });

  it('refuses the whole move when the lease or the application may not follow', () => {
    // A lease terminated while its invoice was still out cannot become paid.
    expect(cascadeOrder({ order: 'offered', lease: 'terminated', application: 'offer_sent' }, 'paid')).toEqual({ ok: false, record: 'lease', from: 'terminated', to: 'paid' });
    // An application already handled cannot expire.
    expect(cascadeOrder({ order: 'offered', lease: 'offered', application: 'handled' }, 'expired')).toEqual({ ok: false, record: 'application', from: 'handled', to: 'expired' });
  });
});

describe('refunds', () => {
  it('terminates the lease on a full refund, leaves it on a partial one', () => {
    expect(refundAccepted({ order: 'paid', lease: 'paid' }, true)).toEqual({ ok: true, order: 'refunded', lease: 'terminated' });
    expect(refundAccepted({ order: 'paid', lease: 'paid' }, false)).toEqual({ ok: true, order: 'refunded' });
    expect(refundAccepted({ order: 'paid_man', lease: 'paid' }, true)).toMatchObject({ ok: false, record: 'order' });
    expect(refundAccepted({ order: 'paid', lease: 'refused' }, true)).toMatchObject({ ok: false, record: 'lease' });
  });
});

describe('switch offer -> application', () => {
  it('drafts, sends, and records the customer\'s answer', () => {
    expect(cascadeOffer({ offer: 'drafted', application: 'offer_generated' }, 'offered')).toEqual({ ok: true, offer: 'offered', application: 'offer_sent' });
    expect(cascadeOffer({ offer: 'offered', application: 'offer_sent' }, 'rejected')).toEqual({ ok: true, offer: 'rejected', application: 'rejected' });
    expect(cascadeOffer({ offer: 'offered', application: 'offer_sent' }, 'expired')).toEqual({ ok: true, offer: 'expired', application: 'expired' });
    expect(cascadeOffer({ offer: 'drafted', application: 'offer_generated' }, 'expired')).toEqual({ ok: true, offer: 'expired', application: 'expired' });
  });

  it('leaves the application as it is when the offer is accepted or cancelled', () => {
    expect(cascadeOffer({ offer: 'offered', application: 'offer_sent' }, 'accepted')).toEqual({ ok: true, offer: 'accepted' });
    expect(cascadeOffer({ offer: 'offered', application: 'offer_sent' }, 'cancelled')).toEqual({ ok: true, offer: 'cancelled' });
  });

  it('refuses a move the offer or the application may not make', () => {
    expect(cascadeOffer({ offer: 'accepted', application: 'offer_sent' }, 'rejected')).toEqual({ ok: false, record: 'offer', from: 'accepted', to: 'rejected' });
    expect(cascadeOffer({ offer: 'drafted', application: 'offer_generated' }, 'accepted')).toMatchObject({ ok: false, record: 'offer' });
    expect(cascadeOffer({ offer: 'offered', application: 'pending' }, 'rejected')).toEqual({ ok: false, record: 'application', from: 'pending', to: 'rejected' });
  });
});

describe('creating and deleting a lease', () => {
  it('drafts the offer from a waiting application only', () => {
    expect(cascadeLeaseCreated('no_suitable_berths')).toEqual({ ok: false, record: 'application', from: 'no_suitable_berths', to: 'offer_generated' });
    expect(cascadeLeaseCreated('handled').ok).toBe(false);
  });

  it('deletes only a drafted lease, and its application waits again', () => {
    expect(cascadeLeaseDeleted('drafted', 'offer_generated')).toEqual({ ok: true, application: 'pending' });
    expect(cascadeLeaseDeleted('drafted', null)).toEqual({ ok: true });
    for (const s of ['offered', 'paid', 'error', 'refused', 'expired', 'terminated'] as const) {
      expect(cascadeLeaseDeleted(s, 'offer_sent')).toEqual({ ok: false, record: 'lease', from: s, to: 'deleted' });
    }
  });
});
