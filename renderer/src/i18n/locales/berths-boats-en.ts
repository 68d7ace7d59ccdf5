import type { berthBoatsCommandsFi, berthBoatsErrorsFi, berthBoatsFi } from './berths-boats-fi.ts';

/** A boat's inspection and insurance certificates, in English. */
export const berthBoatsEn: typeof berthBoatsFi = {
  berthBoats: {
    conflictBoat: 'Boat',
    certificatesOf: 'Certificates of the boat {{boat}}',
    types: { inspection: 'Inspection certificate', insurance: 'Insurance certificate' },
    statuses: { valid: 'Valid', expiring: 'Expires soon', expired: 'Expired', not_yet_valid: 'Not yet valid', missing: 'Missing' },
    validUntil: 'Valid until {{until}}',
    validRange: 'Valid {{from}}–{{until}}',
    number: 'No. {{number}}',
    checked: 'Checked by {{name}} {{date}}',
    openScan: { inspection: 'Open attachment {{name}}, inspection certificate ({{boat}})', insurance: 'Open attachment {{name}}, insurance certificate ({{boat}})' },
    add: 'Add',
    edit: 'Edit',
    remove: 'Remove',
    actions: {
      add: { inspection: 'Add an inspection certificate ({{boat}})', insurance: 'Add an insurance certificate ({{boat}})' },
      edit: { inspection: 'Edit the inspection certificate ({{boat}})', insurance: 'Edit the insurance certificate ({{boat}})' },
      remove: { inspection: 'Remove the inspection certificate ({{boat}})', insurance: 'Remove the insurance certificate ({{boat}})' },
    },
    dialog: {
      addTitle: { inspection: 'New inspection certificate', insurance: 'New insurance certificate' },
      editTitle: { inspection: 'Edit inspection certificate', insurance: 'Edit insurance certificate' },
      text: 'Boat {{boat}}. Saving records you as the person who checked the certificate.',
      number: 'Certificate number',
      issuer: { inspection: 'Inspector', insurance: 'Insurance company' },
      optional: 'Optional',
      validFrom: 'Valid from',
      validFromHelp: 'Optional. As dd/mm/yyyy.',
      validUntil: 'Valid until',
      validUntilHelp: 'The last day it is valid. As dd/mm/yyyy.',
      scan: 'Scanned certificate',
      save: 'Save certificate',
      cancel: 'Do not save',
    },
    problems: {
      dateFormat: 'Type the day as dd/mm/yyyy.',
      noSuchDay: 'There is no such day in the calendar.',
      untilRequired: 'Type the last day it is valid.',
      untilBeforeFrom: 'The validity cannot end before it begins.',
      tooFarAhead: 'A certificate can be valid until the end of {{year}} at most.',
    },
    removeDialog: {
      title: { inspection: 'Remove the inspection certificate?', insurance: 'Remove the insurance certificate?' },
      text: 'The boat {{boat}} will then have no such certificate. The removal is kept on record.',
      confirm: 'Remove certificate',
      keep: 'Do not remove',
    },
  },
};

export const berthBoatsCommandsEn: typeof berthBoatsCommandsFi = {
  addBoatCertificate: 'Adding a boat certificate',
  editBoatCertificate: 'Editing a boat certificate',
  removeBoatCertificate: 'Removing a boat certificate',
};

export const berthBoatsErrorsEn: typeof berthBoatsErrorsFi = {
  boat_certificate_exists: 'The boat has this certificate already: edit it. No new one was added.',
  boat_certificate_dates_invalid: 'The certificate’s days do not work: its validity cannot end before it begins or run more than ten years ahead.',
  boat_certificate_removed: 'The certificate was removed already.',
  boat_certificate_document_missing: 'The certificate’s attachment has not reached the central service. Attach the file again.',
};
