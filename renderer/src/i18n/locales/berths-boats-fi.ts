/** A boat's inspection and insurance certificates in the customer's 360° view, in Finnish (the source language). */
export const berthBoatsFi = {
  berthBoats: {
    conflictBoat: 'Vene',
    certificatesOf: 'Veneen {{boat}} todistukset',
    types: { inspection: 'Katsastustodistus', insurance: 'Vakuutustodistus' },
    statuses: { valid: 'Voimassa', expiring: 'Vanhenee pian', expired: 'Vanhentunut', not_yet_valid: 'Ei vielä voimassa', missing: 'Puuttuu' },
    validUntil: 'Voimassa {{until}} asti',
    validRange: 'Voimassa {{from}}–{{until}}',
    number: 'Nro {{number}}',
    checked: 'Tarkastanut {{name}} {{date}}',
    openScan: { inspection: 'Avaa liite {{name}}, katsastustodistus ({{boat}})', insurance: 'Avaa liite {{name}}, vakuutustodistus ({{boat}})' },
    add: 'Lisää',
    edit: 'Muokkaa',
    remove: 'Poista',
    actions: {
      add: { inspection: 'Lisää katsastustodistus ({{boat}})', insurance: 'Lisää vakuutustodistus ({{boat}})' },
      edit: { inspection: 'Muokkaa katsastustodistusta ({{boat}})', insurance: 'Muokkaa vakuutustodistusta ({{boat}})' },
      remove: { inspection: 'Poista katsastustodistus ({{boat}})', insurance: 'Poista vakuutustodistus ({{boat}})' },
    },
    dialog: {
      addTitle: { inspection: 'Uusi katsastustodistus', insurance: 'Uusi vakuutustodistus' },
      editTitle: { inspection: 'Katsastustodistuksen muokkaus', insurance: 'Vakuutustodistuksen muokkaus' },
      text: 'Vene {{boat}}. Tallennus kirjaa sinut todistuksen tarkastajaksi.',
      number: 'Todistuksen numero',
      issuer: { inspection: 'Katsastaja', insurance: 'Vakuutusyhtiö' },
      optional: 'Vapaaehtoinen',
      validFrom: 'Voimassa alkaen',
      validFromHelp: 'Vapaaehtoinen. Muoto p.k.vvvv.',
      validUntil: 'Voimassa asti',
      validUntilHelp: 'Viimeinen voimassaolopäivä. Muoto p.k.vvvv.',
      scan: 'Skannattu todistus',
      save: 'Tallenna todistus',
      cancel: 'Älä tallenna',
    },
    problems: {
      dateFormat: 'Kirjoita päivä muodossa p.k.vvvv.',
      noSuchDay: 'Päivää ei ole kalenterissa.',
      untilRequired: 'Kirjoita viimeinen voimassaolopäivä.',
      untilBeforeFrom: 'Voimassaolo ei voi päättyä ennen kuin se alkaa.',
      tooFarAhead: 'Todistus voi olla voimassa enintään vuoden {{year}} loppuun.',
    },
    removeDialog: {
      title: { inspection: 'Poistetaanko katsastustodistus?', insurance: 'Poistetaanko vakuutustodistus?' },
      text: 'Veneellä {{boat}} ei sen jälkeen ole tätä todistusta. Poisto jää talteen.',
      confirm: 'Poista todistus',
      keep: 'Älä poista',
    },
  },
};

export const berthBoatsCommandsFi = {
  addBoatCertificate: 'Veneen todistuksen lisäys',
  editBoatCertificate: 'Veneen todistuksen muokkaus',
  removeBoatCertificate: 'Veneen todistuksen poisto',
};

export const berthBoatsErrorsFi = {
  boat_certificate_exists: 'Veneellä on jo tämä todistus: muokkaa sitä. Uutta ei lisätty.',
  boat_certificate_dates_invalid: 'Todistuksen päivät eivät kelpaa: voimassaolo ei voi päättyä ennen alkamistaan eikä jatkua yli kymmenen vuoden päähän.',
  boat_certificate_removed: 'Todistus on jo poistettu.',
  boat_certificate_document_missing: 'Todistuksen liite ei ole tallentunut keskuspalveluun. Liitä tiedosto uudelleen.',
};
