import type { Customer } from '../../../domain/berths/entities.ts';
import { isPayableOn } from '../../../domain/berths/order-reminders.ts';
import type { WinterApplication, WinterArea, WinterLease, WinterPlace, WinterSection } from '../../../domain/berths/winter-entities.ts';
import { stickerSeason } from '../../../domain/berths/winter-seasons.ts';
import type { Queryable } from '../../db/db.ts';
import { recordWinterPayment } from '../record-payment.ts';
import { customerName } from './offer-store.ts';
import type { Payable, PaymentRecorder } from './payment-flow.ts';
import type { WinterInvoiceState, WinterInvoiceView } from './view.ts';

/** A winter lease's invoice with everything its page and its payment need. */
export interface LoadedWinterInvoice {
  lease: WinterLease;
  view: WinterInvoiceView;
}

/** What the customer sees of the invoice: payable while it is sent, in its days and the lease waits for it. */
export function winterInvoiceState(lease: WinterLease, today: string): WinterInvoiceState {
  const { invoice } = lease;
  switch (invoice.status) {
    case 'paid':
    case 'paid_man':
      return 'paid';
    case 'expired':
      return 'expired';
    case 'cancelled':
    case 'rejected':
    case 'refunded':
      return 'cancelled';
    case 'offered':
      // Past the due date and not yet expired by the night's job: no longer payable all the same.
      if (!isPayableOn(invoice, today)) return 'expired';
      return lease.status === 'offered' || lease.status === 'awaiting_payment' ? 'payable' : 'unavailable';
    default:
      return 'unavailable';
  }
}

interface Row {
  lease: WinterLease;
  area: WinterArea;
  section: WinterSection;
  place: WinterPlace | null;
  customer: Customer | null;
  application: WinterApplication | null;
}

export async function loadWinterInvoice(db: Queryable, leaseId: string, today: string): Promise<LoadedWinterInvoice | null> {
  const res = await db.query<Row>(
    `SELECT l.data AS lease, ar.data AS area, s.data AS section, p.data AS place, c.data AS customer, a.data AS application
     FROM winter_lease l
     JOIN winter_area ar ON ar.id = l.area_id
     JOIN winter_section s ON s.id = l.section_id
     LEFT JOIN winter_place p ON p.id = l.place_id
     LEFT JOIN customer c ON c.id = l.customer_id
     LEFT JOIN winter_application a ON a.id = l.application_id
     WHERE l.id = $1`,
    [leaseId],
    'customer_page_winter_invoice',
  );
  const row = res.rows[0];
  if (!row) return null;
  const { lease, area, section, place, customer, application } = row;
  const { invoice } = lease;
  return {
    lease,
    view: {
      leaseId: lease.id,
      invoiceNumber: invoice.number,
      state: winterInvoiceState(lease, today),
      customerName: customerName(customer),
      language: invoice.language,
      area: area.name,
      place: place ? `${section.identifier}-${place.number}` : null,
      boat: place === null && application ? { width: application.boat.width, length: application.boat.length } : null,
      season: stickerSeason(lease.winter).replace('_', '–'),
      startDate: lease.startDate,
      endDate: lease.endDate,
      dueDate: invoice.dueDate,
      lines: invoice.lines.map((l) => ({ label: l.title, pretaxCents: l.pretaxCents, vatPercent: l.vatPercent, totalCents: l.totalCents })),
      totalCents: invoice.totalCents,
      stickerNumber: lease.stickerNumber,
    },
  };
}

/** The winter invoice as the provider is asked to be paid it: the invoice number is the reference. */
export function winterPayable({ view }: LoadedWinterInvoice, lang: 'fi' | 'sv' | 'en'): Payable {
  return {
    id: view.leaseId,
    reference: view.invoiceNumber,
    amountCents: view.totalCents,
    description: `${view.area[lang]} ${view.place ?? ''} ${view.season}`,
  };
}

/** A winter invoice's payment, recorded by the winter rule. */
export const WINTER_PAYMENTS: PaymentRecorder = { record: recordWinterPayment };
