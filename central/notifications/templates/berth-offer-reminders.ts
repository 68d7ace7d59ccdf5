import type { NotificationTemplate } from './template.ts';

/**
 * The central's own messages about an offer nobody has paid yet (brief 4.6): a reminder 7, 3 and
 * 1 days before the due date, and the notice that the offer expired. `berth` is harbour, pier and
 * berth number in the customer's language; `amount` and `dueDate` are already formatted in it.
 */
const SIGNATURE = {
  fi: 'Ystävällisin terveisin\nHelsingin kaupunki, kulttuurin ja vapaa-ajan toimiala\nVenepaikat',
  sv: 'Med vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn\nBåtplatser',
  en: 'Kind regards\nCity of Helsinki, Culture and Leisure Division\nBoat berths',
};

export const BERTH_OFFER_REMINDER: NotificationTemplate = {
  key: 'berths.offer_reminder',
  params: ['name', 'berth', 'amount', 'dueDate', 'daysLeft', 'link'],
  text: {
    fi: {
      subject: 'Muistutus: venepaikkatarjouksesi eräpäivä on {dueDate}',
      body: `Hei {name},\n\nvenepaikkatarjouksesi on vielä maksamatta. Eräpäivään on {daysLeft} pv.\n\nVenepaikka: {berth}\nSumma: {amount}\nEräpäivä: {dueDate}\n\nKatso tarjous ja maksa se täällä:\n{link}\n\nJos tarjousta ei makseta eräpäivään mennessä, se raukeaa ja paikka tarjotaan seuraavalle jonossa.\n\n${SIGNATURE.fi}`,
      sms: 'Venepaikkatarjouksesi ({berth}, {amount}) eräpäivä on {dueDate}. Maksa: {link}',
    },
    sv: {
      subject: 'Påminnelse: förfallodagen för ditt båtplatserbjudande är {dueDate}',
      body: `Hej {name},\n\nditt båtplatserbjudande är ännu obetalt. Det är {daysLeft} dagar kvar till förfallodagen.\n\nBåtplats: {berth}\nBelopp: {amount}\nFörfallodag: {dueDate}\n\nSe erbjudandet och betala det här:\n{link}\n\nOm erbjudandet inte betalas senast på förfallodagen upphör det och platsen erbjuds nästa i kön.\n\n${SIGNATURE.sv}`,
      sms: 'Ditt båtplatserbjudande ({berth}, {amount}) förfaller {dueDate}. Betala: {link}',
    },
    en: {
      subject: 'Reminder: your berth offer is due on {dueDate}',
      body: `Hello {name},\n\nyour berth offer has not been paid yet. It is due in {daysLeft} days.\n\nBerth: {berth}\nAmount: {amount}\nDue date: {dueDate}\n\nSee the offer and pay it here:\n{link}\n\nIf the offer is not paid by the due date, it lapses and the berth is offered to the next in the queue.\n\n${SIGNATURE.en}`,
      sms: 'Your berth offer ({berth}, {amount}) is due on {dueDate}. Pay: {link}',
    },
  },
};

export const BERTH_OFFER_EXPIRED: NotificationTemplate = {
  key: 'berths.offer_expired',
  params: ['name', 'berth', 'dueDate'],
  text: {
    fi: {
      subject: 'Venepaikkatarjouksesi ei ole enää voimassa',
      body: `Hei {name},\n\nvenepaikkatarjousta ei maksettu eräpäivään {dueDate} mennessä, joten se ei ole enää voimassa.\n\nVenepaikka: {berth}\n\nPaikka on vapautunut muille. Voit hakea venepaikkaa uudelleen.\n\n${SIGNATURE.fi}`,
      sms: 'Venepaikkatarjouksesi ({berth}) ei ole enää voimassa: sitä ei maksettu eräpäivään {dueDate} mennessä.',
    },
    sv: {
      subject: 'Ditt båtplatserbjudande gäller inte längre',
      body: `Hej {name},\n\nbåtplatserbjudandet betalades inte senast på förfallodagen {dueDate}, så det gäller inte längre.\n\nBåtplats: {berth}\n\nPlatsen har blivit ledig för andra. Du kan ansöka om båtplats på nytt.\n\n${SIGNATURE.sv}`,
      sms: 'Ditt båtplatserbjudande ({berth}) gäller inte längre: det betalades inte senast {dueDate}.',
    },
    en: {
      subject: 'Your berth offer is no longer valid',
      body: `Hello {name},\n\nthe berth offer was not paid by the due date {dueDate}, so it is no longer valid.\n\nBerth: {berth}\n\nThe berth is free for others again. You may apply for a berth again.\n\n${SIGNATURE.en}`,
      sms: 'Your berth offer ({berth}) is no longer valid: it was not paid by {dueDate}.',
    },
  },
};

export const BERTH_OFFER_REMINDER_TEMPLATES: readonly NotificationTemplate[] = [BERTH_OFFER_REMINDER, BERTH_OFFER_EXPIRED];
