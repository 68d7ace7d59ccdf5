import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../../../domain/contract.ts';
import { orderActions } from './OrderSection.tsx';

type Order = NonNullable<ApplicationDetail['order']>;
const of = (status: Order['order']['status'], lease: Order['lease']['status'], invoicingType: Order['order']['invoicingType'] = 'online_payment'): Order =>
  ({ order: { status, invoicingType }, lease: { status: lease }, pending: false }) as unknown as Order;

describe('the invoice actions a handler is offered', () => {
  it('follow the order and lease machines the central enforces', () => {
    expect(orderActions(of('offered', 'offered'), 'offer_sent')).toEqual({ resend: true, markPaidElsewhere: true, cancel: true, refund: false, terminate: true });
    expect(orderActions(of('paid', 'paid'), 'handled')).toEqual({ resend: false, markPaidElsewhere: false, cancel: false, refund: true, terminate: true });
    expect(orderActions(of('paid_man', 'paid'), 'handled')).toEqual({ resend: false, markPaidElsewhere: false, cancel: false, refund: false, terminate: true });
    expect(orderActions(of('cancelled', 'terminated'), 'offer_sent')).toEqual({ resend: false, markPaidElsewhere: false, cancel: false, refund: false, terminate: false });
  });

  it('send a cancelled order again while its lease still stands, not once it is terminated', () => {
    expect(orderActions(of('cancelled', 'offered'), 'offer_sent').resend).toBe(true);
  });

  it('never offer to send a paper-invoice order digitally', () => {
    expect(orderActions(of('drafted', 'drafted', 'paper_invoice'), 'offer_generated')).toEqual({ resend: false, markPaidElsewhere: true, cancel: false, refund: false, terminate: false });
  });
});
