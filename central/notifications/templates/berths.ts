import type { NotificationTemplate } from './template.ts';

/**
 * What a berth customer hears of their offer and lease (brief 6.2): the offer with its price, due
 * date and the link to the customer page, and the notice of a terminated lease. `berth` is the
 * harbour and berth number, `price` and the dates already written for the customer's language.
 */
const SIGNATURE = {
  fi: 'Ystävällisin terveisin\nHelsingin kaupunki, kulttuurin ja vapaa-ajan toimiala\nVenepaikkapalvelut',
  sv: 'Med vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn\nBåtplatstjänster',
  en: 'Kind regards\nCity of Helsinki, Culture and Leisure Division\nBerth services',
};

export const BERTH_OFFER: NotificationTemplate = {
  key: 'berths.offer',
  params: ['name', 'berth', 'price', 'dueDate', 'link'],
  text: {
    fi: {
      subject: 'Venepaikkatarjous: {berth}',
      body: `Hei {name},\n\nsinulle tarjotaan venepaikkaa {berth}.\n\nHinta: {price}\nEräpäivä: {dueDate}\n\nVoit hyväksyä tarjouksen ja maksaa sen tai kieltäytyä siitä osoitteessa:\n{link}\n\nJos tarjousta ei makseta eräpäivään mennessä, se raukeaa ja paikka vapautuu.\n\n${SIGNATURE.fi}`,
      sms: 'Venepaikkatarjous {berth}, {price}, eräpäivä {dueDate}: {link}',
    },
    sv: {
      subject: 'Erbjudande om båtplats: {berth}',
      body: `Hej {name},\n\ndu erbjuds båtplatsen {berth}.\n\nPris: {price}\nFörfallodag: {dueDate}\n\nDu kan godkänna och betala erbjudandet eller tacka nej på adressen:\n{link}\n\nOm erbjudandet inte betalas senast på förfallodagen förfaller det och platsen blir ledig.\n\n${SIGNATURE.sv}`,
      sms: 'Erbjudande om båtplats {berth}, {price}, förfallodag {dueDate}: {link}',
    },
    en: {
      subject: 'Berth offer: {berth}',
      body: `Hello {name},\n\nyou are offered the berth {berth}.\n\nPrice: {price}\nDue date: {dueDate}\n\nYou can accept and pay the offer, or decline it, at:\n{link}\n\nIf the offer is not paid by the due date, it lapses and the berth is freed.\n\n${SIGNATURE.en}`,
      sms: 'Berth offer {berth}, {price}, due {dueDate}: {link}',
    },
  },
};

export const BERTH_LEASE_TERMINATED: NotificationTemplate = {
  key: 'berths.lease_terminated',
  params: ['name', 'berth', 'endDate'],
  text: {
    fi: { subject: 'Venepaikan vuokrasopimus on irtisanottu: {berth}', body: `Hei {name},\n\nvenepaikan {berth} vuokrasopimuksesi on irtisanottu. Sopimus päättyy {endDate}.\n\n${SIGNATURE.fi}` },
    sv: { subject: 'Hyresavtalet för båtplatsen har sagts upp: {berth}', body: `Hej {name},\n\nditt hyresavtal för båtplatsen {berth} har sagts upp. Avtalet upphör {endDate}.\n\n${SIGNATURE.sv}` },
    en: { subject: 'Your berth lease has been terminated: {berth}', body: `Hello {name},\n\nyour lease of the berth {berth} has been terminated. It ends on {endDate}.\n\n${SIGNATURE.en}` },
  },
};

/** The season renewal's invoice (brief 6.2, "renew berth order approved"): the holder's own berth for the next season. */
export const BERTH_RENEWAL_OFFER: NotificationTemplate = {
  key: 'berths.renewal_offer',
  params: ['name', 'berth', 'price', 'dueDate', 'season', 'link'],
  text: {
    fi: {
      subject: 'Venepaikkasi kaudelle {season}: {berth}',
      body: `Hei {name},\n\nvenepaikkasi {berth} vuokrasopimus uusitaan kaudelle {season}.\n\nHinta: {price}\nEräpäivä: {dueDate}\n\nVoit maksaa laskun tai luopua paikasta osoitteessa:\n{link}\n\nJos laskua ei makseta eräpäivään mennessä, paikka vapautuu muille hakijoille.\n\n${SIGNATURE.fi}`,
      sms: 'Venepaikkasi {berth} kaudelle {season}, {price}, eräpäivä {dueDate}: {link}',
    },
    sv: {
      subject: 'Din båtplats för säsongen {season}: {berth}',
      body: `Hej {name},\n\nhyresavtalet för din båtplats {berth} förnyas för säsongen {season}.\n\nPris: {price}\nFörfallodag: {dueDate}\n\nDu kan betala fakturan eller avstå från platsen på adressen:\n{link}\n\nOm fakturan inte betalas senast på förfallodagen blir platsen ledig för andra sökande.\n\n${SIGNATURE.sv}`,
      sms: 'Din båtplats {berth} för säsongen {season}, {price}, förfallodag {dueDate}: {link}',
    },
    en: {
      subject: 'Your berth for the {season} season: {berth}',
      body: `Hello {name},\n\nthe lease of your berth {berth} is renewed for the {season} season.\n\nPrice: {price}\nDue date: {dueDate}\n\nYou can pay the invoice, or give up the berth, at:\n{link}\n\nIf the invoice is not paid by the due date, the berth is freed for other applicants.\n\n${SIGNATURE.en}`,
      sms: 'Your berth {berth} for the {season} season, {price}, due {dueDate}: {link}',
    },
  },
};

/**
 * A message berth services write to a group of customers (brief 5.7): their own subject and text,
 * in the customer's language, under the city's greeting and signature. The text message is the
 * text alone, as short as the handler wrote it.
 */
export const BERTH_CUSTOMER_MESSAGE: NotificationTemplate = {
  key: 'berths.customer_message',
  params: ['name', 'subject', 'message'],
  text: {
    fi: { subject: '{subject}', body: `Hei {name},\n\n{message}\n\n${SIGNATURE.fi}`, sms: '{message}' },
    sv: { subject: '{subject}', body: `Hej {name},\n\n{message}\n\n${SIGNATURE.sv}`, sms: '{message}' },
    en: { subject: '{subject}', body: `Hello {name},\n\n{message}\n\n${SIGNATURE.en}`, sms: '{message}' },
  },
};

/**
 * A winter storage invoice (brief 6.2): the place (or the area, unmarked), the winter, the amount,
 * the due date, the invoice number to pay with by bank transfer, and the link to the customer
 * page where it is paid online. `stickerNote` is the unmarked invoice's line
 * about the sticker, written in the customer's language with its own paragraph break, or empty.
 */
export const BERTH_WINTER_INVOICE: NotificationTemplate = {
  key: 'berths.winter_invoice',
  params: ['name', 'place', 'season', 'price', 'dueDate', 'reference', 'stickerNote', 'link'],
  text: {
    fi: {
      subject: 'Talvisäilytyksen lasku {season}: {place}',
      body: `Hei {name},\n\ntässä talvisäilytyksesi lasku talvelle {season}.\n\nPaikka: {place}\nSumma: {price}\nEräpäivä: {dueDate}\nViite: {reference}\n\nMaksathan laskun eräpäivään mennessä. Voit maksaa sen verkossa osoitteessa:\n{link}\n\nPankkisiirtona maksaessasi käytä viitettä {reference}.\n\n{stickerNote}${SIGNATURE.fi}`,
      sms: 'Talvisäilytys {place} {season}: {price}, eräpäivä {dueDate}, viite {reference}. Maksa: {link}',
    },
    sv: {
      subject: 'Faktura för vinterförvaring {season}: {place}',
      body: `Hej {name},\n\nhär är fakturan för din vinterförvaring vintern {season}.\n\nPlats: {place}\nBelopp: {price}\nFörfallodag: {dueDate}\nReferens: {reference}\n\nBetala fakturan senast på förfallodagen. Du kan betala den på nätet på adressen:\n{link}\n\nAnvänd referensen {reference} om du betalar med banköverföring.\n\n{stickerNote}${SIGNATURE.sv}`,
      sms: 'Vinterförvaring {place} {season}: {price}, förfallodag {dueDate}, referens {reference}. Betala: {link}',
    },
    en: {
      subject: 'Winter storage invoice {season}: {place}',
      body: `Hello {name},\n\nhere is the invoice for your winter storage in the {season} winter.\n\nPlace: {place}\nAmount: {price}\nDue date: {dueDate}\nReference: {reference}\n\nPlease pay the invoice by the due date. You can pay it online at:\n{link}\n\nIf you pay by bank transfer, use the reference {reference}.\n\n{stickerNote}${SIGNATURE.en}`,
      sms: 'Winter storage {place} {season}: {price}, due {dueDate}, reference {reference}. Pay: {link}',
    },
  },
};

/**
 * The central's reminder of an unpaid winter storage invoice, 7, 3 and 1 days before its due date
 * (central/berths/winter-jobs.ts), written like the invoice: the place, the winter, the amount,
 * the due date, the reference to pay with and the link to pay online.
 */
export const BERTH_WINTER_REMINDER: NotificationTemplate = {
  key: 'berths.winter_reminder',
  params: ['name', 'place', 'season', 'price', 'dueDate', 'daysLeft', 'reference', 'link'],
  text: {
    fi: {
      subject: 'Muistutus: talvisäilytyksen laskun eräpäivä on {dueDate}',
      body: `Hei {name},\n\ntalvisäilytyksesi lasku talvelle {season} on vielä maksamatta. Eräpäivään on {daysLeft} pv.\n\nPaikka: {place}\nSumma: {price}\nEräpäivä: {dueDate}\nViite: {reference}\n\nVoit maksaa laskun verkossa osoitteessa:\n{link}\n\nJos laskua ei makseta eräpäivään mennessä, talvisäilytys raukeaa.\n\n${SIGNATURE.fi}`,
      sms: 'Talvisäilytyksen lasku ({place}, {price}) erääntyy {dueDate}, viite {reference}. Maksa: {link}',
    },
    sv: {
      subject: 'Påminnelse: förfallodagen för fakturan för vinterförvaring är {dueDate}',
      body: `Hej {name},\n\nfakturan för din vinterförvaring vintern {season} är ännu obetald. Det är {daysLeft} dagar kvar till förfallodagen.\n\nPlats: {place}\nBelopp: {price}\nFörfallodag: {dueDate}\nReferens: {reference}\n\nDu kan betala fakturan på nätet på adressen:\n{link}\n\nOm fakturan inte betalas senast på förfallodagen upphör vinterförvaringen.\n\n${SIGNATURE.sv}`,
      sms: 'Fakturan för vinterförvaring ({place}, {price}) förfaller {dueDate}, referens {reference}. Betala: {link}',
    },
    en: {
      subject: 'Reminder: your winter storage invoice is due on {dueDate}',
      body: `Hello {name},\n\nthe invoice for your winter storage in the {season} winter has not been paid yet. It is due in {daysLeft} days.\n\nPlace: {place}\nAmount: {price}\nDue date: {dueDate}\nReference: {reference}\n\nYou can pay the invoice online at:\n{link}\n\nIf the invoice is not paid by the due date, the winter storage lapses.\n\n${SIGNATURE.en}`,
      sms: 'Your winter storage invoice ({place}, {price}) is due on {dueDate}, reference {reference}. Pay: {link}',
    },
  },
};

/**
 * A winter storage invoice not paid by its due date has expired. `placeNote` is a paragraph in the
 * customer's language: a marked place is free for others again; a boat already on an unmarked
 * area may not stay there without a valid winter storage.
 */
export const BERTH_WINTER_EXPIRED: NotificationTemplate = {
  key: 'berths.winter_expired',
  params: ['name', 'place', 'season', 'dueDate', 'placeNote'],
  text: {
    fi: {
      subject: 'Talvisäilytyksesi {season} ei ole voimassa: {place}',
      body: `Hei {name},\n\ntalvisäilytyksesi laskua ei maksettu eräpäivään {dueDate} mennessä, joten talvisäilytys talvelle {season} ei ole voimassa.\n\nPaikka: {place}\n\n{placeNote}${SIGNATURE.fi}`,
      sms: 'Talvisäilytyksesi ({place}) ei ole voimassa: laskua ei maksettu eräpäivään {dueDate} mennessä.',
    },
    sv: {
      subject: 'Din vinterförvaring {season} gäller inte: {place}',
      body: `Hej {name},\n\nfakturan för din vinterförvaring betalades inte senast på förfallodagen {dueDate}, så vinterförvaringen vintern {season} gäller inte.\n\nPlats: {place}\n\n{placeNote}${SIGNATURE.sv}`,
      sms: 'Din vinterförvaring ({place}) gäller inte: fakturan betalades inte senast {dueDate}.',
    },
    en: {
      subject: 'Your winter storage {season} is not valid: {place}',
      body: `Hello {name},\n\nthe invoice for your winter storage was not paid by the due date {dueDate}, so the winter storage for the {season} winter is not valid.\n\nPlace: {place}\n\n{placeNote}${SIGNATURE.en}`,
      sms: 'Your winter storage ({place}) is not valid: the invoice was not paid by {dueDate}.',
    },
  },
};

export const BERTH_TEMPLATES = [BERTH_OFFER, BERTH_LEASE_TERMINATED, BERTH_RENEWAL_OFFER, BERTH_CUSTOMER_MESSAGE, BERTH_WINTER_INVOICE, BERTH_WINTER_REMINDER, BERTH_WINTER_EXPIRED] as const;
