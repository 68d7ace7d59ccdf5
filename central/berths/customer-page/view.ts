import type { Language, Localized } from '../../../domain/languages.ts';

/** What the customer's offer page shows, gathered from the order, its lease and berth. */
/** `payable`: an offer made without an application (no answer is asked, only payment). */
export type OfferState = 'open' | 'accepted' | 'payable' | 'paid' | 'declined' | 'expired' | 'unavailable';

export interface OfferLine {
  label: Localized;
  pretaxCents: number;
  vatPercent: number;
  totalCents: number;
  /** A service line priced as this percent of the berth line (decision 48); absent on an amount. */
  percent?: number;
}

export interface OfferView {
  orderId: string;
  orderNumber: string;
  state: OfferState;
  customerName: string;
  language: Language;
  harbour: Localized;
  pier: string;
  berthNumber: string;
  width: number;
  length: number;
  depth: number | null;
  startDate: string;
  endDate: string;
  dueDate: string | null;
  lines: OfferLine[];
  totalCents: number;
}

export const NOTICES = ['accepted', 'declined', 'paid', 'payment_cancelled', 'payment_refused', 'payment_unapplied', 'not_possible'] as const;
export type Notice = (typeof NOTICES)[number];

/**
 * A winter storage invoice's page: `payable` until paid or no longer valid; `cancelled` for one
 * withdrawn by berth services, `unavailable` for any other state it is not to be paid in.
 */
export type WinterInvoiceState = 'payable' | 'paid' | 'expired' | 'cancelled' | 'unavailable';

export interface WinterInvoiceView {
  leaseId: string;
  invoiceNumber: string;
  state: WinterInvoiceState;
  customerName: string;
  language: Language;
  area: Localized;
  /** The marked place as section-number, or null for unmarked storage on the area. */
  place: string | null;
  /** The boat as applied for, shown for unmarked storage (priced by its size). */
  boat: { width: number; length: number } | null;
  /** The winter, e.g. 2026–2027. */
  season: string;
  startDate: string;
  endDate: string;
  dueDate: string | null;
  lines: OfferLine[];
  totalCents: number;
  /** Unmarked storage's sticker, once paid. */
  stickerNumber: number | null;
}
