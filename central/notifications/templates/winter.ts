import type { NotificationLanguage } from '../message.ts';
import { BERTH_LEASE_TERMINATED } from './berths.ts';
import type { NotificationTemplate } from './template.ts';

/**
 * What a winter storage customer hears of a terminated lease and of a renewal (decision 49).
 * `place` is the area and place (or the area, unmarked), `season` the winter ("2026–2027"), the
 * amounts and dates already written for the customer.
 */

/** Berth services sign as they sign every berth notice: the closing paragraph of the berth templates' own. */
const signature = (language: NotificationLanguage): string => BERTH_LEASE_TERMINATED.text[language].body.split('\n\n').at(-1) ?? '';
const SIGNATURE = { fi: signature('fi'), sv: signature('sv'), en: signature('en') };

export const WINTER_LEASE_TERMINATED: NotificationTemplate = {
  key: 'berths.winter_lease_terminated',
  params: ['name', 'place', 'season', 'endDate'],
  text: {
    fi: {
      subject: 'Talvisäilytyssopimus on irtisanottu: {place}',
      body: `Hei {name},\n\ntalvisäilytyssopimuksesi talvelle {season} on irtisanottu. Sopimus päättyy {endDate}.\n\nPaikka: {place}\n\nVeneen on oltava poissa alueelta viimeistään päättymispäivänä. Maksamaton lasku on peruttu.\n\n${SIGNATURE.fi}`,
    },
    sv: {
      subject: 'Avtalet om vinterförvaring har sagts upp: {place}',
      body: `Hej {name},\n\nditt avtal om vinterförvaring vintern {season} har sagts upp. Avtalet upphör {endDate}.\n\nPlats: {place}\n\nBåten ska vara borta från området senast på slutdagen. En obetald faktura har annullerats.\n\n${SIGNATURE.sv}`,
    },
    en: {
      subject: 'Your winter storage lease has been terminated: {place}',
      body: `Hello {name},\n\nyour winter storage lease for the {season} winter has been terminated. It ends on {endDate}.\n\nPlace: {place}\n\nThe boat must be off the area by the end date at the latest. An unpaid invoice has been cancelled.\n\n${SIGNATURE.en}`,
    },
  },
};

/** The renewal's invoice (brief 4.7, "marked winter storage renewal invoices ... by email and SMS"): the holder's own place for the next winter. */
export const WINTER_RENEWAL_INVOICE: NotificationTemplate = {
  key: 'berths.winter_renewal_invoice',
  params: ['name', 'place', 'season', 'price', 'dueDate', 'reference', 'link'],
  text: {
    fi: {
      subject: 'Talvisäilytyspaikkasi talvelle {season}: {place}',
      body: `Hei {name},\n\ntalvisäilytyspaikkasi {place} sopimus uusitaan talvelle {season}.\n\nSumma: {price}\nEräpäivä: {dueDate}\nViite: {reference}\n\nVoit maksaa laskun verkossa osoitteessa:\n{link}\n\nJos laskua ei makseta eräpäivään mennessä, paikka vapautuu muille hakijoille.\n\n${SIGNATURE.fi}`,
      sms: 'Talvisäilytyspaikkasi {place} talvelle {season}: {price}, eräpäivä {dueDate}, viite {reference}. Maksa: {link}',
    },
    sv: {
      subject: 'Din vinterförvaringsplats för vintern {season}: {place}',
      body: `Hej {name},\n\navtalet för din vinterförvaringsplats {place} förnyas för vintern {season}.\n\nBelopp: {price}\nFörfallodag: {dueDate}\nReferens: {reference}\n\nDu kan betala fakturan på nätet på adressen:\n{link}\n\nOm fakturan inte betalas senast på förfallodagen blir platsen ledig för andra sökande.\n\n${SIGNATURE.sv}`,
      sms: 'Din vinterförvaringsplats {place} för vintern {season}: {price}, förfallodag {dueDate}, referens {reference}. Betala: {link}',
    },
    en: {
      subject: 'Your winter storage place for the {season} winter: {place}',
      body: `Hello {name},\n\nthe lease of your winter storage place {place} is renewed for the {season} winter.\n\nAmount: {price}\nDue date: {dueDate}\nReference: {reference}\n\nYou can pay the invoice online at:\n{link}\n\nIf the invoice is not paid by the due date, the place is freed for other applicants.\n\n${SIGNATURE.en}`,
      sms: 'Your winter storage place {place} for the {season} winter: {price}, due {dueDate}, reference {reference}. Pay: {link}',
    },
  },
};

export const WINTER_TEMPLATES = [WINTER_LEASE_TERMINATED, WINTER_RENEWAL_INVOICE] as const;
