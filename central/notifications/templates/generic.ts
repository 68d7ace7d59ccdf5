import type { NotificationTemplate } from './template.ts';

/** A plain notice with a free text: for tests, the demo and messages no workspace template fits yet. */
export const GENERIC_NOTICE: NotificationTemplate = {
  key: 'core.notice',
  params: ['name', 'message'],
  text: {
    fi: { subject: 'Viesti Helsingin kaupungilta', body: 'Hei {name},\n\n{message}\n\nYstävällisin terveisin\nHelsingin kaupunki, kulttuurin ja vapaa-ajan toimiala', sms: 'Hei {name}, {message} – Helsingin kaupunki' },
    sv: { subject: 'Meddelande från Helsingfors stad', body: 'Hej {name},\n\n{message}\n\nMed vänliga hälsningar\nHelsingfors stad, kultur- och fritidssektorn', sms: 'Hej {name}, {message} – Helsingfors stad' },
    en: { subject: 'A message from the City of Helsinki', body: 'Hello {name},\n\n{message}\n\nKind regards\nCity of Helsinki, Culture and Leisure Division', sms: 'Hello {name}, {message} – City of Helsinki' },
  },
};
