import type { NotificationTemplate } from './template.ts';

/**
 * What a customer hears of a handler's decision on their booking (issue 7 point 8). `place` is
 * the reservation unit and its unit, `when` one line per booking (a series ended at once lists
 * each date), both already in the customer's language.
 */
const SIGNATURE = {
  fi: 'Ystävällisin terveisin\nHelsingin kaupunki, kulttuurin ja vapaa-ajan toimiala\nVaraamo',
  sv: 'Med vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn\nVaraamo',
  en: 'Kind regards\nCity of Helsinki, Culture and Leisure Division\nVaraamo',
};

export const BOOKING_APPROVED: NotificationTemplate = {
  key: 'bookings.approved',
  params: ['name', 'place', 'when', 'price'],
  text: {
    fi: { subject: 'Varauksesi on vahvistettu: {place}', body: `Hei {name},\n\nvarauksesi on käsitelty ja vahvistettu.\n\nTila: {place}\nAika:\n{when}\nHinta: {price}\n\n${SIGNATURE.fi}` },
    sv: { subject: 'Din bokning är bekräftad: {place}', body: `Hej {name},\n\ndin bokning har behandlats och bekräftats.\n\nLokal: {place}\nTid:\n{when}\nPris: {price}\n\n${SIGNATURE.sv}` },
    en: { subject: 'Your booking is confirmed: {place}', body: `Hello {name},\n\nyour booking has been handled and confirmed.\n\nSpace: {place}\nTime:\n{when}\nPrice: {price}\n\n${SIGNATURE.en}` },
  },
};

export const BOOKING_DENIED: NotificationTemplate = {
  key: 'bookings.denied',
  params: ['name', 'place', 'when', 'reason'],
  text: {
    fi: { subject: 'Varaustasi ei voitu hyväksyä: {place}', body: `Hei {name},\n\nvaraustasi ei valitettavasti voitu hyväksyä.\n\nTila: {place}\nAika:\n{when}\nSyy: {reason}\n\n${SIGNATURE.fi}` },
    sv: { subject: 'Din bokning kunde inte godkännas: {place}', body: `Hej {name},\n\ndin bokning kunde tyvärr inte godkännas.\n\nLokal: {place}\nTid:\n{when}\nOrsak: {reason}\n\n${SIGNATURE.sv}` },
    en: { subject: 'Your booking could not be approved: {place}', body: `Hello {name},\n\nunfortunately your booking could not be approved.\n\nSpace: {place}\nTime:\n{when}\nReason: {reason}\n\n${SIGNATURE.en}` },
  },
};

export const BOOKING_CANCELLED: NotificationTemplate = {
  key: 'bookings.cancelled',
  params: ['name', 'place', 'when'],
  text: {
    fi: { subject: 'Varauksesi on peruttu: {place}', body: `Hei {name},\n\nvarauksesi on peruttu.\n\nTila: {place}\nAika:\n{when}\n\nMahdollinen maksu palautetaan.\n\n${SIGNATURE.fi}` },
    sv: { subject: 'Din bokning har avbokats: {place}', body: `Hej {name},\n\ndin bokning har avbokats.\n\nLokal: {place}\nTid:\n{when}\n\nEn eventuell betalning återbetalas.\n\n${SIGNATURE.sv}` },
    en: { subject: 'Your booking has been cancelled: {place}', body: `Hello {name},\n\nyour booking has been cancelled.\n\nSpace: {place}\nTime:\n{when}\n\nAny payment will be refunded.\n\n${SIGNATURE.en}` },
  },
};
