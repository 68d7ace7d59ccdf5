import type { Application, Berth, Customer, Harbour, Lease, Pier } from '../../../domain/berths/entities.ts';
import type { BerthOrder } from '../../../domain/berths/order-entity.ts';
import { isPayableOn } from '../../../domain/berths/order-reminders.ts';
import type { Queryable } from '../../db/db.ts';
import { recordPayment } from '../record-payment.ts';
import type { Payable, PaymentRecorder } from './payment-flow.ts';
import type { OfferState, OfferView } from './view.ts';

/** An order with everything its page and its actions need. */
export interface LoadedOffer {
  order: BerthOrder;
  lease: Lease;
  application: Application | null;
  view: OfferView;
}

/** What the customer sees: the order's state, and the lease's for an accepted offer still to be paid. */
export function offerState(order: BerthOrder, lease: Lease, hasApplication: boolean, today: string): OfferState {
  switch (order.status) {
    case 'paid':
    case 'paid_man':
      return 'paid';
    case 'rejected':
      return 'declined';
    case 'expired':
      return 'expired';
    case 'offered':
      // Past the due date and not yet expired by the night's job: no longer payable all the same.
      if (!isPayableOn(order, today)) return 'expired';
      if (lease.status === 'offered') return hasApplication ? 'open' : 'payable';
      return lease.status === 'awaiting_payment' ? 'accepted' : 'unavailable';
    default:
      return 'unavailable';
  }
}

/** The number the customer and the bank see: the application's reference, else the order's own short id. */
export function orderNumber(order: BerthOrder, application: Application | null): string {
  return application?.reference ?? order.id.slice(0, 8).toUpperCase();
}

export function customerName(customer: Customer | null): string {
  if (!customer) return '';
  return customer.companyName ?? `${customer.firstName} ${customer.lastName}`.trim();
}

interface Row {
  order: BerthOrder;
  lease: Lease;
  berth: Berth;
  pier: Pier;
  harbour: Harbour;
  customer: Customer | null;
  application: Application | null;
}

export async function loadOffer(db: Queryable, orderId: string, today: string): Promise<LoadedOffer | null> {
  const res = await db.query<Row>(
    `SELECT o.data AS order, l.data AS lease, b.data AS berth, p.data AS pier, h.data AS harbour, c.data AS customer, a.data AS application
     FROM berth_order o
     JOIN lease l ON l.id = (o.data->>'leaseId')::uuid
     JOIN berth b ON b.id = (l.data->>'berthId')::uuid
     JOIN pier p ON p.id = b.pier_id
     JOIN harbour h ON h.id = b.harbour_id
     LEFT JOIN customer c ON c.id = (o.data->>'customerId')::uuid
     LEFT JOIN application a ON a.id = (o.data->>'applicationId')::uuid
     WHERE o.id = $1`,
    [orderId],
    'customer_page_offer',
  );
  const row = res.rows[0];
  if (!row) return null;
  const { order, lease, berth, pier, harbour, customer, application } = row;
  return {
    order,
    lease,
    application,
    view: {
      orderId: order.id,
      orderNumber: orderNumber(order, application),
      state: offerState(order, lease, application !== null, today),
      customerName: customerName(customer),
      language: order.language,
      harbour: harbour.name,
      pier: pier.identifier,
      berthNumber: berth.number,
      width: berth.width,
      length: berth.length,
      depth: berth.depth,
      startDate: lease.startDate,
      endDate: lease.endDate,
      dueDate: order.dueDate,
      lines: order.lines.map((l) => ({ label: l.title, pretaxCents: l.pretaxCents, vatPercent: l.vatPercent, totalCents: l.totalCents, ...(l.percent === undefined ? {} : { percent: l.percent }) })),
      totalCents: order.totalCents,
    },
  };
}

/** The order as the provider is asked to be paid it: the order number is the reference. */
export function offerPayable({ view }: LoadedOffer, lang: 'fi' | 'sv' | 'en'): Payable {
  return { id: view.orderId, reference: view.orderNumber, amountCents: view.totalCents, description: `${view.harbour[lang]} ${view.pier} ${view.berthNumber}` };
}

/** An order's payment, recorded by the order rule. */
export const OFFER_PAYMENTS: PaymentRecorder = { record: recordPayment };
