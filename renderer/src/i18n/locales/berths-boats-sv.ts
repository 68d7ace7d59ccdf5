import type { berthBoatsCommandsFi, berthBoatsErrorsFi, berthBoatsFi } from './berths-boats-fi.ts';

/** A boat's inspection and insurance certificates, in Swedish. */
export const berthBoatsSv: typeof berthBoatsFi = {
  berthBoats: {
    conflictBoat: 'Båt',
    certificatesOf: 'Båten {{boat}}: intyg',
    types: { inspection: 'Besiktningsintyg', insurance: 'Försäkringsintyg' },
    statuses: { valid: 'Giltigt', expiring: 'Går snart ut', expired: 'Har gått ut', not_yet_valid: 'Ännu inte giltigt', missing: 'Saknas' },
    validUntil: 'Giltigt till {{until}}',
    validRange: 'Giltigt {{from}}–{{until}}',
    number: 'Nr {{number}}',
    checked: 'Kontrollerat av {{name}} {{date}}',
    openScan: { inspection: 'Öppna bilagan {{name}}, besiktningsintyg ({{boat}})', insurance: 'Öppna bilagan {{name}}, försäkringsintyg ({{boat}})' },
    add: 'Lägg till',
    edit: 'Redigera',
    remove: 'Ta bort',
    actions: {
      add: { inspection: 'Lägg till besiktningsintyg ({{boat}})', insurance: 'Lägg till försäkringsintyg ({{boat}})' },
      edit: { inspection: 'Redigera besiktningsintyget ({{boat}})', insurance: 'Redigera försäkringsintyget ({{boat}})' },
      remove: { inspection: 'Ta bort besiktningsintyget ({{boat}})', insurance: 'Ta bort försäkringsintyget ({{boat}})' },
    },
    dialog: {
      addTitle: { inspection: 'Nytt besiktningsintyg', insurance: 'Nytt försäkringsintyg' },
      editTitle: { inspection: 'Redigera besiktningsintyg', insurance: 'Redigera försäkringsintyg' },
      text: 'Båt {{boat}}. När du sparar registreras du som den som kontrollerat intyget.',
      number: 'Intygets nummer',
      issuer: { inspection: 'Besiktningsman', insurance: 'Försäkringsbolag' },
      optional: 'Frivilligt',
      validFrom: 'Giltigt från',
      validFromHelp: 'Frivilligt. Formen d.m.åååå.',
      validUntil: 'Giltigt till',
      validUntilHelp: 'Sista giltighetsdagen. Formen d.m.åååå.',
      scan: 'Skannat intyg',
      save: 'Spara intyget',
      cancel: 'Spara inte',
    },
    problems: {
      dateFormat: 'Skriv dagen i formen d.m.åååå.',
      noSuchDay: 'Dagen finns inte i kalendern.',
      untilRequired: 'Skriv sista giltighetsdagen.',
      untilBeforeFrom: 'Giltigheten kan inte upphöra innan den börjar.',
      tooFarAhead: 'Ett intyg kan gälla högst till slutet av år {{year}}.',
    },
    removeDialog: {
      title: { inspection: 'Ta bort besiktningsintyget?', insurance: 'Ta bort försäkringsintyget?' },
      text: 'Båten {{boat}} har därefter inte detta intyg. Borttagningen sparas.',
      confirm: 'Ta bort intyget',
      keep: 'Ta inte bort',
    },
  },
};

export const berthBoatsCommandsSv: typeof berthBoatsCommandsFi = {
  addBoatCertificate: 'Tillägg av båtens intyg',
  editBoatCertificate: 'Redigering av båtens intyg',
  removeBoatCertificate: 'Borttagning av båtens intyg',
};

export const berthBoatsErrorsSv: typeof berthBoatsErrorsFi = {
  boat_certificate_exists: 'Båten har redan detta intyg: redigera det. Inget nytt lades till.',
  boat_certificate_dates_invalid: 'Intygets datum duger inte: giltigheten kan inte upphöra innan den börjar eller sträcka sig mer än tio år framåt.',
  boat_certificate_removed: 'Intyget har redan tagits bort.',
  boat_certificate_document_missing: 'Intygets bilaga har inte sparats i den centrala tjänsten. Bifoga filen på nytt.',
};
