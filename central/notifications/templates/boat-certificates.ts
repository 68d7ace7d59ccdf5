import type { BoatCertificateType } from '../../../domain/berths/boat-certificate-entity.ts';
import type { NotificationLanguage } from '../message.ts';
import type { NotificationTemplate } from './template.ts';

/**
 * The central's reminders of a boat certificate running out (decision 50): 30 days before its
 * last day, and the day after it. `certificate` is the certificate's name and `boat` the boat's
 * name and registration in the customer's language; `validUntil` is already formatted in it.
 */
const SIGNATURE = {
  fi: 'Ystävällisin terveisin\nHelsingin kaupunki, kulttuurin ja vapaa-ajan toimiala\nVenepaikat',
  sv: 'Med vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn\nBåtplatser',
  en: 'Kind regards\nCity of Helsinki, Culture and Leisure Division\nBoat berths',
};

/** The certificate's name inside a sentence, in each language. */
export const CERTIFICATE_NAMES: Readonly<Record<BoatCertificateType, Record<NotificationLanguage, string>>> = {
  inspection: { fi: 'katsastustodistus', sv: 'besiktningsintyg', en: 'inspection certificate' },
  insurance: { fi: 'vakuutustodistus', sv: 'försäkringsintyg', en: 'insurance certificate' },
};

export const BOAT_CERTIFICATE_EXPIRING: NotificationTemplate = {
  key: 'berths.certificate_expiring',
  params: ['name', 'certificate', 'boat', 'validUntil', 'daysLeft'],
  text: {
    fi: {
      subject: 'Muistutus: veneesi {certificate} on voimassa {validUntil} asti',
      body: `Hei {name},\n\nveneesi {certificate} on voimassa {validUntil} asti, {daysLeft} päivää.\n\nVene: {boat}\n\nVenepaikan haltijalla on oltava voimassa oleva katsastus- ja vakuutustodistus. Toimita uusi todistus venepaikkapalveluihin, kun saat sen.\n\n${SIGNATURE.fi}`,
      sms: 'Veneesi ({boat}) {certificate} on voimassa {validUntil} asti. Toimita uusi todistus venepaikkapalveluihin.',
    },
    sv: {
      subject: 'Påminnelse: din båts {certificate} gäller till {validUntil}',
      body: `Hej {name},\n\ndin båts {certificate} gäller till {validUntil}, {daysLeft} dagar till.\n\nBåt: {boat}\n\nDen som har en båtplats ska ha ett giltigt besiktnings- och försäkringsintyg. Lämna in det nya intyget till båtplatstjänsterna när du får det.\n\n${SIGNATURE.sv}`,
      sms: 'Din båts ({boat}) {certificate} gäller till {validUntil}. Lämna in det nya intyget till båtplatstjänsterna.',
    },
    en: {
      subject: 'Reminder: your boat’s {certificate} is valid until {validUntil}',
      body: `Hello {name},\n\nyour boat’s {certificate} is valid until {validUntil}, {daysLeft} more days.\n\nBoat: {boat}\n\nA berth holder must have a valid inspection and insurance certificate. Please send the new certificate to berth services when you get it.\n\n${SIGNATURE.en}`,
      sms: 'Your boat’s ({boat}) {certificate} is valid until {validUntil}. Please send the new certificate to berth services.',
    },
  },
};

export const BOAT_CERTIFICATE_EXPIRED: NotificationTemplate = {
  key: 'berths.certificate_expired',
  params: ['name', 'certificate', 'boat', 'validUntil'],
  text: {
    fi: {
      subject: 'Veneesi {certificate} ei ole enää voimassa',
      body: `Hei {name},\n\nveneesi {certificate} oli voimassa {validUntil} asti, eikä meillä ole siitä uudempaa.\n\nVene: {boat}\n\nVenepaikan haltijalla on oltava voimassa oleva katsastus- ja vakuutustodistus. Toimita uusi todistus venepaikkapalveluihin mahdollisimman pian.\n\n${SIGNATURE.fi}`,
      sms: 'Veneesi ({boat}) {certificate} oli voimassa {validUntil} asti. Toimita uusi todistus venepaikkapalveluihin.',
    },
    sv: {
      subject: 'Din båts {certificate} gäller inte längre',
      body: `Hej {name},\n\ndin båts {certificate} gällde till {validUntil}, och vi har inget nyare.\n\nBåt: {boat}\n\nDen som har en båtplats ska ha ett giltigt besiktnings- och försäkringsintyg. Lämna in det nya intyget till båtplatstjänsterna så snart som möjligt.\n\n${SIGNATURE.sv}`,
      sms: 'Din båts ({boat}) {certificate} gällde till {validUntil}. Lämna in det nya intyget till båtplatstjänsterna.',
    },
    en: {
      subject: 'Your boat’s {certificate} is no longer valid',
      body: `Hello {name},\n\nyour boat’s {certificate} was valid until {validUntil}, and we have no newer one.\n\nBoat: {boat}\n\nA berth holder must have a valid inspection and insurance certificate. Please send the new certificate to berth services as soon as you can.\n\n${SIGNATURE.en}`,
      sms: 'Your boat’s ({boat}) {certificate} was valid until {validUntil}. Please send the new certificate to berth services.',
    },
  },
};

export const BOAT_CERTIFICATE_TEMPLATES: readonly NotificationTemplate[] = [BOAT_CERTIFICATE_EXPIRING, BOAT_CERTIFICATE_EXPIRED];
