import type { PaymentStatus, ReservationState, ReservationType } from '../../../../domain/bookings/vocabulary.ts';
import type { ReserveeKind } from '../../../../domain/bookings/entities.ts';
import type { Language, Texts } from '../table-model.ts';

/** The bookings words a file prints, in each language (the screens' words for the same things). */
export const STATE_WORDS: Record<ReservationState, Texts> = {
  CREATED: { fi: 'Luotu', sv: 'Skapad', en: 'Created' },
  WAITING_FOR_PAYMENT: { fi: 'Odottaa maksua', sv: 'Väntar på betalning', en: 'Waiting for payment' },
  REQUIRES_HANDLING: { fi: 'Odottaa käsittelyä', sv: 'Väntar på behandling', en: 'Requires handling' },
  CONFIRMED: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Confirmed' },
  DENIED: { fi: 'Hylätty', sv: 'Avslagen', en: 'Denied' },
  CANCELLED: { fi: 'Peruttu', sv: 'Avbokad', en: 'Cancelled' },
};

export const TYPE_WORDS: Record<ReservationType, Texts> = {
  NORMAL: { fi: 'Asiakkaan varaus', sv: 'Kundens bokning', en: 'Customer booking' },
  BEHALF: { fi: 'Asiakkaan puolesta', sv: 'För kundens räkning', en: 'On behalf' },
  STAFF: { fi: 'Henkilökunta', sv: 'Personal', en: 'Staff' },
  BLOCKED: { fi: 'Suljettu', sv: 'Stängd', en: 'Blocked' },
  SEASONAL: { fi: 'Kausivaraus', sv: 'Säsongsbokning', en: 'Seasonal' },
};

export const PAYMENT_WORDS: Record<PaymentStatus | 'FREE', Texts> = {
  FREE: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free' },
  DRAFT: { fi: 'Luonnos', sv: 'Utkast', en: 'Draft' },
  PENDING: { fi: 'Odottaa maksua', sv: 'Väntar på betalning', en: 'Pending' },
  EXPIRED: { fi: 'Vanhentunut', sv: 'Utgången', en: 'Expired' },
  CANCELLED: { fi: 'Peruttu', sv: 'Avbruten', en: 'Cancelled' },
  PAID: { fi: 'Maksettu', sv: 'Betald', en: 'Paid' },
  PAID_BY_INVOICE: { fi: 'Laskutettu', sv: 'Fakturerad', en: 'Paid by invoice' },
  PAID_MANUALLY: { fi: 'Maksettu paikan päällä', sv: 'Betald på plats', en: 'Paid on site' },
  REFUNDED: { fi: 'Hyvitetty', sv: 'Återbetald', en: 'Refunded' },
};

export const RESERVEE_KIND_WORDS: Record<ReserveeKind, Texts> = {
  individual: { fi: 'Yksityishenkilö', sv: 'Privatperson', en: 'Individual' },
  association: { fi: 'Yhdistys', sv: 'Förening', en: 'Association' },
  company: { fi: 'Yritys', sv: 'Företag', en: 'Company' },
};

const LOCALE: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "17.00" (fi, sv) or "17:00" (en): a Helsinki wall-clock time of an instant. */
export function clockTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "to 10.12.2026" style: a Helsinki calendar day with its weekday, in the user's language. */
export function dayWithWeekday(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALE[language], { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}
