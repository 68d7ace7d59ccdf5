import type { Language } from '../../../domain/languages.ts';

/**
 * Every text of the customer's offer page, in each language the customer may have. The page is
 * the central's, not the desk's, so its texts live here; the type makes a missing one a compile
 * error, and texts.test.ts checks none is empty.
 */
export interface OfferPageTexts {
  languageName: string;
  languageNav: string;
  brand: string;
  title: string;
  greeting: string;
  intro: string;
  berthHeading: string;
  harbour: string;
  pier: string;
  berthNumber: string;
  width: string;
  length: string;
  depth: string;
  leasePeriod: string;
  invoiceHeading: string;
  orderNumber: string;
  product: string;
  /** Under a service line priced as a share of the berth line (decision 48): `{percent}` is e.g. 12,5 %. */
  linePercent: string;
  pretax: string;
  vat: string;
  total: string;
  totalRow: string;
  dueDate: string;
  accept: string;
  decline: string;
  declineWarning: string;
  pay: string;
  statusHeading: string;
  state: Record<'open' | 'accepted' | 'payable' | 'paid' | 'declined' | 'expired' | 'unavailable', string>;
  /** `payment_unapplied`: a true payment nothing took (decision 54); staff see it and refund it. */
  notice: Record<'accepted' | 'declined' | 'paid' | 'payment_cancelled' | 'payment_refused' | 'payment_unapplied' | 'not_possible', string>;
  notFoundTitle: string;
  notFoundBody: string;
  badRequestTitle: string;
  badRequestBody: string;
  /** The winter storage invoice's page: the rest of its texts are the offer page's. */
  winter: WinterPageTexts;
}

export interface WinterPageTexts {
  title: string;
  intro: string;
  storageHeading: string;
  area: string;
  place: string;
  unmarked: string;
  boatSize: string;
  season: string;
  invoiceNumber: string;
  sticker: string;
  statusHeading: string;
  state: Record<'payable' | 'paid' | 'expired' | 'cancelled' | 'unavailable', string>;
  stickerNote: string;
  notPossible: string;
  notFoundTitle: string;
  badRequestBody: string;
}

export const OFFER_PAGE_TEXTS: Readonly<Record<Language, OfferPageTexts>> = {
  fi: {
    languageName: 'Suomi',
    languageNav: 'Kieli',
    brand: 'Helsingin kaupunki – Venepaikat',
    title: 'Venepaikkatarjous',
    greeting: 'Hei {name},',
    intro: 'sinulle tarjotaan alla olevaa venepaikkaa. Hyväksy tai hylkää tarjous ja maksa se eräpäivään mennessä.',
    berthHeading: 'Venepaikka',
    harbour: 'Satama',
    pier: 'Laituri',
    berthNumber: 'Paikan numero',
    width: 'Leveys',
    length: 'Pituus',
    depth: 'Syvyys',
    leasePeriod: 'Vuokrakausi',
    invoiceHeading: 'Lasku',
    orderNumber: 'Tilausnumero',
    product: 'Tuote',
    linePercent: '{percent} venepaikan hinnasta',
    pretax: 'Veroton hinta',
    vat: 'ALV',
    total: 'Yhteensä',
    totalRow: 'Maksettava yhteensä',
    dueDate: 'Eräpäivä',
    accept: 'Hyväksy tarjous',
    decline: 'Hylkää tarjous',
    declineWarning: 'Jos hylkäät tarjouksen, paikka vapautuu muille eikä hakemuksesi enää ole voimassa.',
    pay: 'Maksa',
    statusHeading: 'Tarjouksen tila',
    state: {
      open: 'Tarjous odottaa vastaustasi.',
      accepted: 'Olet hyväksynyt tarjouksen. Maksa se eräpäivään mennessä, niin paikka on sinun.',
      payable: 'Tarjous odottaa maksuasi. Maksa se eräpäivään mennessä, niin paikka on sinun.',
      paid: 'Tarjous on maksettu. Venepaikka on vuokrattu sinulle.',
      declined: 'Olet hylännyt tarjouksen.',
      expired: 'Tarjous ei ole enää voimassa: sitä ei maksettu eräpäivään mennessä.',
      unavailable: 'Tarjous ei ole tällä hetkellä voimassa. Ota yhteyttä venepaikkapalveluun.',
    },
    notice: {
      accepted: 'Kiitos, tarjous on hyväksytty.',
      declined: 'Tarjous on hylätty.',
      paid: 'Kiitos, maksu on vastaanotettu.',
      payment_cancelled: 'Maksu peruttiin. Voit maksaa uudelleen.',
      payment_refused: 'Maksun tietoja ei voitu vahvistaa. Mitään ei veloitettu tämän sivun kautta.',
      payment_unapplied: 'Maksusi vastaanotettiin, mutta sitä ei voitu kirjata, koska tilanne oli ehtinyt muuttua (se oli esimerkiksi jo maksettu tai eräpäivä oli mennyt). Venepaikkapalvelu palauttaa maksun sinulle. Alla on nykyinen tila.',
      not_possible: 'Toimintoa ei voitu tehdä, koska tarjouksen tila on muuttunut. Alla on sen nykyinen tila.',
    },
    notFoundTitle: 'Tarjousta ei löydy',
    notFoundBody: 'Linkki on virheellinen. Tarkista, että kopioit sen kokonaan viestistä.',
    badRequestTitle: 'Pyyntöä ei hyväksytty',
    badRequestBody: 'Avaa tarjoussivu uudelleen viestin linkistä ja yritä uudelleen.',
    winter: {
      title: 'Talvisäilytyksen lasku',
      intro: 'tässä talvisäilytyksesi lasku. Maksa se eräpäivään mennessä.',
      storageHeading: 'Talvisäilytys',
      area: 'Alue',
      place: 'Paikka',
      unmarked: 'Merkitsemätön säilytys (nostojärjestys)',
      boatSize: 'Veneen koko',
      season: 'Talvikausi',
      invoiceNumber: 'Laskun numero',
      sticker: 'Talvisäilytystarran numero',
      statusHeading: 'Laskun tila',
      state: {
        payable: 'Lasku odottaa maksuasi. Maksa se eräpäivään mennessä.',
        paid: 'Lasku on maksettu. Talvisäilytys on voimassa.',
        expired: 'Lasku ei ole enää voimassa: sitä ei maksettu eräpäivään mennessä.',
        cancelled: 'Lasku on peruttu. Ota yhteyttä venepaikkapalveluun.',
        unavailable: 'Laskua ei voi maksaa tällä hetkellä. Ota yhteyttä venepaikkapalveluun.',
      },
      stickerNote: 'Talvisäilytystarra postitetaan sinulle. Kiinnitä se veneeseen näkyvälle paikalle.',
      notPossible: 'Toimintoa ei voitu tehdä, koska laskun tila on muuttunut. Alla on sen nykyinen tila.',
      notFoundTitle: 'Laskua ei löydy',
      badRequestBody: 'Avaa laskusivu uudelleen viestin linkistä ja yritä uudelleen.',
    },
  },
  sv: {
    languageName: 'Svenska',
    languageNav: 'Språk',
    brand: 'Helsingfors stad – Båtplatser',
    title: 'Båtplatserbjudande',
    greeting: 'Hej {name},',
    intro: 'du erbjuds båtplatsen nedan. Godkänn eller avböj erbjudandet och betala det senast på förfallodagen.',
    berthHeading: 'Båtplats',
    harbour: 'Hamn',
    pier: 'Brygga',
    berthNumber: 'Platsnummer',
    width: 'Bredd',
    length: 'Längd',
    depth: 'Djup',
    leasePeriod: 'Hyresperiod',
    invoiceHeading: 'Faktura',
    orderNumber: 'Ordernummer',
    product: 'Produkt',
    linePercent: '{percent} av båtplatsens pris',
    pretax: 'Pris utan moms',
    vat: 'Moms',
    total: 'Totalt',
    totalRow: 'Att betala totalt',
    dueDate: 'Förfallodag',
    accept: 'Godkänn erbjudandet',
    decline: 'Avböj erbjudandet',
    declineWarning: 'Om du avböjer erbjudandet blir platsen ledig för andra och din ansökan gäller inte längre.',
    pay: 'Betala',
    statusHeading: 'Erbjudandets status',
    state: {
      open: 'Erbjudandet väntar på ditt svar.',
      accepted: 'Du har godkänt erbjudandet. Betala det senast på förfallodagen så är platsen din.',
      payable: 'Erbjudandet väntar på din betalning. Betala det senast på förfallodagen så är platsen din.',
      paid: 'Erbjudandet är betalt. Båtplatsen är uthyrd till dig.',
      declined: 'Du har avböjt erbjudandet.',
      expired: 'Erbjudandet gäller inte längre: det betalades inte senast på förfallodagen.',
      unavailable: 'Erbjudandet gäller inte för tillfället. Kontakta båtplatstjänsten.',
    },
    notice: {
      accepted: 'Tack, erbjudandet är godkänt.',
      declined: 'Erbjudandet är avböjt.',
      paid: 'Tack, betalningen har tagits emot.',
      payment_cancelled: 'Betalningen avbröts. Du kan betala på nytt.',
      payment_refused: 'Betalningsuppgifterna kunde inte bekräftas. Ingenting debiterades via den här sidan.',
      payment_unapplied: 'Din betalning togs emot men kunde inte registreras, eftersom läget hade hunnit ändras (den var till exempel redan betald eller förfallodagen hade passerat). Båtplatstjänsten återbetalar beloppet till dig. Nedan visas nuvarande status.',
      not_possible: 'Åtgärden kunde inte utföras eftersom erbjudandets status har ändrats. Nedan visas dess nuvarande status.',
    },
    notFoundTitle: 'Erbjudandet hittades inte',
    notFoundBody: 'Länken är felaktig. Kontrollera att du kopierade hela länken från meddelandet.',
    badRequestTitle: 'Begäran godkändes inte',
    badRequestBody: 'Öppna erbjudandesidan på nytt via länken i meddelandet och försök igen.',
    winter: {
      title: 'Faktura för vinterförvaring',
      intro: 'här är fakturan för din vinterförvaring. Betala den senast på förfallodagen.',
      storageHeading: 'Vinterförvaring',
      area: 'Område',
      place: 'Plats',
      unmarked: 'Omärkt förvaring (lyftordning)',
      boatSize: 'Båtens storlek',
      season: 'Vintersäsong',
      invoiceNumber: 'Fakturanummer',
      sticker: 'Vinterförvaringsdekalens nummer',
      statusHeading: 'Fakturans status',
      state: {
        payable: 'Fakturan väntar på din betalning. Betala den senast på förfallodagen.',
        paid: 'Fakturan är betald. Vinterförvaringen gäller.',
        expired: 'Fakturan gäller inte längre: den betalades inte senast på förfallodagen.',
        cancelled: 'Fakturan har annullerats. Kontakta båtplatstjänsten.',
        unavailable: 'Fakturan kan inte betalas för tillfället. Kontakta båtplatstjänsten.',
      },
      stickerNote: 'Vinterförvaringsdekalen postas till dig. Fäst den synligt på båten.',
      notPossible: 'Åtgärden kunde inte utföras eftersom fakturans status har ändrats. Nedan visas dess nuvarande status.',
      notFoundTitle: 'Fakturan hittades inte',
      badRequestBody: 'Öppna fakturasidan på nytt via länken i meddelandet och försök igen.',
    },
  },
  en: {
    languageName: 'English',
    languageNav: 'Language',
    brand: 'City of Helsinki – Boat berths',
    title: 'Berth offer',
    greeting: 'Hello {name},',
    intro: 'you are offered the berth below. Accept or decline the offer, and pay it by the due date.',
    berthHeading: 'Berth',
    harbour: 'Harbour',
    pier: 'Pier',
    berthNumber: 'Berth number',
    width: 'Width',
    length: 'Length',
    depth: 'Depth',
    leasePeriod: 'Lease period',
    invoiceHeading: 'Invoice',
    orderNumber: 'Order number',
    product: 'Product',
    linePercent: '{percent} of the berth price',
    pretax: 'Price before VAT',
    vat: 'VAT',
    total: 'Total',
    totalRow: 'Total to pay',
    dueDate: 'Due date',
    accept: 'Accept offer',
    decline: 'Decline offer',
    declineWarning: 'If you decline the offer, the berth is freed for others and your application is no longer valid.',
    pay: 'Pay',
    statusHeading: 'Status of the offer',
    state: {
      open: 'The offer is waiting for your answer.',
      accepted: 'You accepted the offer. Pay it by the due date and the berth is yours.',
      payable: 'The offer is waiting for your payment. Pay it by the due date and the berth is yours.',
      paid: 'The offer is paid. The berth is leased to you.',
      declined: 'You declined the offer.',
      expired: 'The offer is no longer valid: it was not paid by the due date.',
      unavailable: 'The offer is not valid at the moment. Please contact berth services.',
    },
    notice: {
      accepted: 'Thank you, the offer is accepted.',
      declined: 'The offer is declined.',
      paid: 'Thank you, the payment was received.',
      payment_cancelled: 'The payment was cancelled. You can pay again.',
      payment_refused: 'The payment details could not be confirmed. Nothing was charged through this page.',
      payment_unapplied: 'Your payment was received but could not be recorded, because things had changed meanwhile (for example, it was paid already or past its due date). Berth services will refund the payment to you. The current state is shown below.',
      not_possible: 'This could not be done because the offer has changed. Its current state is shown below.',
    },
    notFoundTitle: 'Offer not found',
    notFoundBody: 'The link is not valid. Check that you copied the whole link from the message.',
    badRequestTitle: 'The request was not accepted',
    badRequestBody: 'Open the offer page again from the link in the message and try again.',
    winter: {
      title: 'Winter storage invoice',
      intro: 'here is the invoice for your winter storage. Please pay it by the due date.',
      storageHeading: 'Winter storage',
      area: 'Area',
      place: 'Place',
      unmarked: 'Unmarked storage (lifting order)',
      boatSize: 'Boat size',
      season: 'Winter season',
      invoiceNumber: 'Invoice number',
      sticker: 'Winter storage sticker number',
      statusHeading: 'Status of the invoice',
      state: {
        payable: 'The invoice is waiting for your payment. Please pay it by the due date.',
        paid: 'The invoice is paid. Your winter storage is valid.',
        expired: 'The invoice is no longer valid: it was not paid by the due date.',
        cancelled: 'The invoice has been cancelled. Please contact berth services.',
        unavailable: 'The invoice cannot be paid at the moment. Please contact berth services.',
      },
      stickerNote: 'Your winter storage sticker is posted to you. Fix it to the boat where it can be seen.',
      notPossible: 'This could not be done because the invoice has changed. Its current state is shown below.',
      notFoundTitle: 'Invoice not found',
      badRequestBody: 'Open the invoice page again from the link in the message and try again.',
    },
  },
};
