import type { Language, Localized } from '../../../domain/languages.ts';

/** What the customer's offer page shows, gathered from the order, its lease and berth. */
/** `payable`: an offer made without an application (no answer is asked, only payment). */
export type OfferState = 'open' | 'accepted' | 'payable' | 'paid' | 'declined' | 'expired' | 'unavailable';

export interface OfferLine {
  label: Localized;
  pretaxCents: number;
  vatPercent: number;
  totalCents: number;
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

export const NOTICES = ['accepted', 'declined', 'paid', 'payment_cancelled', 'payment_refused', 'not_possible'] as const;
export type Notice = (typeof NOTICES)[number];
